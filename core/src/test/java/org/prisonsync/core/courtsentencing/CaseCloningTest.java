package org.prisonsync.core.courtsentencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prisonsync.core.courtsentencing.CourtSentencingWorld.event;
import static org.prisonsync.core.courtsentencing.CourtSentencingWorld.ids;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCharge;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtAppearance;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtCase;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyPeriodLength;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyRecall;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacySentence;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.repair.RepairReport;

/**
 * Seed 000's case cloning: an appearance (or a recall) on a case of an earlier booking makes NOMIS clone the case
 * onto the latest; the sync then moves every mapping to the clone and only then sends the resync messages. A fault
 * at each step in turn (the mapping update, each send) still completes on retry; a clone whose messages were lost is
 * recovered by the repairs.
 */
class CaseCloningTest {
    private static final String PRISONER = "A1234BC";
    private static final long OLD_BOOKING = 5001;
    private static final long NEW_BOOKING = 5002;
    private final CourtSentencingWorld world = new CourtSentencingWorld();

    private LegacyCourtCase courtCase;
    private LegacyCourtAppearance first;
    private LegacyCharge charge;
    private LegacySentence sentence;
    private LegacyPeriodLength term;
    private NomisCourtCase source;
    private long adjustment;

    /** A sentenced case synchronised on the old booking (with a remand adjustment in NOMIS), then a new booking. */
    CaseCloningTest() {
        CourtSentencingWorld.SentencedCase start = world.sentencedCaseThenNewBooking(PRISONER, OLD_BOOKING, NEW_BOOKING);
        courtCase = start.courtCase();
        charge = start.charge();
        first = start.first();
        sentence = start.sentence();
        term = start.term();
        source = start.source();
        adjustment = start.adjustment();
    }

    private NomisCourtCase nomisCase() {
        return world.nomis.courtCase(PRISONER, Long.parseLong(world.nomisId(CourtSentencingSync.COURT_CASE,
                courtCase.courtCaseUuid()))).orElseThrow();
    }

    private LegacyCourtAppearance addAppearance() {
        LegacyCourtAppearance second = world.appearance(courtCase, LocalDate.of(2026, 3, 1), charge);
        Disposition result = world.handle(event(CourtSentencingSync.APPEARANCE_INSERTED, PRISONER, ids(
                "courtCaseId", courtCase.courtCaseUuid(), "courtAppearanceId", second.lifetimeUuid())));
        assertThat(result).isInstanceOf(Disposition.Ack.class);
        return second;
    }

    /** Everything DPS knows now points at the clone, and the resync messages went once each. */
    private void assertCompleted(LegacyCourtAppearance second) {
        NomisCourtCase clone = nomisCase();
        assertThat(clone.id()).isNotEqualTo(source.id());
        assertThat(clone.bookingId()).isEqualTo(NEW_BOOKING);
        assertThat(clone.courtEvents()).hasSize(2);
        assertThat(world.nomisId(CourtSentencingSync.APPEARANCE, first.lifetimeUuid()))
                .isEqualTo(Long.toString(clone.courtEvents().get(0).id()));
        assertThat(world.nomisId(CourtSentencingSync.APPEARANCE, second.lifetimeUuid()))
                .isEqualTo(Long.toString(clone.courtEvents().get(1).id()));
        assertThat(world.nomisId(CourtSentencingSync.CHARGE, charge.lifetimeUuid()))
                .isEqualTo(Long.toString(clone.offenderCharges().get(0).id()));
        SentenceId clonedSentence = clone.sentences().get(0).id();
        assertThat(clonedSentence.offenderBookingId()).isEqualTo(NEW_BOOKING);
        assertThat(world.nomisId(CourtSentencingSync.SENTENCE, sentence.lifetimeUuid()))
                .isEqualTo(clonedSentence.key());
        assertThat(world.nomisId(CourtSentencingSync.TERM, term.periodLengthUuid()))
                .isEqualTo(new TermId(clonedSentence, 1).key());
        // the source is an orphan now: no DPS record maps to it
        assertThat(world.store.findByNomisId(CourtSentencingSync.COURT_CASE, Long.toString(source.id()))).isEmpty();

        List<InternalMessage> booking = world.sentToFromNomis(CourtSentencingSync.RESYNC_CASE_BOOKING);
        assertThat(booking).isNotEmpty().allSatisfy(m -> {
            assertThat(m.payload()).containsEntry("offenderNo", PRISONER).containsEntry("caseIds",
                    List.of(clone.id())).containsEntry("fromBookingId", OLD_BOOKING)
                    .containsEntry("toBookingId", NEW_BOOKING);
            assertThat(m.payload().get("casesMoved")).isEqualTo(List.of(Map.of("caseId", source.id(),
                    "clonedCaseId", clone.id())));
        });
        List<Long> clonedAdjustments = world.nomis.adjustments(clonedSentence);
        assertThat(clonedAdjustments).singleElement().isNotEqualTo(adjustment);
        assertThat(world.sentToFromNomis(CourtSentencingSync.RESYNC_SENTENCE_ADJUSTMENTS)).isNotEmpty()
                .allSatisfy(m -> assertThat(m.payload()).containsEntry("adjustmentId", clonedAdjustments.get(0))
                        .containsEntry("sentenceId", Map.of("offenderBookingId", NEW_BOOKING,
                                "sentenceSequence", clonedSentence.sentenceSequence())));
        assertThat(world.queues.messages(CourtSentencingWorld.QUEUE + "-dlq")).isEmpty();
    }

