package org.prisonsync.core.courtsentencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prisonsync.core.courtsentencing.CourtSentencingWorld.event;
import static org.prisonsync.core.courtsentencing.CourtSentencingWorld.ids;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.prisonsync.core.adjustments.LegacyAdjustment;
import org.prisonsync.core.adjustments.NomisAdjustmentId;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.CaseState;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCharge;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtAppearance;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtCase;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyPeriodLength;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacySentence;
import org.prisonsync.core.courtsentencing.FaultyPort.Fault;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.prisoners.ActivePrisoner;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.repair.RepairReport;

/**
 * The from-NOMIS half of seed 000's case cloning: {@code courtsentencing.resync.case.booking} rebooks each clone's DPS
 * case onto the latest booking and copies each orphaned source into DPS as a {@code DUPLICATE} mapped to it;
 * {@code courtsentencing.resync.sentence-adjustments} creates each cloned sentence adjustment in DPS adjustments once.
 * Redelivered, delivered to two consumers at once, or with a fault at each step in turn, a clone still ends with
 * one DUPLICATE copy per orphan, one DPS adjustment per cloned adjustment, and every mapping naming what DPS holds;
 * a message that is not one is dead-lettered at once with the reason; a clone whose messages were lost is completed by
 * the resend repair.
 */
class CloneResyncTest {
    private static final String PRISONER = "A1234BC";
    private static final long OLD_BOOKING = 5001;
    private static final long NEW_BOOKING = 5002;
    private final CourtSentencingWorld world = new CourtSentencingWorld();

    private final LegacyCourtCase courtCase;
    private final LegacyCourtAppearance first;
    private final LegacyCharge charge;
    private final LegacySentence sentence;
    private final LegacyPeriodLength term;
    private final NomisCourtCase source;
    private final long sourceAdjustment;

    /** A sentenced case synchronised on the old booking, with a remand adjustment in NOMIS, then a new booking. */
    CloneResyncTest() {
        CourtSentencingWorld.SentencedCase start = world.sentencedCaseThenNewBooking(PRISONER, OLD_BOOKING, NEW_BOOKING);
        courtCase = start.courtCase();
        charge = start.charge();
        first = start.first();
        sentence = start.sentence();
        term = start.term();
        source = start.source();
        sourceAdjustment = start.adjustment();
    }

    private NomisCourtCase nomisCase() {
        return world.nomis.courtCase(PRISONER, Long.parseLong(world.nomisId(CourtSentencingSync.COURT_CASE,
                courtCase.courtCaseUuid()))).orElseThrow();
    }

    /** A DPS user adds an appearance to the case: NOMIS clones it, and the to-NOMIS side completes the clone. */
    private void cloneTheCase() {
        LegacyCourtAppearance second = world.appearance(courtCase, LocalDate.of(2026, 3, 1), charge);
        assertThat(world.handle(event(CourtSentencingSync.APPEARANCE_INSERTED, PRISONER, ids(
                "courtCaseId", courtCase.courtCaseUuid(), "courtAppearanceId", second.lifetimeUuid()))))
                .isInstanceOf(Disposition.Ack.class);
        world.pump();
        assertThat(world.sentToFromNomis(CourtSentencingSync.RESYNC_CASE_BOOKING)).hasSize(1);
        assertThat(world.sentToFromNomis(CourtSentencingSync.RESYNC_SENTENCE_ADJUSTMENTS)).hasSize(1);
    }

    private InternalMessage caseBookingMessage() {
        return world.sentToFromNomis(CourtSentencingSync.RESYNC_CASE_BOOKING).get(0);
    }

    private InternalMessage adjustmentMessage() {
        return world.sentToFromNomis(CourtSentencingSync.RESYNC_SENTENCE_ADJUSTMENTS).get(0);
    }

