package org.prisonsync.core.movements;

import java.util.List;
import org.prisonsync.core.kit.Direction;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.kit.ScheduledWork;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.notify.NotifyRule;

/**
 * Movement reconciliation as a plug-in: NOMIS external movements paired with the DPS received/released events on
 * one queue, and the housekeeping that matches late, reports non-matches and purges (every two hours, as upstream).
 */
public final class MovementsDomain implements SyncDomain {
    /** NOMIS movement events and the DPS received/released events they pair with. */
    public static final QueueSpec QUEUE = QueueSpec.of("movements", "prison-sync-movements", Direction.RECONCILIATION);
    public static final String HOUSEKEEPING_SCHEDULE = "0 */2 * * *";

    private final MatchingEventPairs pairs;
    private final PrisonMovements prisonMovements;
    private final MovementSettings settings;
    private MovementHousekeeping housekeeping;
    private MovementQueries queries;

    public MovementsDomain(MatchingEventPairs pairs, PrisonMovements prisonMovements, MovementSettings settings) {
        this.pairs = pairs;
        this.prisonMovements = prisonMovements;
        this.settings = settings;
    }

    /**
     * What this domain registers (mapped entity types, reconciliations), readable without building it: the CLI
     * lists them from here, and the kit refuses a registration it does not name.
     */
    public static final DomainDeclaration DECLARATION = DomainDeclaration.of(MovementsSync.DOMAIN);

    @Override
    public DomainDeclaration declaration() {
        return DECLARATION;
    }

    @Override
    public String name() {
        return MovementsSync.DOMAIN;
    }

    @Override
    public List<QueueSpec> queues() {
        return List.of(QUEUE);
    }

    @Override
    public void install(DomainKit kit) {
        SharedPorts shared = kit.shared();
        new MovementsSync(pairs, prisonMovements, shared.clock(), settings).register(kit);
        housekeeping = new MovementHousekeeping(pairs, shared.telemetry(), shared.clock(), settings);
        queries = new MovementQueries(pairs, shared.clock(), settings);
        kit.notifyOn(new NotifyRule(MovementHousekeeping.NON_MATCH_EVENT, "movements left unmatched",
                "prison-sync movements unmatched").unless("count", "0"));
        kit.job(new ScheduledWork("movement-housekeeping", HOUSEKEEPING_SCHEDULE,
                () -> housekeeping.run(false).summary()));
    }

    /** Late matching, non-match reporting, purge. */
    public MovementHousekeeping housekeeping() {
        return installed(housekeeping);
    }

    public MovementQueries queries() {
        return installed(queries);
    }

    private <T> T installed(T part) {
        if (part == null) {
            throw new IllegalStateException("the movements domain is not installed in a core yet");
        }
        return part;
    }
}
