package org.prisonsync.core.adjustments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.sync.CreateDirection;
import org.prisonsync.core.sync.CreateFlow;

/**
 * Upstream's to-NOMIS repair of one adjustment on the in-memory ports: an unmapped one is created through the sync's
 * claimed create (so the event arriving afterwards, or a consumer holding the claim, writes nothing twice), a mapped
 * one updated, NOMIS's active flag sent only when forced, and nothing changed on a dry run.
 */
class ToNomisAdjustmentRepairTest {
    private final AdjustmentsWorld world = new AdjustmentsWorld();

    private ToNomisAdjustmentRepair repair() {
        return world.core.domain(AdjustmentsDomain.class).toNomisRepair();
    }

    private String dpsAdjustment(String type, Integer sentenceSequence, int days) {
        String uuid = UUID.randomUUID().toString();
        world.dps.put(uuid, AdjustmentsWorld.legacy(type, sentenceSequence, days));
        return uuid;
    }

    @Test
    void anUnmappedAdjustmentIsCreatedOnceThroughTheSyncsCreateAndItsLateEventWritesNothing() {
        String uuid = dpsAdjustment("RX", 2, 10); // its inserted event lost

        RepairReport plan = repair().repair(AdjustmentsWorld.PRISONER, uuid, false, false, true);
        assertThat(plan.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(plan.actions()).singleElement().asString().contains("create a NOMIS sentence adjustment");
        assertThat(world.nomis.count()).isZero();
        assertThat(world.mappingOfDps(uuid)).isEmpty();

        RepairReport done = repair().repair(AdjustmentsWorld.PRISONER, uuid, false, false, false);

        assertThat(done.status()).isEqualTo(RepairReport.Status.DONE);
        NomisAdjustmentId id = NomisAdjustmentId.parseKey(world.mappingOfDps(uuid).orElseThrow().nomisId())
                .orElseThrow();
        assertThat(world.mappingOfDps(uuid).orElseThrow().mappingType()).isEqualTo("SENTENCING_CREATED");
        assertThat(world.nomis.find(id).orElseThrow().adjustmentType()).isEqualTo("RX");
        assertThat(world.telemetry.named("to-nomis-synch-adjustment-repair")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("adjustmentId", uuid)
                        .containsEntry("action", "created").containsEntry("nomisId", id.key()));
        assertThat(world.toNomis(AdjustmentsWorld.dpsEvent(AdjustmentsSync.INSERTED, uuid, "DPS")))
                .isEqualTo(Disposition.ACK);
        assertThat(world.nomis.count()).isEqualTo(1);
    }

    @Test
    void aMappedAdjustmentIsUpdatedAndItsActiveFlagSentOnlyWhenForced() {
        String uuid = dpsAdjustment("UAL", null, 10);
        world.toNomis(AdjustmentsWorld.dpsEvent(AdjustmentsSync.INSERTED, uuid, "DPS"));
        NomisAdjustmentId id = NomisAdjustmentId.parseKey(world.mappingOfDps(uuid).orElseThrow().nomisId())
                .orElseThrow();
        LegacyAdjustment was = world.dps.find(uuid).orElseThrow();
        world.dps.put(uuid, new LegacyAdjustment(was.bookingId(), null, was.offenderNo(), "UAL", was.adjustmentDate(),
                was.adjustmentFromDate(), 14, "corrected", true, false, "MDI", true)); // its updated event lost

        RepairReport plan = repair().repair(AdjustmentsWorld.PRISONER, uuid, false, false, true);
        assertThat(plan.actions()).singleElement().asString().contains("update NOMIS adjustment " + id.key())
                .contains("active left as it is");
        assertThat(world.nomis.find(id).orElseThrow().adjustmentDays()).isEqualTo(10);

        assertThat(repair().repair(AdjustmentsWorld.PRISONER, uuid, false, false, false).status())
                .isEqualTo(RepairReport.Status.DONE);
        assertThat(world.nomis.find(id).orElseThrow().adjustmentDays()).isEqualTo(14);
        assertThat(world.nomis.find(id).orElseThrow().active()).isTrue();

        assertThat(repair().repair(AdjustmentsWorld.PRISONER, uuid, true, false, false).status())
                .isEqualTo(RepairReport.Status.DONE);
        assertThat(world.nomis.find(id).orElseThrow().active()).isFalse();
        assertThat(world.nomis.count()).isEqualTo(1);
        assertThat(world.telemetry.named("to-nomis-synch-adjustment-repair")).hasSize(2)
                .allSatisfy(e -> assertThat(e.properties()).containsEntry("action", "updated"));
    }

    @Test
    void aMappedAdjustmentNomisNoLongerHasIsCreatedAgainAndMappedInPlaceOfTheStaleMapping() {
        String uuid = dpsAdjustment("ADA", null, 8);
        world.toNomis(AdjustmentsWorld.dpsEvent(AdjustmentsSync.INSERTED, uuid, "DPS"));
        NomisAdjustmentId lost = NomisAdjustmentId.parseKey(world.mappingOfDps(uuid).orElseThrow().nomisId())
                .orElseThrow();
        world.nomis.delete(lost); // deleted by hand in NOMIS, no event for DPS

        RepairReport plan = repair().repair(AdjustmentsWorld.PRISONER, uuid, false, false, true);
        assertThat(plan.actions()).singleElement().asString().contains("in place of NOMIS adjustment " + lost);
        assertThat(world.mappingOfDps(uuid)).map(m -> m.nomisId()).contains(lost.key());

        assertThat(repair().repair(AdjustmentsWorld.PRISONER, uuid, false, false, false).status())
                .isEqualTo(RepairReport.Status.DONE);
        NomisAdjustmentId made = NomisAdjustmentId.parseKey(world.mappingOfDps(uuid).orElseThrow().nomisId())
                .orElseThrow();
        assertThat(made).isNotEqualTo(lost);
        assertThat(world.nomis.find(made).orElseThrow().adjustmentDays()).isEqualTo(8);
        assertThat(world.nomis.count()).isEqualTo(1);
        assertThat(world.telemetry.named("to-nomis-synch-adjustment-repair")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("action", "re-created"));
    }

    @Test
    void anotherPrisonersAdjustmentOrAnUnknownOneIsRefusedAndAClaimHeldByTheSyncIsWaitedFor() {
        String uuid = dpsAdjustment("ADA", null, 5);

        assertThat(repair().repair("Z9999ZZ", uuid, false, false, false).status())
                .isEqualTo(RepairReport.Status.REFUSED);
        assertThat(repair().repair(AdjustmentsWorld.PRISONER, "no-such-adjustment", false, false, false).status())
                .isEqualTo(RepairReport.Status.NOT_FOUND);

        ClaimKey key = CreateFlow.claimKey(CreateDirection.TO_NOMIS, AdjustmentsSync.ENTITY_TYPE, uuid);
        world.claims.claim(key, "a-consumer", world.clock.instant(), Duration.ofSeconds(30));
        RepairReport busy = repair().repair(AdjustmentsWorld.PRISONER, uuid, false, false, false);

        assertThat(busy.status()).isEqualTo(RepairReport.Status.REFUSED);
        assertThat(busy.message()).contains("another consumer is creating");
        assertThat(world.nomis.count()).isZero();
        assertThat(world.telemetry.named("to-nomis-synch-adjustment-repair")).isEmpty();
    }
}
