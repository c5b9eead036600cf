package org.prisonsync.core.courtsentencing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * NOMIS's court sentencing endpoints on the prisoner API, at upstream's paths.
 *
 * <p>Contract: reads of something NOMIS does not have are empty; a delete of something already gone is done
 * (idempotent); a write to a case, appearance or sentence NOMIS does not have throws
 * {@link org.prisonsync.core.UpstreamRejected} with 404; failures throw {@link org.prisonsync.core.UpstreamUnavailable}.
 * A create of an appearance on a case of a previous booking, or a recall of a sentence there, clones the cases onto
 * the latest booking, applies the change to the clones and answers them ({@link CaseClones}).
 */
public interface CourtSentencingNomisApi {

    /** {@code POST /prisoners/{offenderNo}/sentencing/court-cases}: the new case's id. */
    long createCourtCase(String offenderNo, CourtCaseRequest request);

    /** {@code PUT /prisoners/{offenderNo}/sentencing/court-cases/{caseId}} ({@code UpdateCourtCaseRequest}). */
    void updateCourtCase(String offenderNo, long caseId, String status);

    /** {@code DELETE /prisoners/{offenderNo}/sentencing/court-cases/{id}}. */
    void deleteCourtCase(String offenderNo, long caseId);

    /** {@code GET /prisoners/{offenderNo}/sentencing/court-cases/{id}}. */
    Optional<NomisCourtCase> courtCase(String offenderNo, long caseId);

    /** {@code GET /prisoners/{offenderNo}/sentencing/court-cases}: every case of every booking. */
    List<NomisCourtCase> courtCases(String offenderNo);

    /** {@code POST …/court-cases/{caseId}/court-appearances}: the appearance, on a clone if NOMIS cloned. */
    CreatedAppearance createAppearance(String offenderNo, long caseId, AppearanceRequest request);

    /** {@code PUT …/court-cases/{caseId}/court-appearances/{eventId}}. */
    void updateAppearance(String offenderNo, long caseId, long eventId, AppearanceRequest request);

    /** {@code DELETE …/court-cases/{caseId}/court-appearances/{eventId}}. */
    void deleteAppearance(String offenderNo, long caseId, long eventId);

    /** {@code POST …/court-cases/{caseId}/charges}: the new offender charge's id. */
    long createCharge(String offenderNo, long caseId, ChargeRequest request);

    /** {@code PUT …/court-cases/{caseId}/court-appearances/{courtEventId}/charges/{chargeId}}. */
    void updateCharge(String offenderNo, long caseId, long eventId, long chargeId, ChargeRequest request);

    /** {@code POST /prisoners/{offenderNo}/court-cases/{caseId}/sentences}. */
    SentenceId createSentence(String offenderNo, long caseId, SentenceRequest request);

    /** {@code PUT /prisoners/{offenderNo}/court-cases/{caseId}/sentences/{sequence}}. */
    void updateSentence(String offenderNo, long caseId, long sentenceSequence, SentenceRequest request);

    /** {@code DELETE /prisoners/{offenderNo}/court-cases/{caseId}/sentences/{sequence}}. */
    void deleteSentence(String offenderNo, long caseId, long sentenceSequence);

    /** {@code POST …/court-cases/{caseId}/sentences/{sentenceSequence}/sentence-terms}. */
    TermId createTerm(String offenderNo, long caseId, long sentenceSequence, TermRequest request);

    /** {@code PUT …/sentences/{sentenceSequence}/sentence-terms/{termSequence}}. */
    void updateTerm(String offenderNo, long caseId, long sentenceSequence, long termSequence, TermRequest request);

    /** {@code DELETE …/sentences/{sentenceSequence}/sentence-terms/{termSequence}}. */
    void deleteTerm(String offenderNo, long caseId, long sentenceSequence, long termSequence);

