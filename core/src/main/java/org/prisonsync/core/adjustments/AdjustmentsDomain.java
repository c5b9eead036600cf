package org.prisonsync.core.adjustments;

import java.util.List;
import org.prisonsync.core.kit.Direction;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.kit.SyncDomain;

/**
 * Sentencing adjustments as a plug-in, both ways: DPS adjustments become NOMIS sentence or key-date adjustments
 * (queue {@value #TO_NOMIS_ID}, upstream's {@code sentencing}), NOMIS's become DPS legacy adjustments (queue
 * {@value #FROM_NOMIS_ID}, upstream's {@code eventsentencing}); each mapped DPS uuid ⇄ {@code SENTENCE:id} or
 * {@code KEY-DATE:id}.
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

    public AdjustmentsDomain(AdjustmentsNomisApi nomis, AdjustmentsDpsApi dps) {
        this.nomis = nomis;
        this.dps = dps;
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
        new AdjustmentsSync(nomis, dps).register(kit);
    }
}
