package org.prisonsync.core.adjustments;

import java.util.List;
import org.prisonsync.core.kit.Direction;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.notify.NotifyRule;
import org.prisonsync.core.offers.NomisSentenceAdjustments;
import org.prisonsync.core.prisoners.ActivePrisoners;

/**
 * Sentencing adjustments as a plug-in, both ways: DPS adjustments become NOMIS sentence or key-date adjustments
 * (queue {@value #TO_NOMIS_ID}, upstream's {@code sentencing}), NOMIS's become DPS legacy adjustments (queue
 * {@value #FROM_NOMIS_ID}, upstream's {@code eventsentencing}); each mapped DPS uuid ⇄ {@code SENTENCE:id} or
 * {@code KEY-DATE:id}. It offers the other domains its from-NOMIS create of a sentence adjustment
 * ({@link NomisSentenceAdjustments}: court sentencing's cloned adjustments).
 */
public final class AdjustmentsDomain implements SyncDomain {
    static final String TO_NOMIS_ID = "tonomisadjustments";
    static final String FROM_NOMIS_ID = "fromnomisadjustments";
    public static final QueueSpec TO_NOMIS = QueueSpec.of(TO_NOMIS_ID, "prison-sync-to-nomis-adjustments",
            Direction.TO_NOMIS);
    public static final QueueSpec FROM_NOMIS = QueueSpec.of(FROM_NOMIS_ID, "prison-sync-from-nomis-adjustments",
            Direction.FROM_NOMIS);

    private final AdjustmentsNomisApi nomis;
    private final AdjustmentsDpsApi dps;
    private final ActivePrisoners activePrisoners;
    private AdjustmentRepairs repairs;
    private ToNomisAdjustmentRepair toNomisRepair;

    public AdjustmentsDomain(AdjustmentsNomisApi nomis, AdjustmentsDpsApi dps, ActivePrisoners activePrisoners) {
        this.nomis = nomis;
        this.dps = dps;
        this.activePrisoners = activePrisoners;
    }

    /**
     * What this domain registers (mapped entity types, reconciliations), readable without building it: the CLI
     * lists them from here, and the kit refuses a registration it does not name.
     */
    public static final DomainDeclaration DECLARATION = DomainDeclaration.of(AdjustmentsSync.DOMAIN)
            .maps(AdjustmentsSync.ENTITY_TYPE).reconciles(AdjustmentsReconciliation.NAME);

    @Override
    public DomainDeclaration declaration() {
        return DECLARATION;
    }

    @Override
    public String name() {
        return AdjustmentsSync.DOMAIN;
    }

    @Override
    public List<QueueSpec> queues() {
        return List.of(TO_NOMIS, FROM_NOMIS);
    }

    @Override
    public void install(DomainKit kit) {
        SharedPorts shared = kit.shared();
        AdjustmentsSync sync = new AdjustmentsSync(nomis, dps);
        sync.register(kit);
        // court sentencing's clones create their sentence adjustments through this domain's own create
        kit.offer(NomisSentenceAdjustments.class, sync.fromNomis());
        toNomisRepair = new ToNomisAdjustmentRepair(dps, nomis, shared.mappings(), shared.telemetry(),
                sync.inserted(), sync.updated(), kit.queue(TO_NOMIS_ID).queueName());
        repairs = new AdjustmentRepairs(nomis, dps, shared.mappings(), shared.claims(), shared.telemetry(),
                shared.clock(), kit.settings().claimLease());
        kit.reconciliation(new AdjustmentsReconciliation(activePrisoners, nomis, dps, shared.mappings(), repairs,
                shared.telemetry()));
        kit.notifyOn(new NotifyRule(AdjustmentsReconciliation.NOMIS_DUPLICATE,
                "a duplicate NOMIS sentencing adjustment (release date wrong)", "{action}"));
        kit.notifyOn(new NotifyRule(NomisAdjustmentUpsertedHandler.DUPLICATE,
                "a duplicate DPS sentencing adjustment (release date wrong)", "{action}"));
    }

    /** Delete a NOMIS or DPS duplicate, resynchronise a booking (dry run first). */
    public AdjustmentRepairs repairs() {
        if (repairs == null) {
            throw new IllegalStateException("the adjustments domain is not installed in a core yet");
        }
        return repairs;
    }

    /** Upstream's to-NOMIS repair of one adjustment: created when unmapped, else updated (dry run first). */
    public ToNomisAdjustmentRepair toNomisRepair() {
        if (toNomisRepair == null) {
            throw new IllegalStateException("the adjustments domain is not installed in a core yet");
        }
        return toNomisRepair;
    }
}
