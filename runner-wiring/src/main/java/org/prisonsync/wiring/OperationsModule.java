package org.prisonsync.wiring;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dagger.multibindings.Multibinds;
import java.util.Set;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.migration.MigrationDescriptor;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.reconciliation.ReconciliationOperations;

/**
 * The operation descriptors both runners serve, one endpoint and one CLI subcommand each, and the migration types
 * they offer. Declared as sets that modules contribute to ({@code @Provides @IntoSet Operation}), so a domain adds
 * its repairs, queries and migrations without editing a route or command list; the engine's own (reconciliations)
 * come from here.
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

    /**
     * The migration types the runners offer ({@code migrate <type>}), contributed by the domains' wiring
     * ({@code @Provides @IntoSet MigrationDescriptor}) as the constants their migration types return, so the CLI
     * lists them without building the core; the core refuses to start when they are not exactly the installed types.
     */
    @Multibinds
    abstract Set<MigrationDescriptor> migrations();

    /** The reconciliation engine's operations, for every domain's reconciliation. */
    @Provides
    @ElementsIntoSet
    static Set<Operation> reconciliations(Lazy<PrisonSyncCore> core) {
        return Set.copyOf(ReconciliationOperations.all(() -> core.get().reconciliations()));
    }
}
