package org.prisonsync.http.courtsentencing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.courtsentencing.CaseClones;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi;
import org.prisonsync.core.courtsentencing.NomisCourtCase;
import org.prisonsync.core.courtsentencing.SentenceId;
import org.prisonsync.core.courtsentencing.TermId;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/**
 * {@link CourtSentencingNomisApi} over the NOMIS prisoner API at upstream's paths:
 * {@code /prisoners/{offenderNo}/sentencing/court-cases[/{id}[/court-appearances…|/charges]|/clone/{id}]},
 * {@code /prisoners/{offenderNo}/court-cases/{caseId}/sentences[/{seq}[/sentence-terms…]]} and
 * {@code /prisoners/{offenderNo}/sentences/recall[/restore-original]}. The request records carry upstream's field
 * names and are sent as they are; the answers are read through wire records of upstream's schemas.
 */
final class OkHttpCourtSentencingNomisApi implements CourtSentencingNomisApi {
    private final JsonHttp http;

    OkHttpCourtSentencingNomisApi(JsonHttp http) {
        this.http = http;
    }

    private static String[] cases(String offenderNo, Object... more) {
        String[] path = new String[4 + more.length];
        path[0] = "prisoners";
        path[1] = offenderNo;
        path[2] = "sentencing";
        path[3] = "court-cases";
        for (int i = 0; i < more.length; i++) {
            path[4 + i] = String.valueOf(more[i]);
        }
        return path;
    }

    private static String[] sentences(String offenderNo, long caseId, Object... more) {
        String[] path = new String[5 + more.length];
        path[0] = "prisoners";
        path[1] = offenderNo;
        path[2] = "court-cases";
        path[3] = Long.toString(caseId);
        path[4] = "sentences";
        for (int i = 0; i < more.length; i++) {
            path[5 + i] = String.valueOf(more[i]);
        }
        return path;
    }

    private static void done(HttpReply reply) {
        if (reply.status() != 200 && reply.status() != 201 && reply.status() != 204) {
            throw reply.rejected();
        }
    }

    private static void deleted(HttpReply reply) {
        if (reply.status() != 200 && reply.status() != 204 && reply.status() != 404) {
            throw reply.rejected();
        }
    }

    @Override
    public long createCourtCase(String offenderNo, CourtCaseRequest request) {
        return http.readCreated(http.post(request, cases(offenderNo)), CreatedCaseDto.class,
                dto -> require(dto.id(), "id"));
    }

    @Override
    public void updateCourtCase(String offenderNo, long caseId, String status) {
        done(http.put(Map.of("status", status), cases(offenderNo, caseId)));
    }

    @Override
    public void deleteCourtCase(String offenderNo, long caseId) {
        deleted(http.delete(cases(offenderNo, caseId)));
    }

    @Override
    public Optional<NomisCourtCase> courtCase(String offenderNo, long caseId) {
        return http.find(CaseDto.class, CaseDto::toDomain, cases(offenderNo, caseId));
    }

    @Override
    public List<NomisCourtCase> courtCases(String offenderNo) {
        return http.fetch(Map.of(), CaseDto[].class, all -> Arrays.stream(all).map(CaseDto::toDomain).toList(),
                cases(offenderNo));
    }

    @Override
    public CreatedAppearance createAppearance(String offenderNo, long caseId, AppearanceRequest request) {
        return http.readCreated(http.post(request, cases(offenderNo, caseId, "court-appearances")),
                CreatedAppearanceDto.class, dto -> new CreatedAppearance(require(dto.id(), "id"),
                        CloneDto.toDomain(dto.clonedCourtCases())));
    }

    @Override
    public void updateAppearance(String offenderNo, long caseId, long eventId, AppearanceRequest request) {
        done(http.put(request, cases(offenderNo, caseId, "court-appearances", eventId)));
    }

    @Override
    public void deleteAppearance(String offenderNo, long caseId, long eventId) {
        deleted(http.delete(cases(offenderNo, caseId, "court-appearances", eventId)));
    }

    @Override
    public long createCharge(String offenderNo, long caseId, ChargeRequest request) {
        return http.readCreated(http.post(request, cases(offenderNo, caseId, "charges")), ChargeIdDto.class,
                dto -> require(dto.offenderChargeId(), "offenderChargeId"));
    }

    @Override
    public void updateCharge(String offenderNo, long caseId, long eventId, long chargeId, ChargeRequest request) {
        done(http.put(request, cases(offenderNo, caseId, "court-appearances", eventId, "charges", chargeId)));
    }

