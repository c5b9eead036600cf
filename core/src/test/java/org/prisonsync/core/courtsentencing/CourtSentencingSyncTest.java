package org.prisonsync.core.courtsentencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prisonsync.core.courtsentencing.CourtSentencingWorld.event;
import static org.prisonsync.core.courtsentencing.CourtSentencingWorld.ids;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCharge;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtAppearance;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtCase;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyPeriodLength;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyRecall;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacySentence;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;

/** Every court sentencing event family, delivered three times and to two consumers at once, and the edge's refusals. */
class CourtSentencingSyncTest {
    private static final String PRISONER = "A1234BC";
    private static final long BOOKING = 5001;
    private final CourtSentencingWorld world = new CourtSentencingWorld();

    CourtSentencingSyncTest() {
        world.nomis.admit(PRISONER, BOOKING);
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
        // the one that found the claim held retries after the lease and finds the work done
        world.clock.advance(Duration.ofMinutes(1));
        world.handle(event);
    }

    /** A case with one appearance hearing one charge, sentenced with one term, all synchronised. */
    record Hierarchy(LegacyCourtCase courtCase, LegacyCourtAppearance appearance, LegacyCharge charge,
                     LegacySentence sentence, LegacyPeriodLength term) {
    }

    Hierarchy synchronisedHierarchy(boolean thrice) {
        LegacyCourtCase c = world.courtCase(PRISONER);
        LegacyCharge charge = world.charge(c, "TH68010");
        LegacyCourtAppearance a = world.appearance(c, LocalDate.of(2026, 2, 1), charge);
        LegacySentence s = world.sentence(c, a, charge);
        LegacyPeriodLength p = world.term(s, 2);
        List<Notification> events = List.of(
                event(CourtSentencingSync.CASE_INSERTED, PRISONER, ids("courtCaseId", c.courtCaseUuid())),
                event(CourtSentencingSync.APPEARANCE_INSERTED, PRISONER, ids("courtCaseId", c.courtCaseUuid(),
                        "courtAppearanceId", a.lifetimeUuid())),
                event(CourtSentencingSync.CHARGE_INSERTED, PRISONER, ids("courtCaseId", c.courtCaseUuid(),
                        "courtAppearanceId", a.lifetimeUuid(), "courtChargeId", charge.lifetimeUuid())),
                event(CourtSentencingSync.SENTENCE_INSERTED, PRISONER, ids("courtCaseId", c.courtCaseUuid(),
                        "courtChargeId", charge.lifetimeUuid(), "courtAppearanceId", a.lifetimeUuid(),
                        "sentenceId", s.lifetimeUuid())),
                event(CourtSentencingSync.PERIOD_LENGTH_INSERTED, PRISONER, ids("courtCaseId", c.courtCaseUuid(),
                        "sentenceId", s.lifetimeUuid(), "periodLengthId", p.periodLengthUuid())));
        for (Notification e : events) {
            if (thrice) {
                world.thrice(e);
            } else {
                assertThat(world.handle(e)).isInstanceOf(Disposition.Ack.class);
            }
        }
        return new Hierarchy(c, a, charge, s, p);
    }

    private NomisCourtCase nomisCase(Hierarchy h) {
        return world.nomis.courtCase(PRISONER, Long.parseLong(world.nomisId(CourtSentencingSync.COURT_CASE,
                h.courtCase().courtCaseUuid()))).orElseThrow();
    }

