package org.prisonsync.core.incentives;

import java.util.List;
import org.prisonsync.core.kit.Direction;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.kit.SyncDomain;

/**
 * Incentives as a plug-in, to NOMIS only: DPS incentive reviews become NOMIS IEPs (mapped), and DPS's global and
 * prison levels NOMIS reference data; the seed 000 repair re-creates a prisoner's current review in NOMIS. The
 * comparison of one prisoner ({@link IncentiveComparison}) is ready for the reconciliation engine to page with.
 */
public final class IncentivesDomain implements SyncDomain {
    public static final QueueSpec TO_NOMIS = QueueSpec.of("tonomisincentives", "prison-sync-to-nomis-incentives",
            Direction.TO_NOMIS);

    private final IncentivesNomisApi nomis;
    private final IncentivesDpsApi dps;
    private IncentiveRepair repair;

    public IncentivesDomain(IncentivesNomisApi nomis, IncentivesDpsApi dps) {
        this.nomis = nomis;
        this.dps = dps;
    }

    @Override
    public String name() {
        return IncentivesSync.DOMAIN;
    }

    @Override
    public List<QueueSpec> queues() {
        return List.of(TO_NOMIS);
    }

    @Override
    public void install(DomainKit kit) {
        SharedPorts shared = kit.shared();
        new IncentivesSync(dps, nomis, shared.mappings(), kit.createFlow()).register(kit);
        repair = new IncentiveRepair(dps, nomis, shared.telemetry());
    }

    /** Re-create a prisoner's current DPS review in NOMIS (dry run first). */
    public IncentiveRepair repair() {
        if (repair == null) {
            throw new IllegalStateException("the incentives domain is not installed in a core yet");
        }
        return repair;
    }
}
