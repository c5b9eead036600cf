package org.prisonsync.core.courtsentencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.AppearanceRequest;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.ChargeRequest;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.CourtCaseRequest;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.EventCharge;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.RecallRequest;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.RecallSentence;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.ReturnToCustody;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.SentenceRequest;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.TermRequest;

/**
 * The {@link CourtSentencingNomisApi} contract, for the in-memory twin and every adapter. Implementations may keep
 * state across tests, so each test uses a prisoner and bookings of its own, made known through the
 * implementation's own means ({@link #admit}).
 */
public abstract class CourtSentencingNomisApiContract {
    private static final AtomicLong BOOKINGS = new AtomicLong(8_000_000);
    private static final AtomicLong PRISONERS = new AtomicLong(2000);

    protected abstract CourtSentencingNomisApi api();

    /** The booking becomes the prisoner's latest. */
    protected abstract void admit(String offenderNo, long bookingId);

    private String prisoner;
    private long booking;

    private void newPrisoner() {
        booking = BOOKINGS.incrementAndGet();
        prisoner = String.format("D%04dXY", PRISONERS.incrementAndGet() % 10000);
        admit(prisoner, booking);
    }

    private static CourtCaseRequest courtCase() {
        return new CourtCaseRequest(LocalDate.of(2026, 1, 10), "A", "LEEDCC", "A", "T2026001");
    }

    private static AppearanceRequest appearance(LocalDate date, List<EventCharge> charges) {
        return new AppearanceRequest(date.atTime(10, 0), "CRT", "LEEDCC", "4531",
                LocalDateTime.of(2026, 4, 1, 10, 0), charges, "LEEDCC", "first hearing");
    }

    private static ChargeRequest charge(String offence) {
        return new ChargeRequest(offence, LocalDate.of(2025, 12, 1), null, "1002");
    }

    private static SentenceRequest sentence(long eventId, long chargeId, String calc) {
        return new SentenceRequest(LocalDate.of(2026, 2, 1), "A", "2020", calc, "IND", new BigDecimal("10.50"),
                List.of(chargeId), null, eventId);
    }