    @Test
    void aWholeCaseDeliveredThriceLeavesOneNomisRecordPerEntityEachMapped() {
        Hierarchy h = synchronisedHierarchy(true);

        assertThat(world.nomis.courtCases(PRISONER)).hasSize(1);
        NomisCourtCase nomis = nomisCase(h);
        assertThat(nomis.courtId()).isEqualTo(CourtSentencingWorld.COURT);
        assertThat(nomis.primaryCaseInfoNumber()).isEqualTo("T2026001");
        assertThat(nomis.courtEvents()).singleElement().satisfies(e -> {
            assertThat(e.id()).hasToString(world.nomisId(CourtSentencingSync.APPEARANCE, h.appearance().lifetimeUuid()));
            assertThat(e.courtEventType()).isEqualTo("CRT");
            assertThat(e.outcomeReasonCode()).isEqualTo("4531");
            assertThat(e.charges()).singleElement().satisfies(x ->
                    assertThat(x.offenderChargeId()).hasToString(world.nomisId(CourtSentencingSync.CHARGE,
                            h.charge().lifetimeUuid())));
        });
        assertThat(nomis.offenderCharges()).singleElement().satisfies(x ->
                assertThat(x.offenceCode()).isEqualTo("TH68010"));
        assertThat(nomis.sentences()).singleElement().satisfies(s -> {
            assertThat(s.id().key()).isEqualTo(world.nomisId(CourtSentencingSync.SENTENCE,
                    h.sentence().lifetimeUuid()));
            assertThat(s.calculationType()).isEqualTo("ADIMP");
            assertThat(s.terms()).singleElement().satisfies(t -> {
                assertThat(new TermId(s.id(), t.termSequence()).key()).isEqualTo(world.nomisId(
                        CourtSentencingSync.TERM, h.term().periodLengthUuid()));
                assertThat(t.years()).isEqualTo(2);
            });
        });
        assertThat(world.telemetry.count("court-case-create-duplicate")).isEqualTo(2);
    }

    @Test
    void twoConsumersAtOnceCreateOneCaseAndOneAppearance() throws Exception {
        LegacyCourtCase c = world.courtCase(PRISONER);
        LegacyCourtAppearance a = world.appearance(c, LocalDate.of(2026, 2, 1));

        concurrently(event(CourtSentencingSync.CASE_INSERTED, PRISONER, ids("courtCaseId", c.courtCaseUuid())));
        concurrently(event(CourtSentencingSync.APPEARANCE_INSERTED, PRISONER, ids("courtCaseId",
                c.courtCaseUuid(), "courtAppearanceId", a.lifetimeUuid())));

        assertThat(world.nomis.courtCases(PRISONER)).singleElement()
                .satisfies(n -> assertThat(n.courtEvents()).hasSize(1));
        assertThat(world.mapping(CourtSentencingSync.APPEARANCE, a.lifetimeUuid())).isPresent();
    }

    @Test
    void aChildBeforeItsParentWaitsForIt() {
        LegacyCourtCase c = world.courtCase(PRISONER);
        LegacyCourtAppearance a = world.appearance(c, LocalDate.of(2026, 2, 1));
        Notification appearance = event(CourtSentencingSync.APPEARANCE_INSERTED, PRISONER, ids("courtCaseId",
                c.courtCaseUuid(), "courtAppearanceId", a.lifetimeUuid()));

        assertThat(world.handle(appearance)).isInstanceOf(Disposition.Retry.class);
        assertThat(world.telemetry.count("court-appearance-create-awaiting-parent")).isEqualTo(1);

        world.handle(event(CourtSentencingSync.CASE_INSERTED, PRISONER, ids("courtCaseId", c.courtCaseUuid())));
        assertThat(world.handle(appearance)).isInstanceOf(Disposition.Ack.class);
        assertThat(world.mapping(CourtSentencingSync.APPEARANCE, a.lifetimeUuid())).isPresent();
    }