    /**
     * The messages consumed (however many times a retry sent them): the DPS case rebooked, the orphan copied into DPS
     * once as a DUPLICATE, the cloned adjustment created in DPS once.
     */
    private void assertCompletedFromNomis() {
        world.pumpFromNomis();
        assertThat(world.dps.booking(courtCase.courtCaseUuid())).contains(NEW_BOOKING);
        assertThat(world.dps.duplicates(PRISONER)).singleElement().isEqualTo(world.store.findByNomisId(
                CourtSentencingSync.COURT_CASE, Long.toString(source.id())).orElseThrow().dpsId());
        assertThat(world.adjustmentsDps.count()).isEqualTo(1);
        assertThat(world.fromNomisDlqReasons()).isEmpty();
    }

    @Test
    void anAppearanceOnAnEarlierBookingsCaseMovesEveryMappingToTheCloneThenSendsTheResyncsOnce() {
        LegacyCourtAppearance second = addAppearance();
        world.pump();

        assertCompleted(second);
        assertThat(world.sentToFromNomis(CourtSentencingSync.RESYNC_CASE_BOOKING)).hasSize(1);
        assertThat(world.sentToFromNomis(CourtSentencingSync.RESYNC_SENTENCE_ADJUSTMENTS)).hasSize(1);
        assertThat(world.telemetry.count("court-appearance-create-cases-cloned")).isEqualTo(1);
        assertThat(world.telemetry.count("court-case-clone-success")).isEqualTo(1);
        assertCompletedFromNomis();
    }

    @Test
    void aMappingUpdateThatFailsIsRetriedAndCompletes() {
        AtomicInteger left = new AtomicInteger(2);
        world.mappings.failSave = m -> m.entityType().equals(CourtSentencingSync.SENTENCE)
                && left.getAndDecrement() > 0;
        LegacyCourtAppearance second = addAppearance();
        world.pump();

        assertThat(world.mappings.failures).isEqualTo(2);
        assertCompleted(second);
        assertThat(world.telemetry.count("court-case-clone-failed")).isEqualTo(2);
        assertCompletedFromNomis();
    }

    @Test
    void aCaseBookingSendThatFailsIsRetriedAndCompletes() {
        failSends(CourtSentencingSync.RESYNC_CASE_BOOKING, 2);
        LegacyCourtAppearance second = addAppearance();
        world.pump();

        assertCompleted(second);
        assertThat(world.sentToFromNomis(CourtSentencingSync.RESYNC_SENTENCE_ADJUSTMENTS)).hasSize(1);
        assertCompletedFromNomis();
    }

    @Test
    void anAdjustmentSendThatFailsIsRetriedAndCompletes() {
        failSends(CourtSentencingSync.RESYNC_SENTENCE_ADJUSTMENTS, 2);
        LegacyCourtAppearance second = addAppearance();
        world.pump();

        assertCompleted(second);
        // the case booking message went again with each retry: its receiver converges
        assertThat(world.sentToFromNomis(CourtSentencingSync.RESYNC_CASE_BOOKING)).hasSize(3);
        assertCompletedFromNomis();
    }

    @Test
    void aResolvedPlanThatCannotBeQueuedIsRetriedAndCompletes() {
        AtomicInteger left = new AtomicInteger(2);
        world.queue.failSend = m -> m instanceof InternalMessage i && i.type().equals(CourtSentencingSync.CASES_CLONED)
                && "true".equals(i.payload().get("resolved")) && left.getAndDecrement() > 0;
        LegacyCourtAppearance second = addAppearance();
        world.pump();

        assertCompleted(second);
        assertCompletedFromNomis();
    }

