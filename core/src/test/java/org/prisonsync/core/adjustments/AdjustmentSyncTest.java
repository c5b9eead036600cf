package org.prisonsync.core.adjustments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.sync.CreateDirection;
import org.prisonsync.core.sync.CreateFlow;

/** Each adjustment handler, both directions, on the in-memory ports: what reaches the other side, the mapping, telemetry. */
class AdjustmentSyncTest {
    private final AdjustmentsWorld world = new AdjustmentsWorld();

    private String dpsAdjustment(String type, Integer sentenceSequence) {
        String uuid = UUID.randomUUID().toString();
        world.dps.put(uuid, AdjustmentsWorld.legacy(type, sentenceSequence, 10));
        return uuid;
    }

    private NomisAdjustmentId insertedToNomis(String uuid) {
        assertThat(world.toNomis(AdjustmentsWorld.dpsEvent(AdjustmentsSync.INSERTED, uuid, "DPS")))
                .isEqualTo(Disposition.ACK);
        return NomisAdjustmentId.parseKey(world.mappingOfDps(uuid).orElseThrow().nomisId()).orElseThrow();
    }

    @Test
    void aDpsAdjustmentWithASentenceSequenceBecomesANomisSentenceAdjustment() {
        String uuid = dpsAdjustment("RX", 2);

        NomisAdjustmentId id = insertedToNomis(uuid);

        assertThat(id.category()).isEqualTo(AdjustmentCategory.SENTENCE);
        NomisAdjustment written = world.nomis.find(id).orElseThrow();
        assertThat(written.sentenceSequence()).isEqualTo(2L);
        assertThat(written.adjustmentType()).isEqualTo("RX");
        assertThat(written.adjustmentDays()).isEqualTo(10);
        assertThat(written.bookingId()).isEqualTo(AdjustmentsWorld.BOOKING);
        Mapping mapping = world.mappingOfDps(uuid).orElseThrow();
        assertThat(mapping.mappingType()).isEqualTo("SENTENCING_CREATED");
        assertThat(mapping.prisonerNumber()).isEqualTo(AdjustmentsWorld.PRISONER);
        assertThat(world.telemetry.named("sentencing-adjustment-create-success").get(0).properties())
                .containsEntry("adjustmentId", uuid).containsEntry("nomisId", id.key());
    }

    @Test
    void aDpsAdjustmentWithoutASentenceSequenceBecomesANomisKeyDateAdjustment() {
        NomisAdjustmentId id = insertedToNomis(dpsAdjustment("UAL", null));

        assertThat(id.category()).isEqualTo(AdjustmentCategory.KEY_DATE);
        assertThat(world.nomis.find(id).orElseThrow().sentenceSequence()).isNull();
    }

    @Test
    void theInsertedEventThreeTimesLeavesOneNomisAdjustment() {
        String uuid = dpsAdjustment("ADA", null);
        for (int i = 0; i < 3; i++) {
            assertThat(world.toNomis(AdjustmentsWorld.dpsEvent(AdjustmentsSync.INSERTED, uuid, "DPS")))
                    .isEqualTo(Disposition.ACK);
        }
        assertThat(world.nomis.count()).isEqualTo(1);
        assertThat(world.telemetry.count("sentencing-adjustment-create-success")).isEqualTo(1);
        assertThat(world.telemetry.count("sentencing-adjustment-create-duplicate")).isEqualTo(2);
    }

    @Test
    void aSecondConsumerWaitsWhileTheFirstHoldsTheClaim() {
        String uuid = dpsAdjustment("ADA", null);
        ClaimKey key = CreateFlow.claimKey(CreateDirection.TO_NOMIS, AdjustmentsSync.ENTITY_TYPE, uuid);
        world.claims.claim(key, "other-consumer", world.clock.instant(), Duration.ofSeconds(30));

        assertThat(world.toNomis(AdjustmentsWorld.dpsEvent(AdjustmentsSync.INSERTED, uuid, "DPS")))
                .isInstanceOf(Disposition.Retry.class);
        assertThat(world.nomis.count()).isZero();
    }

    @Test
    void aResumedCreateAdoptsTheUnmappedNomisCopyALostAnswerLeft() {
        String uuid = dpsAdjustment("RX", 1);
        LegacyAdjustment dps = world.dps.find(uuid).orElseThrow();
        NomisAdjustmentId lost = world.nomis.createSentenceAdjustment(AdjustmentsWorld.BOOKING, 1,
                NomisAdjustmentRequest.of(dps, true));
        ClaimKey key = CreateFlow.claimKey(CreateDirection.TO_NOMIS, AdjustmentsSync.ENTITY_TYPE, uuid);
        world.claims.claim(key, "died", world.clock.instant(), Duration.ofSeconds(30));
        world.claims.abandon(key, "died", world.clock.instant());

        assertThat(insertedToNomis(uuid)).isEqualTo(lost);
        assertThat(world.nomis.count()).isEqualTo(1);
    }

