package org.prisonsync.wiring;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dagger.multibindings.Multibinds;
import java.time.Clock;
import java.util.Set;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.migration.MigrationDescriptor;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.reconciliation.ReconciliationExclusions;
import org.prisonsync.core.reconciliation.ReconciliationOperations;
import org.prisonsync.core.reconciliation.ReconciliationReads;
import org.prisonsync.core.reconciliation.ReconciliationRuns;
import org.prisonsync.core.trail.EventTrail;
import org.prisonsync.core.trail.TrailOperations;

/**
 * The operation descriptors both runners serve, one endpoint and one CLI subcommand each, and the migration types
 * they offer. Declared as sets that modules contribute to, so a domain adds its repairs, queries and migrations
 * without editing a route or command list: each domain's wiring module contributes its own
 * ({@code @Provides @ElementsIntoSet}, as {@code IncentivesWiring} does with {@code IncentiveOperations.all(...)};
 * {@code @Provides @IntoSet MigrationDescriptor} for a migration); the engine's own (reconciliations) come from here.
 *
 * <p>The CLI lists the set to build its commands before it knows which one will run, so {@code --help} must not build
 * the core: a contribution reaches its domain through {@code dagger.Lazy} inside the handler, e.g.
 * {@code IncentiveOperations.all(() -> core.get().domain(IncentivesDomain.class))} with
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

    /**
     * What each domain registers that the runners list without building it (mapped entity types, reconciliation
     * names), contributed by the domains' wiring ({@code @Provides @IntoSet DomainDeclaration}) as the constants the
     * domains themselves return; the core refuses to start when they are not exactly what the domains registered.
     */
    @Multibinds
    abstract Set<DomainDeclaration> declarations();

    /**
     * The reconciliation engine's operations, for every domain's reconciliation. Their reads (runs, one run,
     * exclusions) use the declared names and the stores the engine is built over, so they build no domain; the
     * declarations are reached when a read runs, so listing the commands ({@code --help}) loads no domain's class.
     */
    @Provides
    @ElementsIntoSet
    static Set<Operation> reconciliations(Lazy<PrisonSyncCore> core, Lazy<Set<DomainDeclaration>> declared,
                                          Lazy<ReconciliationRuns> runs, Lazy<ReconciliationExclusions> exclusions) {
        return Set.copyOf(ReconciliationOperations.all(() -> core.get().reconciliations(),
                () -> new ReconciliationReads(DomainDeclaration.reconciliations(declared.get()), runs.get(),
                        exclusions.get())));
    }

    /** The event trail's query ({@code GET /events}, {@code events}), for every domain's events. */
    @Provides
    @ElementsIntoSet
    static Set<Operation> trail(Lazy<EventTrail> trail, Clock clock) {
        return Set.copyOf(TrailOperations.all(trail::get, clock));
    }
}
