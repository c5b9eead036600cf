package org.prisonsync.wiring;

import dagger.Module;
import dagger.multibindings.Multibinds;
import java.util.Set;
import org.prisonsync.core.operation.Operation;

/**
 * The operation descriptors both runners serve, one endpoint and one CLI subcommand each. Declared as a set that
 * modules contribute to ({@code @Provides @IntoSet Operation}), so a domain adds its repairs and queries without
 * editing a route or command list; empty until the domains move onto it.
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
}