    @Test
    void eventsWhoseSourceIsNomisAreNotWrittenBack() {
        String uuid = dpsAdjustment("ADA", null);
        world.toNomis(AdjustmentsWorld.dpsEvent(AdjustmentsSync.INSERTED, uuid, "NOMIS"));
        world.toNomis(AdjustmentsWorld.dpsEvent(AdjustmentsSync.UPDATED, uuid, "NOMIS"));
        world.toNomis(AdjustmentsWorld.dpsEvent(AdjustmentsSync.DELETED, uuid, "NOMIS"));

        assertThat(world.nomis.count()).isZero();
        assertThat(world.telemetry.count("sentencing-adjustment-create-ignored")).isEqualTo(1);
        assertThat(world.telemetry.count("sentencing-adjustment-updated-ignored")).isEqualTo(1);
        assertThat(world.telemetry.count("sentencing-adjustment-deleted-ignored")).isEqualTo(1);
    }

    @Test
    void anUpdateChangesTheMappedNomisAdjustmentAndLeavesItsActiveFlag() {
        String uuid = dpsAdjustment("RX", 1);
        NomisAdjustmentId id = insertedToNomis(uuid);
        LegacyAdjustment before = world.dps.find(uuid).orElseThrow();
        world.dps.put(uuid, new LegacyAdjustment(before.bookingId(), 1, before.offenderNo(), "RX",
                before.adjustmentDate(), before.adjustmentFromDate(), 25, "changed", false, false, "MDI", true));

        assertThat(world.toNomis(AdjustmentsWorld.dpsEvent(AdjustmentsSync.UPDATED, uuid, "DPS")))
                .isEqualTo(Disposition.ACK);

        NomisAdjustment after = world.nomis.find(id).orElseThrow();
        assertThat(after.adjustmentDays()).isEqualTo(25);
        assertThat(after.comment()).isEqualTo("changed");
        assertThat(after.active()).isTrue();
        assertThat(world.telemetry.count("sentencing-adjustment-updated-success")).isEqualTo(1);
    }

    @Test
    void anUpdateWithoutAMappingIsRetriedUnlessDpsHasNoAdjustmentEither() {
        String uuid = dpsAdjustment("RX", 1);
        assertThat(world.toNomis(AdjustmentsWorld.dpsEvent(AdjustmentsSync.UPDATED, uuid, "DPS")))
                .isInstanceOf(Disposition.Retry.class);
        assertThat(world.toNomis(AdjustmentsWorld.dpsEvent(AdjustmentsSync.UPDATED, UUID.randomUUID().toString(),
                "DPS"))).isEqualTo(Disposition.ACK);
        assertThat(world.telemetry.count("sentencing-adjustment-updated-skipped")).isEqualTo(1);
    }

    @Test
    void aDeleteRemovesTheNomisAdjustmentAndTheMappingAndARedeliveryIsSkipped() {
        String uuid = dpsAdjustment("UAL", null);
        NomisAdjustmentId id = insertedToNomis(uuid);
        world.dps.delete(uuid);

        assertThat(world.toNomis(AdjustmentsWorld.dpsEvent(AdjustmentsSync.DELETED, uuid, "DPS")))
                .isEqualTo(Disposition.ACK);
        assertThat(world.toNomis(AdjustmentsWorld.dpsEvent(AdjustmentsSync.DELETED, uuid, "DPS")))
                .isEqualTo(Disposition.ACK);

        assertThat(world.nomis.find(id)).isEmpty();
        assertThat(world.mappingOfDps(uuid)).isEmpty();
        assertThat(world.telemetry.count("sentencing-adjustment-deleted-success")).isEqualTo(1);
        assertThat(world.telemetry.count("sentencing-adjustment-deleted-skipped")).isEqualTo(1);
    }