    @Override
    public SentenceId createSentence(String offenderNo, long caseId, SentenceRequest request) {
        return http.readCreated(http.post(request, sentences(offenderNo, caseId)), CreatedSentenceDto.class,
                dto -> new SentenceId(require(dto.bookingId(), "bookingId"), require(dto.sentenceSeq(),
                        "sentenceSeq")));
    }

    @Override
    public void updateSentence(String offenderNo, long caseId, long sentenceSequence, SentenceRequest request) {
        done(http.put(request, sentences(offenderNo, caseId, sentenceSequence)));
    }

    @Override
    public void deleteSentence(String offenderNo, long caseId, long sentenceSequence) {
        deleted(http.delete(sentences(offenderNo, caseId, sentenceSequence)));
    }

    @Override
    public TermId createTerm(String offenderNo, long caseId, long sentenceSequence, TermRequest request) {
        return http.readCreated(http.post(request, sentences(offenderNo, caseId, sentenceSequence,
                "sentence-terms")), CreatedTermDto.class, dto -> new TermId(new SentenceId(require(dto.bookingId(),
                "bookingId"), require(dto.sentenceSeq(), "sentenceSeq")), require(dto.termSeq(), "termSeq")));
    }

    @Override
    public void updateTerm(String offenderNo, long caseId, long sentenceSequence, long termSequence,
                           TermRequest request) {
        done(http.put(request, sentences(offenderNo, caseId, sentenceSequence, "sentence-terms", termSequence)));
    }

    @Override
    public void deleteTerm(String offenderNo, long caseId, long sentenceSequence, long termSequence) {
        deleted(http.delete(sentences(offenderNo, caseId, sentenceSequence, "sentence-terms", termSequence)));
    }

    @Override
    public RecallResult convertToRecall(String offenderNo, RecallRequest request) {
        return http.readCreated(http.post(request, "prisoners", offenderNo, "sentences", "recall"),
                RecallDto.class, dto -> new RecallResult(dto.courtEventIds() == null ? List.of() : dto.courtEventIds(),
                        CloneDto.toDomain(dto.clonedCourtCases())));
    }

    @Override
    public void updateRecall(String offenderNo, RecallRequest request, List<Long> beachCourtEventIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sentences", request.sentences());
        body.put("sentencesRemoved", List.of());
        if (request.returnToCustody() != null) {
            body.put("returnToCustody", request.returnToCustody());
        }
        body.put("recallRevocationDate", request.recallRevocationDate());
        body.put("beachCourtEventIds", beachCourtEventIds);
        done(http.put(body, "prisoners", offenderNo, "sentences", "recall"));
    }

    @Override
    public void deleteRecall(String offenderNo, List<RecallSentence> sentences, List<Long> beachCourtEventIds) {
        done(http.put(Map.of("sentences", sentences, "beachCourtEventIds", beachCourtEventIds), "prisoners",
                offenderNo, "sentences", "recall", "restore-original"));
    }

    @Override
    public CaseClones cloneCase(String offenderNo, long caseId) {
        return http.readCreated(http.post(Map.of(), cases(offenderNo, "clone", caseId)), CloneDto.class,
                CloneDto::toDomain);
    }