    @Test
    void updatesRewriteNomisFromDpsWhateverTheRedeliveries() {
        Hierarchy h = synchronisedHierarchy(false);
        world.dps.put(new LegacyCourtCase(h.courtCase().courtCaseUuid(), PRISONER, false, h.courtCase().startDate(),
                h.courtCase().courtId(), h.courtCase().caseReference()));
        LegacyCharge renamed = new LegacyCharge(PRISONER, h.courtCase().courtCaseUuid(), h.charge().lifetimeUuid(),
                "1081", "TH68011", h.charge().offenceStartDate(), null);
        world.dps.put(renamed);
        var a = h.appearance();
        world.dps.put(new LegacyCourtAppearance(a.lifetimeUuid(), a.courtCaseUuid(), PRISONER, "1081", a.courtCode(),
                a.appearanceDate(), a.appearanceTime(), List.of(renamed), null, "CRT", "adjourned"));
        var s = h.sentence();
        world.dps.put(new LegacySentence(PRISONER, s.courtCaseId(), s.chargeLifetimeUuid(), s.lifetimeUuid(),
                s.appearanceUuid(), true, "FTR_ORA", "2020", null, null, s.sentenceStartDate()));
        var p = h.term();
        world.dps.put(new LegacyPeriodLength(3, 6, null, null, false, "IMP", p.periodLengthUuid(), p.sentenceUuid(),
                PRISONER, p.courtChargeId(), p.courtCaseId(), p.courtAppearanceId()));
        String caseId = h.courtCase().courtCaseUuid();

        world.thrice(event(CourtSentencingSync.CASE_UPDATED, PRISONER, ids("courtCaseId", caseId)));
        world.thrice(event(CourtSentencingSync.APPEARANCE_UPDATED, PRISONER, ids("courtCaseId", caseId,
                "courtAppearanceId", a.lifetimeUuid())));
        world.thrice(event(CourtSentencingSync.CHARGE_UPDATED, PRISONER, ids("courtCaseId", caseId,
                "courtAppearanceId", a.lifetimeUuid(), "courtChargeId", renamed.lifetimeUuid())));
        world.thrice(event(CourtSentencingSync.SENTENCE_UPDATED, PRISONER, ids("courtCaseId", caseId,
                "sentenceId", s.lifetimeUuid())));
        world.thrice(event(CourtSentencingSync.PERIOD_LENGTH_UPDATED, PRISONER, ids("courtCaseId", caseId,
                "sentenceId", s.lifetimeUuid(), "periodLengthId", p.periodLengthUuid())));

        NomisCourtCase nomis = nomisCase(h);
        assertThat(nomis.caseStatus()).isEqualTo("I");
        assertThat(nomis.courtEvents()).singleElement().satisfies(e -> {
            assertThat(e.outcomeReasonCode()).isEqualTo("1081");
            assertThat(e.charges()).singleElement().satisfies(x -> assertThat(x.resultCode1()).isEqualTo("1081"));
        });
        assertThat(nomis.offenderCharges()).singleElement().satisfies(x ->
                assertThat(x.offenceCode()).isEqualTo("TH68011"));
        assertThat(nomis.sentences()).singleElement().satisfies(x -> {
            assertThat(x.calculationType()).isEqualTo("FTR_ORA");
            assertThat(x.terms()).singleElement().satisfies(t -> {
                assertThat(t.years()).isEqualTo(3);
                assertThat(t.months()).isEqualTo(6);
            });
        });
    }

    @Test
    void deletesRemoveTheNomisRecordThenItsMappingAndRedeliveriesAreIgnored() {
        Hierarchy h = synchronisedHierarchy(false);
        String caseId = h.courtCase().courtCaseUuid();
        long nomisCase = Long.parseLong(world.nomisId(CourtSentencingSync.COURT_CASE, caseId));

        world.thrice(event(CourtSentencingSync.PERIOD_LENGTH_DELETED, PRISONER, ids("courtCaseId", caseId,
                "sentenceId", h.sentence().lifetimeUuid(), "periodLengthId", h.term().periodLengthUuid())));
        assertThat(nomisCase(h).sentences().get(0).terms()).isEmpty();
        world.thrice(event(CourtSentencingSync.SENTENCE_DELETED, PRISONER, ids("courtCaseId", caseId,
                "sentenceId", h.sentence().lifetimeUuid())));
        assertThat(nomisCase(h).sentences()).isEmpty();
        world.thrice(event(CourtSentencingSync.CHARGE_DELETED, PRISONER, ids("courtCaseId", caseId,
                "courtAppearanceId", h.appearance().lifetimeUuid(), "courtChargeId", h.charge().lifetimeUuid())));
        world.thrice(event(CourtSentencingSync.APPEARANCE_DELETED, PRISONER, ids("courtCaseId", caseId,
                "courtAppearanceId", h.appearance().lifetimeUuid())));
        assertThat(nomisCase(h).courtEvents()).isEmpty();
        world.thrice(event(CourtSentencingSync.CASE_DELETED, PRISONER, ids("courtCaseId", caseId)));

        assertThat(world.nomis.courtCase(PRISONER, nomisCase)).isEmpty();
        for (String type : CourtSentencingSync.CLONED_TYPES) {
            assertThat(world.store.findByPrisoner(type, PRISONER)).as(type).isEmpty();
        }
        assertThat(world.telemetry.count("court-case-delete-ignored")).isEqualTo(2);
        assertThat(world.telemetry.count("sentence-delete-success")).isEqualTo(1);
    }