    @Test
    void aNomisSentenceAdjustmentBecomesAMappedDpsLegacyAdjustmentOnce() {
        NomisAdjustmentId id = world.nomis.plant(AdjustmentsWorld.BOOKING, 3L,
                AdjustmentsWorld.nomisRequest("S240A", 4));
        for (int i = 0; i < 3; i++) {
            assertThat(world.fromNomis(AdjustmentsWorld.nomisEvent(AdjustmentsSync.SENTENCE_UPSERTED, id, "OIDSENAD")))
                    .isEqualTo(Disposition.ACK);
        }

        Mapping mapping = world.mappingOfNomis(id).orElseThrow();
        assertThat(mapping.mappingType()).isEqualTo(MappingTypes.NOMIS_CREATED);
        LegacyAdjustment dps = world.dps.find(mapping.dpsId()).orElseThrow();
        assertThat(dps.sentenceSequence()).isEqualTo(3);
        assertThat(dps.adjustmentType()).isEqualTo("S240A");
        assertThat(dps.adjustmentDays()).isEqualTo(4);
        assertThat(dps.currentTerm()).isTrue();
        assertThat(world.dps.count()).isEqualTo(1);
        assertThat(world.telemetry.count("sentence-adjustment-created-synchronisation-success")).isEqualTo(1);
        assertThat(world.telemetry.count("sentence-adjustment-updated-synchronisation-success")).isEqualTo(2);
    }

    @Test
    void aNomisKeyDateAdjustmentIsUpdatedThenDeletedInDps() {
        NomisAdjustmentId id = world.nomis.plant(AdjustmentsWorld.BOOKING, null,
                AdjustmentsWorld.nomisRequest("LAL", 4));
        world.fromNomis(AdjustmentsWorld.nomisEvent(AdjustmentsSync.KEY_DATE_UPSERTED, id, "OIDSENAD"));
        String uuid = world.mappingOfNomis(id).orElseThrow().dpsId();
        assertThat(world.dps.find(uuid).orElseThrow().sentenceSequence()).isNull();

        world.nomis.update(id, AdjustmentsWorld.nomisRequest("LAL", 9));
        world.fromNomis(AdjustmentsWorld.nomisEvent(AdjustmentsSync.KEY_DATE_UPSERTED, id, "OIDSENAD"));
        assertThat(world.dps.find(uuid).orElseThrow().adjustmentDays()).isEqualTo(9);

        world.nomis.delete(id);
        assertThat(world.fromNomis(AdjustmentsWorld.nomisEvent(AdjustmentsSync.KEY_DATE_DELETED, id, "OIDSENAD")))
                .isEqualTo(Disposition.ACK);
        assertThat(world.dps.find(uuid)).isEmpty();
        assertThat(world.mappingOfNomis(id)).isEmpty();
        assertThat(world.telemetry.count("key-date-adjustment-deleted-synchronisation-success")).isEqualTo(1);
    }

    @Test
    void ourOwnNomisWritesAreSkippedAndNeverEchoBack() {
        String uuid = dpsAdjustment("RX", 1);
        NomisAdjustmentId id = insertedToNomis(uuid);

        world.fromNomis(AdjustmentsWorld.nomisEvent(AdjustmentsSync.SENTENCE_UPSERTED, id, "DPS_SYNCHRONISATION"));
        world.fromNomis(AdjustmentsWorld.nomisEvent(AdjustmentsSync.SENTENCE_DELETED, id, "DPS_SYNCHRONISATION"));

        assertThat(world.dps.count()).isEqualTo(1);
        assertThat(world.dps.find(uuid)).isPresent();
        assertThat(world.mappingOfDps(uuid)).isPresent();
        assertThat(world.telemetry.count("sentence-adjustment-synchronisation-skipped")).isEqualTo(2);
    }

    @Test
    void aHiddenOrVanishedNomisAdjustmentIsSkipped() {
        NomisAdjustmentId gone = NomisAdjustmentId.sentence(999_999);
        assertThat(world.fromNomis(AdjustmentsWorld.nomisEvent(AdjustmentsSync.SENTENCE_UPSERTED, gone, "OIDSENAD")))
                .isEqualTo(Disposition.ACK);
        assertThat(world.dps.count()).isZero();
        assertThat(world.telemetry.count("sentence-adjustment-hidden-or-deleted-synchronisation-skipped"))
                .isEqualTo(1);
    }

    @Test
    void aSecondThreadWaitsWhileTheFirstCreatesTheDpsAdjustment() {
        NomisAdjustmentId id = world.nomis.plant(AdjustmentsWorld.BOOKING, null,
                AdjustmentsWorld.nomisRequest("UAL", 4));
        world.claims.claim(CreateFlow.claimKey(CreateDirection.FROM_NOMIS, AdjustmentsSync.ENTITY_TYPE, id.key()),
                "other-thread", world.clock.instant(), Duration.ofSeconds(30));

        assertThat(world.fromNomis(AdjustmentsWorld.nomisEvent(AdjustmentsSync.KEY_DATE_UPSERTED, id, "OIDSENAD")))
                .isInstanceOf(Disposition.Retry.class);
        assertThat(world.dps.count()).isZero();
    }