    private static long require(Long value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("no " + field);
        }
        return value;
    }

    // --- upstream's schemas, as far as the sync reads them

    private record CreatedCaseDto(Long id) {
    }

    private record ChargeIdDto(Long offenderChargeId) {
    }

    private record CreatedAppearanceDto(Long id, CloneDto clonedCourtCases) {
    }

    private record CreatedSentenceDto(Long bookingId, Long sentenceSeq) {
    }

    private record CreatedTermDto(Long bookingId, Long sentenceSeq, Long termSeq) {
    }

    private record RecallDto(List<Long> courtEventIds, CloneDto clonedCourtCases) {
    }

    /** {@code BookingCourtCaseCloneResponse}. */
    private record CloneDto(List<ClonedDto> courtCases, List<AdjustmentsDto> sentenceAdjustments) {
        static CaseClones toDomain(CloneDto dto) {
            if (dto == null) {
                return CaseClones.NONE;
            }
            return new CaseClones(dto.courtCases() == null ? List.of() : dto.courtCases().stream()
                    .map(c -> new CaseClones.Cloned(c.courtCase().toDomain(), c.sourceCourtCase().toDomain()))
                    .toList(), dto.sentenceAdjustments() == null ? List.of() : dto.sentenceAdjustments().stream()
                    .map(a -> new CaseClones.ClonedAdjustments(a.sentenceId().toDomain(),
                            a.adjustmentIds() == null ? List.of() : a.adjustmentIds())).toList());
        }
    }

    private record ClonedDto(CaseDto courtCase, CaseDto sourceCourtCase) {
    }

    private record AdjustmentsDto(SentenceIdDto sentenceId, List<Long> adjustmentIds) {
    }

    private record SentenceIdDto(Long offenderBookingId, Long sentenceSequence) {
        SentenceId toDomain() {
            return new SentenceId(require(offenderBookingId, "offenderBookingId"), require(sentenceSequence,
                    "sentenceSequence"));
        }
    }

    private record CodeDto(String code) {
        static String of(CodeDto dto) {
            return dto == null ? null : dto.code();
        }
    }

    private record OffenceDto(String offenceCode) {
    }

    /** {@code OffenderChargeResponse}. */
    private record OffenderChargeDto(Long id, OffenceDto offence, LocalDate offenceDate, LocalDate offenceEndDate,
                                     CodeDto resultCode1) {
        NomisCourtCase.Charge toDomain() {
            return new NomisCourtCase.Charge(require(id, "offenderCharges[].id"), offence == null ? null
                    : offence.offenceCode(), offenceDate, offenceEndDate, CodeDto.of(resultCode1));
        }
    }

    /** {@code CourtEventChargeResponse}. */
    private record EventChargeDto(OffenderChargeDto offenderCharge, CodeDto resultCode1) {
    }

    /** {@code CourtEventResponse}. */
    private record EventDto(Long id, LocalDateTime eventDateTime, CodeDto courtEventType, String courtId,
                            CodeDto outcomeReasonCode, LocalDateTime nextEventDateTime,
                            List<EventChargeDto> courtEventCharges) {
        NomisCourtCase.Event toDomain() {
            return new NomisCourtCase.Event(require(id, "courtEvents[].id"), eventDateTime, CodeDto.of(courtEventType),
                    courtId, CodeDto.of(outcomeReasonCode), nextEventDateTime, courtEventCharges == null ? List.of()
                    : courtEventCharges.stream().map(c -> new EventCharge(require(c.offenderCharge().id(),
                    "offenderCharge.id"), CodeDto.of(c.resultCode1()))).toList());
        }
    }

    private record CourtOrderDto(Long eventId) {
    }

    /** {@code SentenceTermResponse}. */
    private record TermDto(Long termSequence, CodeDto sentenceTermType, Integer years, Integer months, Integer weeks,
                           Integer days, Boolean lifeSentenceFlag) {
        NomisCourtCase.Term toDomain() {
            return new NomisCourtCase.Term(require(termSequence, "termSequence"), CodeDto.of(sentenceTermType), years,
                    months, weeks, days, Boolean.TRUE.equals(lifeSentenceFlag));
        }
    }

    /** {@code SentenceResponse}. */
    private record SentenceDto(Long bookingId, Long sentenceSeq, String status, CodeDto calculationType,
                               CodeDto category, LocalDate startDate, BigDecimal fineAmount,
                               CourtOrderDto courtOrder, List<OffenderChargeDto> offenderCharges,
                               List<TermDto> sentenceTerms) {
        NomisCourtCase.Sentence toDomain() {
            return new NomisCourtCase.Sentence(new SentenceId(require(bookingId, "bookingId"), require(sentenceSeq,
                    "sentenceSeq")), status, CodeDto.of(calculationType), CodeDto.of(category), startDate, fineAmount,
                    courtOrder == null || courtOrder.eventId() == null ? 0 : courtOrder.eventId(),
                    offenderCharges == null ? List.of() : offenderCharges.stream().map(c -> require(c.id(),
                            "offenderCharges[].id")).toList(),
                    sentenceTerms == null ? List.of() : sentenceTerms.stream().map(TermDto::toDomain).toList());
        }
    }

    /** {@code CourtCaseResponse}. */
    private record CaseDto(Long id, String offenderNo, Long bookingId, CodeDto caseStatus, CodeDto legalCaseType,
                           LocalDate beginDate, String courtId, String primaryCaseInfoNumber,
                           List<EventDto> courtEvents, List<OffenderChargeDto> offenderCharges,
                           List<SentenceDto> sentences) {
        NomisCourtCase toDomain() {
            return new NomisCourtCase(require(id, "id"), offenderNo, require(bookingId, "bookingId"),
                    CodeDto.of(caseStatus), CodeDto.of(legalCaseType), beginDate, courtId, primaryCaseInfoNumber,
                    courtEvents == null ? List.of() : courtEvents.stream().map(EventDto::toDomain).toList(),
                    offenderCharges == null ? List.of() : offenderCharges.stream().map(OffenderChargeDto::toDomain)
                            .toList(),
                    sentences == null ? List.of() : sentences.stream().map(SentenceDto::toDomain).toList());
        }
    }
}