    /**
     * The clone complete from NOMIS's side: the DPS case (mapped to the clone) on the new booking; the orphan copied
     * into DPS once as a DUPLICATE on the old booking, every id of it mapped to the orphan's; the cloned adjustment in
     * DPS once and mapped; no DLQ.
     */
    private void assertCompleted() {
        NomisCourtCase clone = nomisCase();
        assertThat(clone.bookingId()).isEqualTo(NEW_BOOKING);
        assertThat(world.dps.booking(courtCase.courtCaseUuid())).contains(NEW_BOOKING);
        assertThat(world.dps.caseState(courtCase.courtCaseUuid())).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo("ACTIVE");
            assertThat(s.active()).isTrue();
        });

        List<String> duplicates = world.dps.duplicates(PRISONER);
        assertThat(duplicates).as("one DUPLICATE copy of the orphan").hasSize(1);
        String copy = duplicates.get(0);
        CaseState state = world.dps.caseState(copy).orElseThrow();
        assertThat(state.status()).isEqualTo(CourtSentencingDpsApi.DUPLICATE);
        assertThat(state.bookingId()).isEqualTo(OLD_BOOKING);
        assertThat(mappingOfNomis(CourtSentencingSync.COURT_CASE, Long.toString(source.id())).dpsId())
                .isEqualTo(copy);
        Mapping appearance = mappingOfNomis(CourtSentencingSync.APPEARANCE,
                Long.toString(source.courtEvents().get(0).id()));
        assertThat(world.dps.appearance(appearance.dpsId())).hasValueSatisfying(a -> {
            assertThat(a.courtCaseUuid()).isEqualTo(copy);
            assertThat(a.appearanceDate()).isEqualTo(LocalDate.of(2025, 6, 1));
        });
        Mapping chargeCopy = mappingOfNomis(CourtSentencingSync.CHARGE,
                Long.toString(source.offenderCharges().get(0).id()));
        assertThat(world.dps.charge(chargeCopy.dpsId())).hasValueSatisfying(x ->
                assertThat(x.offenceCode()).isEqualTo("TH68010"));
        SentenceId sourceSentence = source.sentences().get(0).id();
        Mapping sentenceCopy = mappingOfNomis(CourtSentencingSync.SENTENCE, sourceSentence.key());
        assertThat(world.dps.sentence(sentenceCopy.dpsId())).hasValueSatisfying(s -> {
            assertThat(s.courtCaseId()).isEqualTo(copy);
            assertThat(s.chargeLifetimeUuid()).isEqualTo(chargeCopy.dpsId());
        });
        Mapping termCopy = mappingOfNomis(CourtSentencingSync.TERM, new TermId(sourceSentence, 1).key());
        assertThat(world.dps.periodLength(termCopy.dpsId())).hasValueSatisfying(p -> {
            assertThat(p.sentenceUuid()).isEqualTo(sentenceCopy.dpsId());
            assertThat(p.periodYears()).isEqualTo(2);
        });
        // the live DPS records still point at the clone
        assertThat(world.nomisId(CourtSentencingSync.COURT_CASE, courtCase.courtCaseUuid()))
                .isEqualTo(Long.toString(clone.id()));
        assertThat(world.nomisId(CourtSentencingSync.SENTENCE, sentence.lifetimeUuid()))
                .isEqualTo(clone.sentences().get(0).id().key());

        List<Long> cloned = world.nomis.adjustments(clone.sentences().get(0).id());
        assertThat(cloned).singleElement().isNotEqualTo(sourceAdjustment);
        Map<String, LegacyAdjustment> inDps = world.adjustmentsDps.of(PRISONER);
        assertThat(inDps).as("the cloned adjustment, once").hasSize(1);
        Mapping adjustment = world.store.findByNomisId("SENTENCING_ADJUSTMENT",
                NomisAdjustmentId.sentence(cloned.get(0)).key()).orElseThrow();
        assertThat(adjustment.mappingType()).isEqualTo(MappingTypes.NOMIS_CREATED);
        assertThat(inDps).containsKey(adjustment.dpsId());
        assertThat(inDps.get(adjustment.dpsId())).satisfies(a -> {
            assertThat(a.bookingId()).isEqualTo(NEW_BOOKING);
            assertThat(a.sentenceSequence()).isEqualTo((int) clone.sentences().get(0).id().sentenceSequence());
            assertThat(a.adjustmentType()).isEqualTo("RX");
            assertThat(a.adjustmentDays()).isEqualTo(10);
        });

        assertThat(world.fromNomisDlqReasons()).isEmpty();
        assertThat(world.queues.messages(CourtSentencingWorld.QUEUE + "-dlq")).isEmpty();
        assertThat(world.queues.messages(CourtSentencingWorld.FROM_QUEUE)).isEmpty();
        // every copy's mapping names a record DPS holds
        for (String type : CourtSentencingSync.CLONED_TYPES) {
            for (Mapping m : world.store.findByPrisoner(type, PRISONER)) {
                assertThat(dpsHolds(type, m.dpsId())).as(type + " " + m.dpsId() + " in DPS").isTrue();
            }
        }
    }

    private boolean dpsHolds(String type, String uuid) {
        return switch (type) {
            case CourtSentencingSync.COURT_CASE -> world.dps.courtCase(uuid).isPresent();
            case CourtSentencingSync.APPEARANCE -> world.dps.appearance(uuid).isPresent();
            case CourtSentencingSync.CHARGE -> world.dps.charge(uuid).isPresent();
            case CourtSentencingSync.SENTENCE -> world.dps.sentence(uuid).isPresent();
            default -> world.dps.periodLength(uuid).isPresent();
        };
    }

    private Mapping mappingOfNomis(String type, String nomisId) {
        Mapping mapping = world.store.findByNomisId(type, nomisId).orElseThrow(() ->
                new AssertionError("no " + type + " mapping of NOMIS " + nomisId));
        assertThat(mapping.mappingType()).isEqualTo(MappingTypes.NOMIS_CREATED);
        return mapping;
    }

    private long bookingCreates() {
        return world.dps.writes().stream().filter(w -> w.call().equals("POST /legacy/court-case/booking")).count();
    }

    @Test
    void aCloneCompletesEndToEndOnTheQueues() {
        cloneTheCase();

        world.pumpFromNomis();

        assertCompleted();
        assertThat(bookingCreates()).isEqualTo(1);
        assertThat(world.telemetry.count(CaseBookingResync.NAME + "-success")).isEqualTo(1);
        assertThat(world.telemetry.count("sentence-adjustment-created-synchronisation-success")).isEqualTo(1);
        assertThat(world.telemetry.named(CaseBookingResync.NAME + "-success").get(0).properties())
                .containsEntry("duplicatesCreated", "1")
                .containsEntry("dpsCourtCaseIds", courtCase.courtCaseUuid())
                .containsEntry("fromBookingId", Long.toString(OLD_BOOKING))
                .containsEntry("toBookingId", Long.toString(NEW_BOOKING));
        // the court case reconciliation finds the prisoner consistent: the copy agrees with its orphan
        CourtCaseReconciliation reconciliation = new CourtCaseReconciliation(world.active, world.nomis, world.dps,
                world.store);
        assertThat(reconciliation.check(new ActivePrisoner(PRISONER, NEW_BOOKING),
                ReconciliationParameters.none())).isEmpty();
    }

    @Test
    void eachMessageDeliveredThreeTimesCompletesOnce() {
        cloneTheCase();
        InternalMessage booking = caseBookingMessage();
        InternalMessage adjustment = adjustmentMessage();
        world.queues.purge(CourtSentencingWorld.FROM_QUEUE);

        for (int i = 0; i < 3; i++) {
            assertThat(world.handleFromNomis(booking)).isInstanceOf(Disposition.Ack.class);
            assertThat(world.handleFromNomis(adjustment)).isInstanceOf(Disposition.Ack.class);
        }

        assertCompleted();
        assertThat(bookingCreates()).isEqualTo(1);
        assertThat(world.adjustmentsDpsFaults.calls("create")).isEqualTo(1);
        assertThat(world.telemetry.count(CaseBookingResync.NAME + "-success")).isEqualTo(3);
        assertThat(world.telemetry.count("sentence-adjustment-created-synchronisation-ignored")).isEqualTo(2);
    }

    @Test
    void twoConsumersAtOnceCopyTheOrphanOnce() {
        cloneTheCase();
        InternalMessage booking = caseBookingMessage();
        world.queues.purge(CourtSentencingWorld.FROM_QUEUE);
        AtomicReference<Disposition> second = new AtomicReference<>();
        // the second consumer takes the same message while the first is writing DPS's copy
        world.dpsFaults.beforeNext("createBookingCases", () -> second.set(world.handleFromNomis(booking)));

        assertThat(world.handleFromNomis(booking)).isInstanceOf(Disposition.Ack.class);

        assertThat(second.get()).isInstanceOf(Disposition.Retry.class);
        assertThat(world.telemetry.count(CaseBookingResync.NAME + "-awaiting-claim")).isEqualTo(1);
        assertThat(world.handleFromNomis(booking)).isInstanceOf(Disposition.Ack.class);
        assertThat(bookingCreates()).isEqualTo(1);
        assertThat(world.dps.duplicates(PRISONER)).hasSize(1);
    }

    @Test
    void twoConsumersAtOnceCreateTheClonedAdjustmentOnce() {
        cloneTheCase();
        InternalMessage adjustment = adjustmentMessage();
        InternalMessage booking = caseBookingMessage();
        world.queues.purge(CourtSentencingWorld.FROM_QUEUE);
        AtomicReference<Disposition> second = new AtomicReference<>();
        world.adjustmentsDpsFaults.beforeNext("create", () -> second.set(world.handleFromNomis(adjustment)));

        assertThat(world.handleFromNomis(adjustment)).isInstanceOf(Disposition.Ack.class);
        assertThat(second.get()).isInstanceOf(Disposition.Retry.class);
        assertThat(world.handleFromNomis(adjustment)).isInstanceOf(Disposition.Ack.class);
        assertThat(world.handleFromNomis(booking)).isInstanceOf(Disposition.Ack.class);

        assertCompleted();
        assertThat(world.adjustmentsDpsFaults.calls("create")).isEqualTo(1);
    }

    /** A fault at each step of the case booking message in turn: the message is retried and the clone completes. */
    @ParameterizedTest
    @ValueSource(strings = {"courtCase", "updateCourtCase", "createBookingCases", "courtCaseUuids", "caseState"})
    void aFaultAtAnyStepOfTheCaseBookingIsRetriedAndCompletesWithOneCopy(String step) {
        cloneTheCase();
        // the steps that run only on a retry of the copy need a first failure to reach them
        if (step.equals("courtCaseUuids") || step.equals("caseState")) {
            world.dpsFaults.fail("createBookingCases", 1, Fault.AFTER);
        }
        FaultyPort<?> port = step.equals("courtCase") ? world.nomisFaults : world.dpsFaults;
        port.fail(step, 2, Fault.BEFORE);

        world.pumpFromNomis();

        assertCompleted();
        assertThat(world.telemetry.count(CaseBookingResync.NAME + "-failed")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aCopyWhoseAnswerWasLostIsReplacedNotDoubled() {
        cloneTheCase();
        world.dpsFaults.fail("createBookingCases", 2, Fault.AFTER);

        world.pumpFromNomis();

        assertCompleted();
        assertThat(bookingCreates()).isEqualTo(3);
        assertThat(world.dps.writes().stream().filter(w -> w.call().startsWith("DELETE"))).hasSize(2);
    }

    @Test
    void aMappingSaveThatFailsMidwayIsRetriedAndCompletesWithOneCopy() {
        cloneTheCase();
        AtomicInteger left = new AtomicInteger(1);
        // the orphan's case mapping is saved last: its children's are saved, then the store fails
        world.mappings.failSave = m -> m.entityType().equals(CourtSentencingSync.COURT_CASE)
                && MappingTypes.NOMIS_CREATED.equals(m.mappingType()) && left.getAndDecrement() > 0;

        world.pumpFromNomis();

        assertThat(world.mappings.failures).isEqualTo(1);
        assertCompleted();
        assertThat(bookingCreates()).isEqualTo(2);
    }

    /** A fault at each step of the adjustment message in turn: it is retried and the adjustment is created once. */
    @ParameterizedTest
    @ValueSource(strings = {"find", "create-before", "create-after", "mapping"})
    void aFaultAtAnyStepOfTheClonedAdjustmentIsRetriedAndCreatesItOnce(String step) {
        cloneTheCase();
        switch (step) {
            case "find" -> world.adjustmentsNomisFaults.fail("find", 2, Fault.BEFORE);
            case "create-before" -> world.adjustmentsDpsFaults.fail("create", 2, Fault.BEFORE);
            case "create-after" -> world.adjustmentsDpsFaults.fail("create", 1, Fault.AFTER);
            default -> {
                AtomicInteger left = new AtomicInteger(1);
                world.mappings.failSave = m -> m.entityType().equals("SENTENCING_ADJUSTMENT")
                        && left.getAndDecrement() > 0;
            }
        }

        world.pumpFromNomis();

        assertCompleted();
        // a lost answer's copy is adopted on the retry, never created again
        assertThat(world.adjustmentsDpsFaults.calls("create")).isEqualTo(1);
    }

    @Test
    void aCaseBookingBeforeTheMappingSwitchWaitsForIt() {
        LegacyCourtAppearance second = world.appearance(courtCase, LocalDate.of(2026, 3, 1), charge);
        world.handle(event(CourtSentencingSync.APPEARANCE_INSERTED, PRISONER, ids(
                "courtCaseId", courtCase.courtCaseUuid(), "courtAppearanceId", second.lifetimeUuid())));
        NomisCourtCase clone = world.nomis.courtCases(PRISONER).stream().filter(c -> c.bookingId() == NEW_BOOKING)
                .findFirst().orElseThrow();
        // the message a clone sends, delivered before the to-NOMIS side has switched the mappings
        InternalMessage early = new InternalMessage(CourtSentencingSync.RESYNC_CASE_BOOKING, caseBooking(
                clone.id(), source.id()));

        assertThat(world.handleFromNomis(early)).isInstanceOf(Disposition.Retry.class);
        assertThat(world.telemetry.count(CaseBookingResync.NAME + "-awaiting-mapping")).isEqualTo(1);
        assertThat(world.dps.duplicates(PRISONER)).isEmpty();

        world.pump();
        world.pumpFromNomis();
        assertThat(world.handleFromNomis(early)).isInstanceOf(Disposition.Ack.class);
        assertCompleted();
    }

    @Test
    void theResendRepairCompletesACloneWhoseMessagesWereLostAndChangesNothingOnceComplete() {
        cloneTheCase();
        InternalMessage adjustment = adjustmentMessage();
        world.queues.purge(CourtSentencingWorld.FROM_QUEUE); // lost
        world.handleFromNomis(adjustment);
        assertThat(world.dps.duplicates(PRISONER)).isEmpty();

        RepairReport dryRun = world.repairs().resendCaseBooking(PRISONER, null, true);
        assertThat(dryRun.actions()).singleElement().asString()
                .startsWith("send " + CourtSentencingSync.RESYNC_CASE_BOOKING);
        assertThat(world.queues.messages(CourtSentencingWorld.FROM_QUEUE)).isEmpty();
        assertThat(world.repairs().resendCaseBooking(PRISONER, null, false).succeeded()).isTrue();
        world.pumpFromNomis();

        assertCompleted();
        // once complete, a resend is still safe: the rebook is done again, the orphan keeps its one copy
        assertThat(world.repairs().resendCaseBooking(PRISONER, courtCase.courtCaseUuid(), false).succeeded())
                .isTrue();
        world.pumpFromNomis();
        assertCompleted();
        assertThat(bookingCreates()).isEqualTo(1);
    }

    @Test
    void aMessageNamingACaseNomisDoesNotHoldIsDeadLetteredWithTheReason() {
        cloneTheCase();

        Disposition result = world.handleFromNomis(new InternalMessage(CourtSentencingSync.RESYNC_CASE_BOOKING,
                caseBooking(987_654_321L, source.id())));

        assertThat(result).isInstanceOfSatisfying(Disposition.DeadLetter.class, d ->
                assertThat(d.reason()).contains("NOMIS has no case 987654321 (the clone)"));
    }

    @Test
    void aClonedAdjustmentNomisNoLongerHasIsSkippedAndOneOfAnotherSentenceRefused() {
        cloneTheCase();
        InternalMessage adjustment = adjustmentMessage();
        Map<String, Object> otherSentence = new LinkedHashMap<>(adjustment.payload());
        otherSentence.put("sentenceId", Map.of("offenderBookingId", NEW_BOOKING, "sentenceSequence", 99));
        assertThat(world.handleFromNomis(new InternalMessage(CourtSentencingSync.RESYNC_SENTENCE_ADJUSTMENTS,
                otherSentence))).isInstanceOfSatisfying(Disposition.DeadLetter.class, d ->
                assertThat(d.reason()).contains("sentence 99"));

        long id = ((Number) adjustment.payload().get("adjustmentId")).longValue();
        world.adjustmentsNomis.delete(NomisAdjustmentId.sentence(id));
        assertThat(world.handleFromNomis(adjustment)).isInstanceOf(Disposition.Ack.class);
        assertThat(world.telemetry.count("sentence-adjustment-hidden-or-deleted-synchronisation-skipped"))
                .isEqualTo(1);
        assertThat(world.adjustmentsDps.count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "digits", "missing", "caseIds", "self", "twice", "booking", "prisoner",
            "tooMany", "notAList"})
    void aCaseBookingMessageThatIsNotOneIsDeadLetteredAtOnceWithTheReason(String fault) {
        Map<String, Object> p = caseBooking(22, 11);
        String naming = switch (fault) {
            case "unknown" -> {
                p.put("cases", List.of());
                yield "unknown field 'cases'";
            }
            case "digits" -> {
                p.put("fromBookingId", "５００１");
                yield "fromBookingId";
            }
            case "missing" -> {
                p.remove("toBookingId");
                yield "missing field 'toBookingId'";
            }
            case "caseIds" -> {
                p.put("caseIds", List.of(23));
                yield "field 'caseIds'";
            }
            case "self" -> {
                p.put("casesMoved", List.of(Map.of("caseId", 22, "clonedCaseId", 22)));
                p.put("caseIds", List.of(22));
                yield "with itself";
            }
            case "twice" -> {
                p.put("casesMoved", List.of(Map.of("caseId", 11, "clonedCaseId", 22),
                        Map.of("caseId", 11, "clonedCaseId", 33)));
                p.put("caseIds", List.of(22, 33));
                yield "names case 11 twice";
            }
            case "booking" -> {
                p.put("toBookingId", OLD_BOOKING);
                yield "are both " + OLD_BOOKING;
            }
            case "prisoner" -> {
                p.put("offenderNo", "A1234B");
                yield "offenderNo";
            }
            case "tooMany" -> {
                List<Object> many = new ArrayList<>();
                for (int i = 1; i <= ResyncMessages.MAX_CASES + 1; i++) {
                    many.add(Map.of("caseId", i, "clonedCaseId", 1000 + i));
                }
                p.put("casesMoved", many);
                yield "at most " + ResyncMessages.MAX_CASES;
            }
            default -> {
                p.put("casesMoved", "11:22");
                yield "field 'casesMoved' is not a list";
            }
        };

        Disposition result = world.handleFromNomis(new InternalMessage(CourtSentencingSync.RESYNC_CASE_BOOKING, p));

        assertThat(result).isInstanceOfSatisfying(Disposition.DeadLetter.class, d ->
                assertThat(d.reason()).contains(naming));
        assertThat(world.dps.writes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "nested", "negative", "text", "missing"})
    void anAdjustmentMessageThatIsNotOneIsDeadLetteredAtOnceWithTheReason(String fault) {
        Map<String, Object> p = new LinkedHashMap<>(Map.of("offenderNo", PRISONER, "adjustmentId", 77,
                "sentenceId", Map.of("offenderBookingId", NEW_BOOKING, "sentenceSequence", 1)));
        String naming = switch (fault) {
            case "unknown" -> {
                p.put("sentences", List.of());
                yield "unknown field 'sentences'";
            }
            case "nested" -> {
                p.put("sentenceId", Map.of("offenderBookingId", NEW_BOOKING, "sentenceSeq", 1));
                yield "unknown field 'sentenceId.sentenceSeq'";
            }
            case "negative" -> {
                p.put("adjustmentId", -77);
                yield "adjustmentId";
            }
            case "text" -> {
                p.put("sentenceId", "5002:1");
                yield "field 'sentenceId' is not an object";
            }
            default -> {
                p.remove("adjustmentId");
                yield "missing field 'adjustmentId'";
            }
        };

        Disposition result = world.handleFromNomis(new InternalMessage(
                CourtSentencingSync.RESYNC_SENTENCE_ADJUSTMENTS, p));

        assertThat(result).isInstanceOfSatisfying(Disposition.DeadLetter.class, d ->
                assertThat(d.reason()).contains(naming));
        assertThat(world.adjustmentsDps.count()).isZero();
    }

    @Test
    void withoutTheAdjustmentsDomainAClonedAdjustmentIsDeadLetteredSayingSo() {
        cloneTheCase();
        var alone = org.prisonsync.core.engine.PrisonSyncCore.builder(new org.prisonsync.core.kit.SharedPorts(
                        world.store, world.claims, world.queues, world.queues, world.telemetry, world.clock))
                .domain(new CourtSentencingDomain(world.nomis, world.dps, world.active))
                .queues(world.queues.queues()).build();

        Disposition result = alone.processor().handle(new org.prisonsync.core.message.InboundMessage(
                CourtSentencingWorld.FROM_QUEUE, "m-1", 1, adjustmentMessage(), "{}", Map.of()));

        assertThat(result).isInstanceOfSatisfying(Disposition.DeadLetter.class, d ->
                assertThat(d.reason()).contains("no installed domain creates NOMIS sentence adjustments"));
        assertThat(world.adjustmentsDps.count()).isZero();
    }

    /** The case booking message's payload as a clone's completion writes it. */
    private static Map<String, Object> caseBooking(long clonedCaseId, long sourceCaseId) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("offenderNo", PRISONER);
        p.put("caseIds", List.of(clonedCaseId));
        p.put("fromBookingId", OLD_BOOKING);
        p.put("toBookingId", NEW_BOOKING);
        p.put("casesMoved", List.of(Map.of("caseId", sourceCaseId, "clonedCaseId", clonedCaseId)));
        return p;
    }
}
