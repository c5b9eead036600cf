package org.prisonsync.core.courtsentencing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the sync reads of NOMIS's {@code CourtCaseResponse}: the case, its court events (appearances) with their
 * charges' results, its offender charges and its sentences with their terms. A clone answers two of these, the clone
 * and its source, whose events, charges, sentences and terms correspond in order.
 */
public record NomisCourtCase(long id, String offenderNo, long bookingId, String caseStatus, String legalCaseType,
                             LocalDate beginDate, String courtId, String primaryCaseInfoNumber,
                             List<Event> courtEvents, List<Charge> offenderCharges, List<Sentence> sentences) {
    public NomisCourtCase {
        courtEvents = List.copyOf(courtEvents);
        offenderCharges = List.copyOf(offenderCharges);
        sentences = List.copyOf(sentences);
    }

    /** {@code CourtEventResponse}. */
    public record Event(long id, LocalDateTime eventDateTime, String courtEventType, String courtId,
                        String outcomeReasonCode, LocalDateTime nextEventDateTime,
                        List<CourtSentencingNomisApi.EventCharge> charges) {
        public Event {
            charges = List.copyOf(charges);
        }
    }

    /** {@code OffenderChargeResponse}. */
    public record Charge(long id, String offenceCode, LocalDate offenceDate, LocalDate offenceEndDate,
                         String resultCode1) {
    }

    /** {@code SentenceResponse}: its charges by offender charge id. */
    public record Sentence(SentenceId id, String status, String calculationType, String category,
                           LocalDate startDate, BigDecimal fineAmount, long eventId, List<Long> chargeIds,
                           List<Term> terms) {
        public Sentence {
            chargeIds = List.copyOf(chargeIds);
            terms = List.copyOf(terms);
        }

        public Optional<Term> term(long termSequence) {
            return terms.stream().filter(t -> t.termSequence() == termSequence).findFirst();
        }
    }

    /** {@code SentenceTermResponse}. */
    public record Term(long termSequence, String sentenceTermType, Integer years, Integer months, Integer weeks,
                       Integer days, boolean lifeSentenceFlag) {
    }

    public Optional<Event> event(long eventId) {
        return courtEvents.stream().filter(e -> e.id() == eventId).findFirst();
    }

    public Optional<Charge> charge(long chargeId) {
        return offenderCharges.stream().filter(c -> c.id() == chargeId).findFirst();
    }

    public Optional<Sentence> sentence(long sentenceSequence) {
        return sentences.stream().filter(s -> s.id().sentenceSequence() == sentenceSequence).findFirst();
    }
}