    @Test
    void aCaseIsCreatedReadUpdatedAndDeletedOnce() {
        newPrisoner();

        long id = api().createCourtCase(prisoner, courtCase());

        NomisCourtCase read = api().courtCase(prisoner, id).orElseThrow();
        assertThat(read.bookingId()).isEqualTo(booking);
        assertThat(read.courtId()).isEqualTo("LEEDCC");
        assertThat(read.beginDate()).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(read.primaryCaseInfoNumber()).isEqualTo("T2026001");
        assertThat(read.caseStatus()).isEqualTo("A");
        assertThat(api().courtCases(prisoner)).extracting(NomisCourtCase::id).containsExactly(id);

        api().updateCourtCase(prisoner, id, "I");
        assertThat(api().courtCase(prisoner, id).orElseThrow().caseStatus()).isEqualTo("I");

        api().deleteCourtCase(prisoner, id);
        api().deleteCourtCase(prisoner, id);
        assertThat(api().courtCase(prisoner, id)).isEmpty();
        assertThatThrownBy(() -> api().updateCourtCase(prisoner, id, "A"))
                .isInstanceOfSatisfying(UpstreamRejected.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void appearancesAndChargesAreWrittenOnTheCaseAndTheChargeIsUpsertedOnItsEvent() {
        newPrisoner();
        long caseId = api().createCourtCase(prisoner, courtCase());
        long chargeId = api().createCharge(prisoner, caseId, charge("TH68010"));

        CourtSentencingNomisApi.CreatedAppearance created = api().createAppearance(prisoner, caseId,
                appearance(LocalDate.of(2026, 2, 1), List.of(new EventCharge(chargeId, "1002"))));

        assertThat(created.clonedCourtCases().isEmpty()).isTrue();
        NomisCourtCase.Event event = api().courtCase(prisoner, caseId).orElseThrow().event(created.id())
                .orElseThrow();
        assertThat(event.eventDateTime()).isEqualTo(LocalDateTime.of(2026, 2, 1, 10, 0));
        assertThat(event.courtEventType()).isEqualTo("CRT");
        assertThat(event.outcomeReasonCode()).isEqualTo("4531");
        assertThat(event.charges()).containsExactly(new EventCharge(chargeId, "1002"));

        api().updateCharge(prisoner, caseId, created.id(), chargeId, new ChargeRequest("TH68011",
                LocalDate.of(2025, 12, 2), null, "1081"));
        api().updateCharge(prisoner, caseId, created.id(), chargeId, new ChargeRequest("TH68011",
                LocalDate.of(2025, 12, 2), null, "1081"));
        NomisCourtCase read = api().courtCase(prisoner, caseId).orElseThrow();
        assertThat(read.charge(chargeId).orElseThrow().offenceCode()).isEqualTo("TH68011");
        assertThat(read.event(created.id()).orElseThrow().charges())
                .containsExactly(new EventCharge(chargeId, "1081"));

        api().updateAppearance(prisoner, caseId, created.id(), appearance(LocalDate.of(2026, 2, 2), List.of()));
        assertThat(api().courtCase(prisoner, caseId).orElseThrow().event(created.id()).orElseThrow()
                .eventDateTime()).isEqualTo(LocalDateTime.of(2026, 2, 2, 10, 0));

        api().deleteAppearance(prisoner, caseId, created.id());
        api().deleteAppearance(prisoner, caseId, created.id());
        assertThat(api().courtCase(prisoner, caseId).orElseThrow().courtEvents()).isEmpty();
    }

    @Test
    void sentencesAndTheirTermsAreCreatedUpdatedAndDeleted() {
        newPrisoner();
        long caseId = api().createCourtCase(prisoner, courtCase());
        long chargeId = api().createCharge(prisoner, caseId, charge("TH68010"));
        long eventId = api().createAppearance(prisoner, caseId, appearance(LocalDate.of(2026, 2, 1),
                List.of(new EventCharge(chargeId, "1002")))).id();

        SentenceId sentence = api().createSentence(prisoner, caseId, sentence(eventId, chargeId, "ADIMP"));
        TermId term = api().createTerm(prisoner, caseId, sentence.sentenceSequence(),
                new TermRequest(2, 6, null, null, "IMP", false));

        assertThat(sentence.offenderBookingId()).isEqualTo(booking);
        assertThat(term.sentence()).isEqualTo(sentence);
        NomisCourtCase.Sentence read = api().courtCase(prisoner, caseId).orElseThrow()
                .sentence(sentence.sentenceSequence()).orElseThrow();
        assertThat(read.calculationType()).isEqualTo("ADIMP");
        assertThat(read.category()).isEqualTo("2020");
        assertThat(read.startDate()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(read.chargeIds()).containsExactly(chargeId);
        assertThat(read.term(term.termSequence()).orElseThrow())
                .isEqualTo(new NomisCourtCase.Term(term.termSequence(), "IMP", 2, 6, null, null, false));

        api().updateSentence(prisoner, caseId, sentence.sentenceSequence(), sentence(eventId, chargeId, "FTR_ORA"));
        api().updateTerm(prisoner, caseId, sentence.sentenceSequence(), term.termSequence(),
                new TermRequest(3, null, null, null, "IMP", false));
        read = api().courtCase(prisoner, caseId).orElseThrow().sentence(sentence.sentenceSequence()).orElseThrow();
        assertThat(read.calculationType()).isEqualTo("FTR_ORA");
        assertThat(read.term(term.termSequence()).orElseThrow().years()).isEqualTo(3);

        api().deleteTerm(prisoner, caseId, sentence.sentenceSequence(), term.termSequence());
        api().deleteTerm(prisoner, caseId, sentence.sentenceSequence(), term.termSequence());
        assertThat(api().courtCase(prisoner, caseId).orElseThrow().sentence(sentence.sentenceSequence())
                .orElseThrow().terms()).isEmpty();
        api().deleteSentence(prisoner, caseId, sentence.sentenceSequence());
        api().deleteSentence(prisoner, caseId, sentence.sentenceSequence());
        assertThat(api().courtCase(prisoner, caseId).orElseThrow().sentences()).isEmpty();
    }

    @Test
    void anAppearanceOnACaseOfAnEarlierBookingIsMadeOnAClonedCaseAnsweredWithItsSource() {
        newPrisoner();
        long caseId = api().createCourtCase(prisoner, courtCase());
        long chargeId = api().createCharge(prisoner, caseId, charge("TH68010"));
        long eventId = api().createAppearance(prisoner, caseId, appearance(LocalDate.of(2025, 6, 1),
                List.of(new EventCharge(chargeId, "1002")))).id();
        SentenceId sentence = api().createSentence(prisoner, caseId, sentence(eventId, chargeId, "ADIMP"));
        long latest = BOOKINGS.incrementAndGet();
        admit(prisoner, latest);

        CourtSentencingNomisApi.CreatedAppearance created = api().createAppearance(prisoner, caseId,
                appearance(LocalDate.of(2026, 3, 1), List.of(new EventCharge(chargeId, "1002"))));

        CaseClones.Cloned cloned = created.clonedCourtCases().courtCases().get(0);
        assertThat(created.clonedCourtCases().courtCases()).hasSize(1);
        assertThat(cloned.sourceCourtCase().id()).isEqualTo(caseId);
        assertThat(cloned.sourceCourtCase().courtEvents()).hasSize(1);
        NomisCourtCase clone = cloned.courtCase();
        assertThat(clone.id()).isNotEqualTo(caseId);
        assertThat(clone.bookingId()).isEqualTo(latest);
        assertThat(clone.courtEvents()).hasSize(2);
        assertThat(clone.courtEvents().get(1).id()).isEqualTo(created.id());
        long clonedCharge = clone.offenderCharges().get(0).id();
        assertThat(clonedCharge).isNotEqualTo(chargeId);
        assertThat(clone.courtEvents().get(1).charges()).containsExactly(new EventCharge(clonedCharge, "1002"));
        assertThat(clone.sentences()).singleElement().satisfies(s -> {
            assertThat(s.id().offenderBookingId()).isEqualTo(latest);
            assertThat(s.chargeIds()).containsExactly(clonedCharge);
        });
        assertThat(api().courtCase(prisoner, caseId).orElseThrow().courtEvents()).hasSize(1);
        assertThat(api().courtCases(prisoner)).hasSize(2);
        assertThat(api().cloneCase(prisoner, clone.id()).isEmpty()).isTrue();
        assertThat(sentence.offenderBookingId()).isEqualTo(booking);
    }

    @Test
    void aRecallIsConvertedUpdatedAndRestored() {
        newPrisoner();
        long caseId = api().createCourtCase(prisoner, courtCase());
        long chargeId = api().createCharge(prisoner, caseId, charge("TH68010"));
        long eventId = api().createAppearance(prisoner, caseId, appearance(LocalDate.of(2026, 2, 1),
                List.of(new EventCharge(chargeId, "1002")))).id();
        SentenceId sentence = api().createSentence(prisoner, caseId, sentence(eventId, chargeId, "ADIMP"));
        List<RecallSentence> sentences = List.of(new RecallSentence(sentence, "2020", "ADIMP", true));

        CourtSentencingNomisApi.RecallResult recall = api().convertToRecall(prisoner, new RecallRequest(sentences,
                new ReturnToCustody(LocalDate.of(2026, 3, 1), "OFFICER_A", 14), LocalDate.of(2026, 2, 27)));

        assertThat(recall.clonedCourtCases().isEmpty()).isTrue();
        assertThat(recall.courtEventIds()).hasSize(1);
        assertThat(api().courtCase(prisoner, caseId).orElseThrow().event(recall.courtEventIds().get(0)))
                .isPresent();
        api().updateRecall(prisoner, new RecallRequest(sentences, null, LocalDate.of(2026, 2, 25)),
                recall.courtEventIds());
        api().deleteRecall(prisoner, sentences, recall.courtEventIds());
        assertThat(api().courtCase(prisoner, caseId).orElseThrow().event(recall.courtEventIds().get(0))).isEmpty();
    }
}
