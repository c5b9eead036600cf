package org.prisonsync.wiring;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dagger.multibindings.Multibinds;
import java.time.Clock;
import java.util.Set;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.reconciliation.ReconciliationOperations;
import org.prisonsync.core.trail.EventTrail;
import org.prisonsync.core.trail.TrailOperations;

/**
 * The operation descriptors both runners serve, one endpoint and one CLI subcommand each. Declared as a set that
 * modules contribute to, so a domain adds its repairs and queries without editing a route or command list: each
 * domain's wiring module contributes its own ({@code @Provides @ElementsIntoSet}, as {@code IncentivesWiring} does
 * with {@code IncentiveOperations.all(...)}); the engine's own (reconciliations) come from here.
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

    /** The reconciliation engine's operations, for every domain's reconciliation. */
    @Provides
    @ElementsIntoSet
    static Set<Operation> reconciliations(Lazy<PrisonSyncCore> core) {
        return Set.copyOf(ReconciliationOperations.all(() -> core.get().reconciliations()));
    }

    /** The event trail's query ({@code GET /events}, {@code events}), for every domain's events. */
    @Provides
    @ElementsIntoSet
    static Set<Operation> trail(Lazy<EventTrail> trail, Clock clock) {
        return Set.copyOf(TrailOperations.all(trail::get, clock));
    }
}
