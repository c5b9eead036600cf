package org.prisonsync.core.incentives;

import java.util.List;
import org.prisonsync.core.kit.Direction;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.prisoners.ActivePrisoners;

/**
 * Incentives as a plug-in, to NOMIS only: DPS incentive reviews become NOMIS IEPs (mapped), and DPS's global and
 * prison levels NOMIS reference data; the weekly reconciliation of every active prisoner's current level says which
 * side is likely wrong, and its repair (seed 000) re-creates a prisoner's current review in NOMIS.
 */
public final class IncentivesDomain implements SyncDomain {
    public static final QueueSpec TO_NOMIS = QueueSpec.of("tonomisincentives", "prison-sync-to-nomis-incentives",
            Direction.TO_NOMIS);

    private final IncentivesNomisApi nomis;
    private final IncentivesDpsApi dps;
    private final ActivePrisoners activePrisoners;
    private final IncentivesReconciliationSettings reconciliationSettings;
    private IncentiveRepair repair;

    public IncentivesDomain(IncentivesNomisApi nomis, IncentivesDpsApi dps, ActivePrisoners activePrisoners,
                            IncentivesReconciliationSettings reconciliationSettings) {
        this.nomis = nomis;
        this.dps = dps;
        this.activePrisoners = activePrisoners;
        this.reconciliationSettings = reconciliationSettings;
    }

    /**
     * What this domain registers (mapped entity types, reconciliations), readable without building it: the CLI
     * lists them from here, and the kit refuses a registration it does not name.
     */
    public static final DomainDeclaration DECLARATION = DomainDeclaration.of(IncentivesSync.DOMAIN)
            .maps(IncentivesSync.ENTITY_TYPE).reconciles(IncentivesReconciliation.NAME);

    @Override
    public DomainDeclaration declaration() {
        return DECLARATION;
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
        repair = new IncentiveRepair(dps, nomis, shared.telemetry(), shared.clock());
        kit.reconciliation(new IncentivesReconciliation(activePrisoners, nomis, dps, repair, reconciliationSettings));
    }

    /** Re-create a prisoner's current DPS review in NOMIS (dry run first). */
    public IncentiveRepair repair() {
        if (repair == null) {
            throw new IllegalStateException("the incentives domain is not installed in a core yet");
        }
        return repair;
    }
}
