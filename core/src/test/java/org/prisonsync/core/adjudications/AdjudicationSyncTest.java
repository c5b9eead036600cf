package org.prisonsync.core.adjudications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;

/** Every adjudications event family, delivered three times and to two consumers at once, and the edge's refusals. */
class AdjudicationSyncTest {
    private static final String PRISONER = "A1234BC";
    private static final long BOOKING = 5001;
    private static final LocalDateTime HEARD = LocalDateTime.of(2026, 3, 4, 10, 30);
    private final AdjudicationsWorld world = new AdjudicationsWorld();

    private Notification event(String type, String chargeNumber, Long hearingId) {
        return AdjudicationsWorld.event(type, chargeNumber, PRISONER, hearingId);
    }

    private void concurrently(Notification event) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> consumers = new ArrayList<>();
        List<Disposition> results = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 2; i++) {
            Thread consumer = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                results.add(world.handle(event));
            });
            consumer.start();
            consumers.add(consumer);
        }
        start.countDown();
        for (Thread consumer : consumers) {
            consumer.join();
        }
        // the one that found the claim held retries after the lease (or sooner) and finds the work done
        world.clock.advance(Duration.ofMinutes(1));
        world.handle(event);
    }

    /** Reported, created in NOMIS, heard, completed (proved) with an ADA and a confinement. */
    private String provedWithPunishments(String chargeNumber) {
        world.reported(chargeNumber, PRISONER, BOOKING);
        world.handle(event(AdjudicationsSync.REPORT_CREATED, chargeNumber, null));
        world.dpsChange(chargeNumber, c -> AdjudicationsWorld.with(c,
                List.of(AdjudicationsWorld.hearing(11, HEARD)), List.of(), List.of(), "SCHEDULED"));
        world.handle(event(AdjudicationsSync.HEARING_CREATED, chargeNumber, 11L));
        world.dpsChange(chargeNumber, c -> AdjudicationsWorld.with(c,
                List.of(AdjudicationsWorld.hearing(11, HEARD).withOutcome(
                        new DpsCharge.HearingOutcome("COMPLETE", "JUDGE_A", "GUILTY"))),
                List.of(new DpsCharge.Outcome(11L, "CHARGE_PROVED")),
                List.of(AdjudicationsWorld.ada(21, 14), AdjudicationsWorld.confinement(22, 3)), "CHARGE_PROVED"));
        world.handle(event("adjudication.hearingCompleted.created", chargeNumber, 11L));
        return chargeNumber;
    }

    @Test
    void aReportedAdjudicationIsCreatedOnceAndMappedToItsChargeWhateverTheRedeliveries() {
        world.reported("9001", PRISONER, BOOKING);

        world.thrice(event(AdjudicationsSync.REPORT_CREATED, "9001", null));

        assertThat(world.nomis.count()).isEqualTo(1);
        NomisAdjudication made = world.nomisOf("9001");
        assertThat(made.offenderNo()).isEqualTo(PRISONER);
        assertThat(made.bookingId()).isEqualTo(BOOKING);
        assertThat(made.incidentDate()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(made.incidentTime()).isEqualTo(LocalTime.of(9, 15));
        assertThat(made.charges()).containsExactly(new NomisAdjudication.Charge(1, "51:1"));
        assertThat(made.repairs()).containsExactly(new NomisAdjudication.Repair("CLEA", "blood on the wall"));
        assertThat(made.evidence()).containsExactly(new NomisAdjudication.Evidence("PHOTO", "photo of the wall"));
        assertThat(world.mapping(AdjudicationsSync.ADJUDICATION, "9001")).hasValueSatisfying(m -> {
            assertThat(m.nomisId()).isEqualTo(made.adjudicationNumber() + ":1");
            assertThat(m.prisonerNumber()).isEqualTo(PRISONER);
            assertThat(m.mappingType()).isEqualTo("ADJUDICATION_CREATED");
        });
        assertThat(world.telemetry.count("adjudication-create-success")).isEqualTo(1);
        assertThat(world.telemetry.count("adjudication-create-duplicate")).isEqualTo(2);
    }

    @Test
    void twoConsumersAtOnceCreateOneNomisAdjudication() throws Exception {
        world.reported("9002", PRISONER, BOOKING);

        concurrently(event(AdjudicationsSync.REPORT_CREATED, "9002", null));

        assertThat(world.nomis.count()).isEqualTo(1);
        assertThat(world.mapping(AdjudicationsSync.ADJUDICATION, "9002")).isPresent();
    }

    @Test
    void aResumedCreateAdoptsTheAdjudicationAnEarlierAttemptWrote() {
        DpsCharge charge = world.reported("9003", PRISONER, BOOKING);
        world.claims.claim(new ClaimKey(AdjudicationsSync.ADJUDICATION, "9003"), "dead/1", world.clock.instant(),
                Duration.ofSeconds(30));
        NomisChargeId written = world.nomis.createAdjudication(PRISONER, AdjudicationHandlers.reportRequest(charge,
                charge.incidentLocationId()));
        world.clock.advance(Duration.ofMinutes(1));

        world.handle(event(AdjudicationsSync.REPORT_CREATED, "9003", null));

        assertThat(world.nomis.count()).isEqualTo(1);
        assertThat(world.nomisCharge("9003")).isEqualTo(written);
        assertThat(world.telemetry.named("adjudication-create-success")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("foundExisting", "true"));
    }

    @Test
    void damagesAndEvidenceUpdatesRewriteNomisFromDps() {
        world.reported("9004", PRISONER, BOOKING);
        world.handle(event(AdjudicationsSync.REPORT_CREATED, "9004", null));
        world.dpsChange("9004", c -> new DpsCharge(c.chargeNumber(), c.prisonerNumber(), c.originatingAgencyId(),
                c.dateTimeOfIncident(), c.createdDateTime(), c.createdByUserId(), c.incidentLocationId(),
                c.offenceCode(), c.incidentStatement(), c.status(),
                List.of(new DpsCharge.Damage("LOCK_REPAIR", "lock broken", "OFFICER_B")),
                List.of(new DpsCharge.Evidence("BAGGED_AND_TAGGED", "a blade", "OFFICER_B")),
                c.hearings(), c.outcomes(), c.punishments()));

        world.thrice(event(AdjudicationsSync.DAMAGES_UPDATED, "9004", null));
        world.thrice(event(AdjudicationsSync.EVIDENCE_UPDATED, "9004", null));

        NomisAdjudication now = world.nomisOf("9004");
        assertThat(now.repairs()).containsExactly(new NomisAdjudication.Repair("LOCK", "lock broken"));
        assertThat(now.evidence()).containsExactly(new NomisAdjudication.Evidence("EVI_BAG", "a blade"));
        assertThat(world.telemetry.count("adjudication-damages-update-success")).isEqualTo(3);
        assertThat(world.telemetry.count("adjudication-evidence-update-success")).isEqualTo(3);
    }

    @Test
    void aHearingIsCreatedOnceUpdatedAndDeletedWhateverTheRedeliveriesAndConsumers() throws Exception {
        world.reported("9005", PRISONER, BOOKING);
        world.handle(event(AdjudicationsSync.REPORT_CREATED, "9005", null));
        world.dpsChange("9005", c -> AdjudicationsWorld.with(c, List.of(AdjudicationsWorld.hearing(31, HEARD)),
                List.of(), List.of(), "SCHEDULED"));

        world.thrice(event(AdjudicationsSync.HEARING_CREATED, "9005", 31L));
        concurrently(event(AdjudicationsSync.HEARING_CREATED, "9005", 31L));

        assertThat(world.nomisOf("9005").hearings()).singleElement().satisfies(h -> {
            assertThat(h.hearingType()).isEqualTo("GOV_ADULT");
            assertThat(h.hearingDate()).isEqualTo(HEARD.toLocalDate());
            assertThat(h.hearingTime()).isEqualTo(HEARD.toLocalTime());
            assertThat(world.mapping(AdjudicationsSync.HEARING, 31)).map(m -> m.nomisId())
                    .contains(h.hearingId() + ":1");
        });

        LocalDateTime moved = HEARD.plusDays(1);
        world.dpsChange("9005", c -> AdjudicationsWorld.with(c, List.of(AdjudicationsWorld.hearing(31, moved)),
                List.of(), List.of(), "SCHEDULED"));
        world.thrice(event(AdjudicationsSync.HEARING_UPDATED, "9005", 31L));
        assertThat(world.nomisOf("9005").hearings()).singleElement()
                .satisfies(h -> assertThat(h.hearingDate()).isEqualTo(moved.toLocalDate()));

        world.dpsChange("9005", c -> AdjudicationsWorld.with(c, List.of(), List.of(), List.of(), "UNSCHEDULED"));
        world.thrice(event(AdjudicationsSync.HEARING_DELETED, "9005", 31L));
        assertThat(world.nomisOf("9005").hearings()).isEmpty();
        assertThat(world.mapping(AdjudicationsSync.HEARING, 31)).isEmpty();
        assertThat(world.telemetry.count("hearing-delete-success")).isEqualTo(1);
        assertThat(world.telemetry.count("hearing-delete-ignored")).isEqualTo(2);
    }

    @Test
    void aHearingBeforeItsAdjudicationIsMappedWaitsForIt() {
        world.reported("9006", PRISONER, BOOKING);
        world.dpsChange("9006", c -> AdjudicationsWorld.with(c, List.of(AdjudicationsWorld.hearing(41, HEARD)),
                List.of(), List.of(), "SCHEDULED"));

        Disposition early = world.handle(event(AdjudicationsSync.HEARING_CREATED, "9006", 41L));

        assertThat(early).isInstanceOf(Disposition.Retry.class);
        assertThat(world.telemetry.count("hearing-create-awaiting-parent")).isEqualTo(1);
        world.handle(event(AdjudicationsSync.REPORT_CREATED, "9006", null));
        world.handle(event(AdjudicationsSync.HEARING_CREATED, "9006", 41L));
        assertThat(world.nomisOf("9006").hearings()).hasSize(1);
    }

    @Test
    void outcomesUpsertAndDeleteTheHearingResultOnce() {
        provedWithPunishments("9007");
        world.thrice(event("adjudication.hearingCompleted.created", "9007", 11L));

        NomisAdjudication.Hearing hearing = world.nomisOf("9007").hearings().get(0);
        assertThat(hearing.results()).singleElement().satisfies(r -> {
            assertThat(r.chargeSequence()).isEqualTo(1);
            assertThat(r.findingCode()).isEqualTo("PROVED");
            assertThat(r.pleaFindingCode()).isEqualTo("GUILTY");
        });

        world.dpsChange("9007", c -> AdjudicationsWorld.with(c, List.of(AdjudicationsWorld.hearing(11, HEARD)),
                List.of(), List.of(), "SCHEDULED"));
        world.thrice(event("adjudication.hearingCompleted.deleted", "9007", 11L));
        assertThat(world.nomisOf("9007").hearings().get(0).results()).isEmpty();
        assertThat(world.telemetry.count("hearing-result-deleted-success")).isEqualTo(3);
    }

    @Test
    void anOutcomeWithoutAHearingIsAResultOnNomissDummyHearing() {
        world.reported("9008", PRISONER, BOOKING);
        world.handle(event(AdjudicationsSync.REPORT_CREATED, "9008", null));
        world.dpsChange("9008", c -> AdjudicationsWorld.with(c, List.of(),
                List.of(new DpsCharge.Outcome(null, "REFER_POLICE")), List.of(), "REFER_POLICE"));

        world.thrice(event("adjudication.outcome.referPolice", "9008", null));

        assertThat(world.nomisOf("9008").hearings()).singleElement()
                .satisfies(h -> assertThat(h.results()).singleElement()
                        .satisfies(r -> assertThat(r.findingCode()).isEqualTo("REF_POLICE")));

        world.dpsChange("9008", c -> AdjudicationsWorld.with(c, List.of(), List.of(), List.of(), "UNSCHEDULED"));
        world.thrice(event("adjudication.outcome.notProceed.deleted", "9008", null));
        assertThat(world.nomisOf("9008").hearings()).isEmpty();
    }

    @Test
    void punishmentsAreAwardedOncePerPunishmentWhateverTheRedeliveriesAndConsumers() throws Exception {
        provedWithPunishments("9009");

        world.thrice(event(AdjudicationsSync.PUNISHMENTS_CREATED, "9009", null));
        concurrently(event(AdjudicationsSync.PUNISHMENTS_CREATED, "9009", null));

        List<NomisAdjudication.Award> awards = world.nomisOf("9009").awardsOf(1);
        assertThat(awards).hasSize(2);
        assertThat(awards).extracting(a -> a.award().sanctionType()).containsExactly("ADA", "CC");
        assertThat(awards.get(0).award().sanctionDays()).isEqualTo(14);
        assertThat(awards.get(0).award().sanctionStatus()).isEqualTo("IMMEDIATE");
        assertThat(awards.get(0).award().effectiveDate()).isEqualTo(HEARD.toLocalDate());
        assertThat(world.mapping(AdjudicationsSync.PUNISHMENT, 21)).map(m -> m.nomisId())
                .contains(awards.get(0).id().key());
        assertThat(world.mapping(AdjudicationsSync.PUNISHMENT, 22)).map(m -> m.nomisId())
                .contains(awards.get(1).id().key());

        // one dropped, one changed, one added
        world.dpsChange("9009", c -> AdjudicationsWorld.with(c, c.hearings(), c.outcomes(),
                List.of(AdjudicationsWorld.ada(21, 20), AdjudicationsWorld.ada(23, 5)), c.status()));
        world.thrice(event(AdjudicationsSync.PUNISHMENTS_UPDATED, "9009", null));
        concurrently(event(AdjudicationsSync.PUNISHMENTS_UPDATED, "9009", null));

        List<NomisAdjudication.Award> updated = world.nomisOf("9009").awardsOf(1);
        assertThat(updated).extracting(a -> a.award().sanctionDays()).containsExactlyInAnyOrder(20, 5);
        assertThat(world.mapping(AdjudicationsSync.PUNISHMENT, 22)).isEmpty();
        assertThat(world.mapping(AdjudicationsSync.PUNISHMENT, 23)).isPresent();
        assertThat(world.mapping(AdjudicationsSync.PUNISHMENT, 21)).map(m -> m.nomisId())
                .contains(awards.get(0).id().key());

        world.dpsChange("9009", c -> AdjudicationsWorld.with(c, c.hearings(), c.outcomes(), List.of(), c.status()));
        world.thrice(event(AdjudicationsSync.PUNISHMENTS_DELETED, "9009", null));
        assertThat(world.nomisOf("9009").awardsOf(1)).isEmpty();
        assertThat(world.mapping(AdjudicationsSync.PUNISHMENT, 21)).isEmpty();
        assertThat(world.mapping(AdjudicationsSync.PUNISHMENT, 23)).isEmpty();
    }

    @Test
    void aResumedPunishmentWriteAdoptsTheAwardsAnEarlierAttemptMadeInsteadOfAwardingAgain() {
        provedWithPunishments("9010");
        DpsCharge charge = world.dps.charge("9010").orElseThrow();
        // an earlier attempt wrote the awards and died before mapping them
        world.nomis.createAwards(world.nomisCharge("9010"), charge.punishments().stream()
                .map(p -> AdjudicationCodes.award(charge, p)).toList());

        world.handle(event(AdjudicationsSync.PUNISHMENTS_CREATED, "9010", null));

        assertThat(world.nomisOf("9010").awardsOf(1)).hasSize(2);
        assertThat(world.mapping(AdjudicationsSync.PUNISHMENT, 21)).isPresent();
        assertThat(world.mapping(AdjudicationsSync.PUNISHMENT, 22)).isPresent();
    }

    @Test
    void quashAndUnquashSetTheResultAndAwardsOnceEach() {
        provedWithPunishments("9011");
        world.handle(event(AdjudicationsSync.PUNISHMENTS_CREATED, "9011", null));
        world.dpsChange("9011", c -> AdjudicationsWorld.with(c, c.hearings(), List.of(
                new DpsCharge.Outcome(11L, "CHARGE_PROVED"), new DpsCharge.Outcome(null, "QUASHED")),
                c.punishments(), "QUASHED"));

        world.thrice(event(AdjudicationsSync.OUTCOME_QUASHED, "9011", null));

        NomisAdjudication quashed = world.nomisOf("9011");
        assertThat(quashed.hearings().get(0).results().get(0).findingCode()).isEqualTo("QUASHED");
        assertThat(quashed.awardsOf(1)).hasSize(2).allSatisfy(a ->
                assertThat(a.award().sanctionStatus()).isEqualTo("QUASHED"));

        world.dpsChange("9011", c -> AdjudicationsWorld.with(c, c.hearings(),
                List.of(new DpsCharge.Outcome(11L, "CHARGE_PROVED")), c.punishments(), "CHARGE_PROVED"));
        world.thrice(event(AdjudicationsSync.OUTCOME_UNQUASHED, "9011", null));

        NomisAdjudication restored = world.nomisOf("9011");
        assertThat(restored.hearings().get(0).results().get(0).findingCode()).isEqualTo("PROVED");
        assertThat(restored.awardsOf(1)).hasSize(2).allSatisfy(a ->
                assertThat(a.award().sanctionStatus()).isEqualTo("IMMEDIATE"));
        assertThat(world.mapping(AdjudicationsSync.PUNISHMENT, 21)).isPresent();
    }

    @Test
    void eventsThatCanNeverBeValidAreDeadLetteredAtOnceWithTheReason() {
        Map<String, Object> unknown = new LinkedHashMap<>();
        unknown.put("chargeNumber", "9012");
        unknown.put("prisonId", "MDI");
        unknown.put("prisonerNumber", PRISONER);
        unknown.put("sneaky", "x");
        assertThat(world.handle(AdjudicationsWorld.event(AdjudicationsSync.REPORT_CREATED, unknown)))
                .isInstanceOfSatisfying(Disposition.DeadLetter.class, d ->
                        assertThat(d.reason()).contains("unknown field 'additionalInformation.sneaky'"));

        assertThat(world.handle(AdjudicationsWorld.event(AdjudicationsSync.REPORT_CREATED, "٩٠١٢", PRISONER, null)))
                .isInstanceOfSatisfying(Disposition.DeadLetter.class, d ->
                        assertThat(d.reason()).contains("chargeNumber").contains("not a charge number"));
        assertThat(world.handle(AdjudicationsWorld.event(AdjudicationsSync.REPORT_CREATED, "9".repeat(21), PRISONER,
                null))).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(world.handle(AdjudicationsWorld.event(AdjudicationsSync.HEARING_CREATED, "9012", PRISONER, null)))
                .isInstanceOfSatisfying(Disposition.DeadLetter.class, d ->
                        assertThat(d.reason()).contains("additionalInformation.hearingId"));
        Map<String, Object> badHearing = new LinkedHashMap<>();
        badHearing.put("chargeNumber", "9012");
        badHearing.put("prisonId", "MDI");
        badHearing.put("prisonerNumber", PRISONER);
        badHearing.put("hearingId", "-4");
        assertThat(world.handle(AdjudicationsWorld.event(AdjudicationsSync.HEARING_DELETED, badHearing)))
                .isInstanceOf(Disposition.DeadLetter.class);
        Map<String, Object> badPrison = new LinkedHashMap<>(badHearing);
        badPrison.put("hearingId", 4);
        badPrison.put("prisonId", "mdi; drop");
        assertThat(world.handle(AdjudicationsWorld.event(AdjudicationsSync.HEARING_DELETED, badPrison)))
                .isInstanceOfSatisfying(Disposition.DeadLetter.class, d ->
                        assertThat(d.reason()).contains("prisonId"));
        assertThat(world.nomis.count()).isZero();
    }
}