    @Test
    void aRecallIsConvertedOnceThenUpdatedAndDeleted() {
        Hierarchy h = synchronisedHierarchy(false);
        SentenceId sentence = SentenceId.parseKey(world.nomisId(CourtSentencingSync.SENTENCE,
                h.sentence().lifetimeUuid())).orElseThrow();
        String recallId = CourtSentencingWorld.uuid();
        world.dps.put(new LegacyRecall(recallId, PRISONER, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 27),
                List.of(h.sentence().lifetimeUuid()), "FTR_14", "OFFICER_A"));

        world.thrice(event(CourtSentencingSync.RECALL_INSERTED, PRISONER, ids("recallId", recallId,
                "sentenceIds", List.of(h.sentence().lifetimeUuid()))));

        assertThat(world.nomis.recalled(sentence)).contains(LocalDate.of(2026, 2, 27));
        String events = world.nomisId(CourtSentencingSync.RECALL, recallId);
        assertThat(nomisCase(h).courtEvents()).hasSize(2)
                .anySatisfy(e -> assertThat(e.id()).hasToString(events));

        world.dps.put(new LegacyRecall(recallId, PRISONER, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 25),
                List.of(h.sentence().lifetimeUuid()), "FTR_14", "OFFICER_A"));
        world.thrice(event(CourtSentencingSync.RECALL_UPDATED, PRISONER, ids("recallId", recallId)));
        assertThat(world.nomis.recalled(sentence)).contains(LocalDate.of(2026, 2, 25));

        world.thrice(event(CourtSentencingSync.RECALL_DELETED, PRISONER, ids("recallId", recallId,
                "sentenceIds", List.of(h.sentence().lifetimeUuid()))));
        assertThat(world.nomis.recalled(sentence)).isEmpty();
        assertThat(nomisCase(h).courtEvents()).hasSize(1);
        assertThat(world.mapping(CourtSentencingSync.RECALL, recallId)).isEmpty();
    }

    @Test
    void aChangeNomisMadeIsNotWrittenBack() {
        LegacyCourtCase c = world.courtCase(PRISONER);

        Disposition result = world.handle(event(CourtSentencingSync.CASE_INSERTED, PRISONER,
                ids("courtCaseId", c.courtCaseUuid(), "source", "NOMIS")));

        assertThat(result).isInstanceOf(Disposition.Ack.class);
        assertThat(world.nomis.courtCases(PRISONER)).isEmpty();
        assertThat(world.telemetry.count("court-case-create-ignored")).isEqualTo(1);
    }

    @Test
    void badInputIsDeadLetteredAtOnceWithTheReason() {
        assertThat(world.handle(event(CourtSentencingSync.CASE_INSERTED, PRISONER, ids("courtCaseId", "12; drop"))))
                .isInstanceOfSatisfying(Disposition.DeadLetter.class, d -> assertThat(d.reason())
                        .contains("additionalInformation.courtCaseId").contains("not a DPS uuid"));
        assertThat(world.handle(event(CourtSentencingSync.SENTENCE_INSERTED, PRISONER, ids())))
                .isInstanceOfSatisfying(Disposition.DeadLetter.class, d -> assertThat(d.reason())
                        .contains("missing field 'additionalInformation.sentenceId'"));
        assertThat(world.handle(event(CourtSentencingSync.CASE_INSERTED, PRISONER, ids("courtCaseId",
                CourtSentencingWorld.uuid(), "bookingId", 5))))
                .isInstanceOfSatisfying(Disposition.DeadLetter.class, d -> assertThat(d.reason())
                        .contains("unknown field 'additionalInformation.bookingId'"));
        assertThat(world.handle(event(CourtSentencingSync.CASE_INSERTED, PRISONER, ids("courtCaseId",
                CourtSentencingWorld.uuid(), "source", "ELSEWHERE"))))
                .isInstanceOfSatisfying(Disposition.DeadLetter.class, d -> assertThat(d.reason())
                        .contains("neither DPS nor NOMIS"));
        assertThat(world.handle(event(CourtSentencingSync.RECALL_DELETED, PRISONER, ids("recallId",
                CourtSentencingWorld.uuid(), "sentenceIds", List.of("x")))))
                .isInstanceOfSatisfying(Disposition.DeadLetter.class, d -> assertThat(d.reason())
                        .contains("sentenceIds[]"));
        assertThat(world.nomis.caseCount()).isZero();
    }
}