    @Test
    void aCloneWhoseMessagesWereLostIsRecoveredByTheRepairsAfterADryRunThatChangesNothing() {
        failSends(CourtSentencingSync.CASES_CLONED, CloneCompletion.SEND_ATTEMPTS);
        LegacyCourtAppearance second = addAppearance();
        world.pump();
        assertThat(world.telemetry.count("send-message-" + CourtSentencingSync.CASES_CLONED + "-failed"))
                .isEqualTo(1);
        // DPS still points at the source case, but for the new appearance
        assertThat(world.nomisId(CourtSentencingSync.COURT_CASE, courtCase.courtCaseUuid()))
                .isEqualTo(Long.toString(source.id()));

        RepairReport dryRun = world.repairs().redoClone(PRISONER, courtCase.courtCaseUuid(), true);
        assertThat(dryRun.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(dryRun.actions()).anySatisfy(a -> assertThat(a).startsWith("map COURT_CASE"))
                .anySatisfy(a -> assertThat(a).startsWith("send " + CourtSentencingSync.RESYNC_CASE_BOOKING));
        assertThat(world.nomisId(CourtSentencingSync.COURT_CASE, courtCase.courtCaseUuid()))
                .isEqualTo(Long.toString(source.id()));
        assertThat(world.sentToFromNomis(CourtSentencingSync.RESYNC_CASE_BOOKING)).isEmpty();

        RepairReport repaired = world.repairs().redoClone(PRISONER, courtCase.courtCaseUuid(), false);

        assertThat(repaired.succeeded()).isTrue();
        NomisCourtCase clone = nomisCase();
        assertThat(clone.bookingId()).isEqualTo(NEW_BOOKING);
        assertThat(world.nomisId(CourtSentencingSync.SENTENCE, sentence.lifetimeUuid()))
                .isEqualTo(clone.sentences().get(0).id().key());
        assertThat(world.sentToFromNomis(CourtSentencingSync.RESYNC_CASE_BOOKING)).hasSize(1);
        assertThat(world.repairs().redoClone(PRISONER, courtCase.courtCaseUuid(), false).status())
                .isEqualTo(RepairReport.Status.NOTHING_TO_DO);

        // and the case booking message can be sent again for the prisoner, from what NOMIS holds
        assertThat(world.repairs().resendCaseBooking(PRISONER, null, true).actions()).hasSize(1);
        assertThat(world.sentToFromNomis(CourtSentencingSync.RESYNC_CASE_BOOKING)).hasSize(1);
        RepairReport resent = world.repairs().resendCaseBooking(PRISONER, courtCase.courtCaseUuid(), false);
        assertThat(resent.succeeded()).isTrue();
        assertThat(world.sentToFromNomis(CourtSentencingSync.RESYNC_CASE_BOOKING)).hasSize(2)
                .allSatisfy(m -> assertThat(m.payload()).containsEntry("caseIds", List.of(clone.id())));

        // both messages consumed: the clone complete from NOMIS's side, its orphan copied into DPS once
        world.pumpFromNomis();
        assertThat(world.dps.booking(courtCase.courtCaseUuid())).contains(NEW_BOOKING);
        assertThat(world.dps.duplicates(PRISONER)).singleElement().isEqualTo(world.store.findByNomisId(
                CourtSentencingSync.COURT_CASE, Long.toString(source.id())).orElseThrow().dpsId());
        assertThat(world.fromNomisDlqReasons()).isEmpty();
    }

    @Test
    void aRecallOfASentenceOnAnEarlierBookingClonesItsCaseAndCompletes() {
        String recallId = CourtSentencingWorld.uuid();
        world.dps.put(new LegacyRecall(recallId, PRISONER, null, LocalDate.of(2026, 2, 27),
                List.of(sentence.lifetimeUuid()), "LR", "OFFICER_A"));

        world.thrice(event(CourtSentencingSync.RECALL_INSERTED, PRISONER, ids("recallId", recallId)));
        world.pump();

        NomisCourtCase clone = nomisCase();
        assertThat(clone.bookingId()).isEqualTo(NEW_BOOKING);
        SentenceId cloned = SentenceId.parseKey(world.nomisId(CourtSentencingSync.SENTENCE,
                sentence.lifetimeUuid())).orElseThrow();
        assertThat(cloned.offenderBookingId()).isEqualTo(NEW_BOOKING);
        assertThat(world.nomis.recalled(cloned)).contains(LocalDate.of(2026, 2, 27));
        assertThat(world.nomis.recalled(source.sentences().get(0).id())).isEmpty();
        assertThat(world.sentToFromNomis(CourtSentencingSync.RESYNC_CASE_BOOKING)).hasSize(1);
        assertThat(world.telemetry.count("recall-create-cases-cloned")).isEqualTo(1);
        assertCompletedFromNomis();
    }

    @Test
    void aPlanThatIsNotOneIsDeadLetteredWithTheReason() {
        Disposition result = world.handle(new InternalMessage(CourtSentencingSync.CASES_CLONED,
                Map.of("offenderNo", "nobody")));

        assertThat(result).isInstanceOfSatisfying(Disposition.DeadLetter.class,
                d -> assertThat(d.reason()).contains("offenderNo"));
    }

    private void failSends(String type, int times) {
        AtomicInteger left = new AtomicInteger(times);
        Predicate<Envelope> failing = m -> m instanceof InternalMessage i && i.type().equals(type)
                && left.getAndDecrement() > 0;
        world.queue.failSend = failing;
    }
}