    /** {@code POST /prisoners/{offenderNo}/sentences/recall} ({@code ConvertToRecallRequest}). */
    RecallResult convertToRecall(String offenderNo, RecallRequest request);

    /** {@code PUT /prisoners/{offenderNo}/sentences/recall} ({@code UpdateRecallRequest}, nothing removed). */
    void updateRecall(String offenderNo, RecallRequest request, List<Long> beachCourtEventIds);

    /** {@code PUT /prisoners/{offenderNo}/sentences/recall/restore-original} ({@code DeleteRecallRequest}). */
    void deleteRecall(String offenderNo, List<RecallSentence> sentences, List<Long> beachCourtEventIds);

    /**
     * {@code POST /prisoners/{offenderNo}/sentencing/court-cases/clone/{caseId}}: clones the case (and those it is
     * linked to) onto the latest booking; nothing when it is on the latest booking already.
     */
    CaseClones cloneCase(String offenderNo, long caseId);

    /** {@code CreateCourtCaseRequest} (without an appearance: DPS sends the appearance as its own event). */
    record CourtCaseRequest(LocalDate startDate, String legalCaseType, String courtId, String status,
                            String caseReference) {
    }

    /** {@code CourtAppearanceRequest}. */
    record AppearanceRequest(LocalDateTime eventDateTime, String courtEventType, String courtId,
                             String outcomeReasonCode, LocalDateTime nextEventDateTime,
                             List<EventCharge> courtEventChargesWithOutcomes, String nextCourtId, String comment) {
        public AppearanceRequest {
            courtEventChargesWithOutcomes = List.copyOf(courtEventChargesWithOutcomes);
        }
    }

    /** {@code CourtEventChargeRequest}. */
    record EventCharge(long offenderChargeId, String resultCode1) {
    }

    /** {@code CreateCourtAppearanceResponse}: the appearance's id and any clones. */
    record CreatedAppearance(long id, CaseClones clonedCourtCases) {
        public CreatedAppearance {
            clonedCourtCases = clonedCourtCases == null ? CaseClones.NONE : clonedCourtCases;
        }
    }

    /** {@code OffenderChargeRequest}. */
    record ChargeRequest(String offenceCode, LocalDate offenceDate, LocalDate offenceEndDate, String resultCode1) {
    }

    /** {@code CreateSentenceRequest}. */
    record SentenceRequest(LocalDate startDate, String status, String sentenceCategory, String sentenceCalcType,
                           String sentenceLevel, BigDecimal fine, List<Long> offenderChargeIds,
                           Long consecutiveToSentenceSeq, long eventId) {
        public SentenceRequest {
            offenderChargeIds = List.copyOf(offenderChargeIds);
        }
    }

    /** {@code SentenceTermRequest}. */
    record TermRequest(Integer years, Integer months, Integer weeks, Integer days, String sentenceTermType,
                       boolean lifeSentenceFlag) {
    }

    /** {@code RecallRelatedSentenceDetails}. */
    record RecallSentence(SentenceId sentenceId, String sentenceCategory, String sentenceCalcType, boolean active) {
    }

    /** {@code ReturnToCustodyRequest}. */
    record ReturnToCustody(LocalDate returnToCustodyDate, String enteredByStaffUsername, int recallLength) {
    }

    /** {@code ConvertToRecallRequest} / the same fields of {@code UpdateRecallRequest}. */
    record RecallRequest(List<RecallSentence> sentences, ReturnToCustody returnToCustody,
                         LocalDate recallRevocationDate) {
        public RecallRequest {
            sentences = List.copyOf(sentences);
        }
    }

    /** {@code ConvertToRecallResponse}: the recall's court events and any clones. */
    record RecallResult(List<Long> courtEventIds, CaseClones clonedCourtCases) {
        public RecallResult {
            courtEventIds = List.copyOf(courtEventIds);
            clonedCourtCases = clonedCourtCases == null ? CaseClones.NONE : clonedCourtCases;
        }
    }
}
