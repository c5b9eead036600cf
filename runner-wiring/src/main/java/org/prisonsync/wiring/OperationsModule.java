package org.prisonsync.wiring;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dagger.multibindings.Multibinds;
import java.util.Set;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.reconciliation.ReconciliationOperations;

/**
 * The operation descriptors both runners serve, one endpoint and one CLI subcommand each. Declared as a set that
 * modules contribute to ({@code @Provides @IntoSet Operation}), so a domain adds its repairs and queries without
 * editing a route or command list; the engine's own (reconciliations) come from here.
 *
 * <p>The CLI lists the set to build its commands before it knows which one will run, so {@code --help} must not build
 * the core: a contribution reaches its services through {@code dagger.Lazy} (or a {@code Provider}) inside the
 * handler, e.g. {@code handler(p -> Answer.of(core.get().visitRepairs().cancelDuplicate(…)))} with
 * {@code Lazy<PrisonSyncCore> core}.
 */
@Module
public abstract class OperationsModule {
    private OperationsModule() {
    }

    @Multibinds
    abstract Set<Operation> operations();

    /** The reconciliation engine's operations, for every domain's reconciliation. */
    @Provides
    @ElementsIntoSet
    static Set<Operation> reconciliations(Lazy<PrisonSyncCore> core) {
        return Set.copyOf(ReconciliationOperations.all(() -> core.get().reconciliations()));
    }
}