    @Test
    void aResumedCreateFromNomisAdoptsTheUnmappedDpsCopyALostAnswerLeft() {
        NomisAdjustmentId id = world.nomis.plant(AdjustmentsWorld.BOOKING, null,
                AdjustmentsWorld.nomisRequest("UAL", 4));
        String lost = world.dps.create(LegacyAdjustment.of(world.nomis.find(id).orElseThrow()));
        ClaimKey key = CreateFlow.claimKey(CreateDirection.FROM_NOMIS, AdjustmentsSync.ENTITY_TYPE, id.key());
        world.claims.claim(key, "died", world.clock.instant(), Duration.ofSeconds(30));
        world.claims.abandon(key, "died", world.clock.instant());

        assertThat(world.fromNomis(AdjustmentsWorld.nomisEvent(AdjustmentsSync.KEY_DATE_UPSERTED, id, "OIDSENAD")))
                .isEqualTo(Disposition.ACK);

        assertThat(world.mappingOfNomis(id).orElseThrow().dpsId()).isEqualTo(lost);
        assertThat(world.dps.count()).isEqualTo(1);
    }

    @Test
    void aMergeCreatesInDpsEveryUnmappedAdjustmentOfTheBookingOnceEvenWhenRedelivered() {
        NomisAdjustmentId synced = world.nomis.plant(AdjustmentsWorld.BOOKING, 1L,
                AdjustmentsWorld.nomisRequest("RX", 4));
        world.fromNomis(AdjustmentsWorld.nomisEvent(AdjustmentsSync.SENTENCE_UPSERTED, synced, "OIDSENAD"));
        NomisAdjustmentId copiedSentence = world.nomis.plant(AdjustmentsWorld.BOOKING, 2L,
                AdjustmentsWorld.nomisRequest("S240A", 3));
        NomisAdjustmentId copiedKeyDate = world.nomis.plant(AdjustmentsWorld.BOOKING, null,
                AdjustmentsWorld.nomisRequest("ADA", 3));
        Map<String, Object> merge = new LinkedHashMap<>();
        merge.put("eventType", AdjustmentsSync.BOOKING_NUMBER_CHANGED);
        merge.put("bookingId", Long.toString(AdjustmentsWorld.BOOKING));
        merge.put("offenderId", "1234");
        merge.put("previousBookingNumber", "43719F");
        merge.put("nomisEventType", "BOOK_UPD_OASYS");

        for (int i = 0; i < 2; i++) {
            assertThat(world.fromNomis(new org.prisonsync.core.message.Notification(UUID.randomUUID().toString(),
                    AdjustmentsSync.BOOKING_NUMBER_CHANGED, merge))).isEqualTo(Disposition.ACK);
        }

        assertThat(world.dps.count()).isEqualTo(3);
        assertThat(world.mappingOfNomis(copiedSentence)).isPresent();
        assertThat(world.mappingOfNomis(copiedKeyDate)).isPresent();
        assertThat(world.telemetry.named("from-nomis-synch-adjustment-merge")).extracting(e -> e.properties()
                .get("created")).containsExactly("2", "0");
    }

    @Test
    void badMessagesAreDeadLetteredAtOnceNamingTheField() {
        Map<String, Object> badId = new LinkedHashMap<>();
        badId.put("id", "not/an id");
        badId.put("offenderNo", AdjustmentsWorld.PRISONER);
        Map<String, Object> badPrisoner = new LinkedHashMap<>();
        badPrisoner.put("id", UUID.randomUUID().toString());
        badPrisoner.put("offenderNo", "12345");
        Map<String, Object> nomisBad = new LinkedHashMap<>(AdjustmentsWorld.nomisEvent(
                AdjustmentsSync.SENTENCE_UPSERTED, NomisAdjustmentId.sentence(5), "OIDSENAD").message());
        nomisBad.put("adjustmentId", "١٢");

        assertThat(world.toNomis(AdjustmentsWorld.dpsEvent(AdjustmentsSync.INSERTED, badId)))
                .isInstanceOf(Disposition.DeadLetter.class);
        assertThat(world.toNomis(AdjustmentsWorld.dpsEvent(AdjustmentsSync.INSERTED, badPrisoner)))
                .isInstanceOf(Disposition.DeadLetter.class);
        assertThat(world.fromNomis(new org.prisonsync.core.message.Notification("m",
                AdjustmentsSync.SENTENCE_UPSERTED, nomisBad))).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(world.nomis.count()).isZero();
        assertThat(world.dps.count()).isZero();
    }
}
