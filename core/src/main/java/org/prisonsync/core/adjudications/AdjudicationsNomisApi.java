package org.prisonsync.core.adjudications;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * NOMIS's adjudication endpoints on the prisoner API, at upstream's paths.
 *
 * <p>Contract: reads of something NOMIS does not have are empty; a delete of something already gone is done
 * (idempotent); a write to an adjudication or hearing NOMIS does not have throws
 * {@link org.prisonsync.core.UpstreamRejected} with 404; failures throw {@link org.prisonsync.core.UpstreamUnavailable}.
 */
public interface AdjudicationsNomisApi {

    /** {@code POST /prisoners/{offenderNo}/adjudications}: the new adjudication's first charge. */
    NomisChargeId createAdjudication(String offenderNo, NomisAdjudicationRequest request);

    /** {@code GET /adjudications/adjudication-number/{adjudicationNumber}}. */
    Optional<NomisAdjudication> adjudication(long adjudicationNumber);

    /** {@code GET /adjudications/hearings/{hearingId}}: the adjudication holding the hearing. */
    Optional<NomisAdjudication> adjudicationOfHearing(long hearingId);

    /**
     * {@code GET /adjudications/charges/ids?fromDate=&prisonIds=}, every page: the charges created in the prison on
     * or after the date, with their prisoner.
     */
    List<ChargeRef> chargeIds(LocalDate fromDate, String prisonId);

    /** {@code AdjudicationChargeIdResponse}. */
    record ChargeRef(NomisChargeId id, String offenderNo) {
    }

    /** {@code PUT /adjudications/adjudication-number/{n}/repairs}. */
    void updateRepairs(long adjudicationNumber, List<NomisAdjudication.Repair> repairs);

    /** {@code PUT /adjudications/adjudication-number/{n}/evidence}. */
    void updateEvidence(long adjudicationNumber, List<NomisAdjudication.Evidence> evidence);

    /** {@code POST /adjudications/adjudication-number/{n}/hearings}: the new hearing's id. */
    long createHearing(long adjudicationNumber, NomisHearingRequest request);

    /** {@code PUT /adjudications/adjudication-number/{n}/hearings/{hearingId}}. */
    void updateHearing(long adjudicationNumber, long hearingId, NomisHearingRequest request);

    /**
     * {@code DELETE /adjudications/adjudication-number/{n}/hearings/{hearingId}}: with it go its results for every
     * charge and their awards.
     */
    void deleteHearing(long adjudicationNumber, long hearingId);

    /** {@code POST …/hearings/{hearingId}/charge/{chargeSequence}/result} (an upsert). */
    void upsertHearingResult(NomisChargeId charge, long hearingId, NomisResultRequest request);

    /** {@code DELETE …/hearings/{hearingId}/charge/{chargeSequence}/result}: the awards deleted with it. */
    List<NomisAwardId> deleteHearingResult(NomisChargeId charge, long hearingId);

    /** {@code POST …/charge/{chargeSequence}/result}: a result on a dummy hearing (an outcome without a hearing). */
    void upsertResultWithoutHearing(NomisChargeId charge, NomisResultRequest request);

    /** {@code DELETE …/charge/{chargeSequence}/result}: the result on the dummy hearing. */
    void deleteResultWithoutHearing(NomisChargeId charge);

    /** {@code POST …/charge/{chargeSequence}/awards}: the awards made, in the order asked. */
    List<NomisAwardId> createAwards(NomisChargeId charge, List<NomisAwardRequest> awards);

    /**
     * {@code PUT …/charge/{chargeSequence}/awards}: creates {@code toCreate}, rewrites {@code toUpdate} (by
     * sanction sequence) and deletes every other award of the charge.
     */
    AwardChanges updateAwards(NomisChargeId charge, List<NomisAwardRequest> toCreate,
                              Map<Integer, NomisAwardRequest> toUpdate);

    /** {@code DELETE …/charge/{chargeSequence}/awards}: the awards deleted. */
    List<NomisAwardId> deleteAwards(NomisChargeId charge);

    /** {@code PUT …/charge/{chargeSequence}/quash}. */
    void quash(NomisChargeId charge);

    /** {@code PUT …/charge/{chargeSequence}/unquash}: the finding restored and the awards as {@link #updateAwards}. */
    AwardChanges unquash(NomisChargeId charge, String findingCode, List<NomisAwardRequest> toCreate,
                         Map<Integer, NomisAwardRequest> toUpdate);

    /** {@code GET /prisoners/booking-id/{bookingId}/awards/ada/summary}. */
    AdaSummary adaSummary(long bookingId);

    /** {@code GET /prisoners/{offenderNo}/merges?fromDate=}: when the prisoner's merges happened. */
    List<java.time.LocalDateTime> mergesSince(String offenderNo, LocalDate fromDate);

    /** {@code UpdateHearingResultAwardResponses}. */
    record AwardChanges(List<NomisAwardId> created, List<NomisAwardId> deleted) {
        public AwardChanges {
            created = List.copyOf(created);
            deleted = List.copyOf(deleted);
        }
    }
}
