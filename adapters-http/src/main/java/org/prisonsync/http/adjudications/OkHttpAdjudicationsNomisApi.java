package org.prisonsync.http.adjudications;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.adjudications.AdaSummary;
import org.prisonsync.core.adjudications.AdjudicationsNomisApi;
import org.prisonsync.core.adjudications.NomisAdjudication;
import org.prisonsync.core.adjudications.NomisAdjudicationRequest;
import org.prisonsync.core.adjudications.NomisAwardId;
import org.prisonsync.core.adjudications.NomisAwardRequest;
import org.prisonsync.core.adjudications.NomisChargeId;
import org.prisonsync.core.adjudications.NomisHearingRequest;
import org.prisonsync.core.adjudications.NomisResultRequest;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/**
 * {@link AdjudicationsNomisApi} over the NOMIS prisoner API at upstream's paths: {@code /prisoners/{offenderNo}/
 * adjudications}, {@code /adjudications/adjudication-number/{n}[/repairs|/evidence|/hearings…|/charge/{seq}/…]},
 * {@code /adjudications/hearings/{id}}, {@code /adjudications/charges/ids}, {@code /prisoners/booking-id/{b}/awards/
 * ada/summary} and {@code /prisoners/{offenderNo}/merges}.
 */
final class OkHttpAdjudicationsNomisApi implements AdjudicationsNomisApi {
    private static final int PAGE_SIZE = 200;
    private final JsonHttp http;

    OkHttpAdjudicationsNomisApi(JsonHttp http) {
        this.http = http;
    }

    private static String[] adjudicationPath(long number, String... more) {
        String[] path = new String[3 + more.length];
        path[0] = "adjudications";
        path[1] = "adjudication-number";
        path[2] = Long.toString(number);
        System.arraycopy(more, 0, path, 3, more.length);
        return path;
    }

    private static String[] charge(NomisChargeId charge, String... more) {
        String[] head = {"charge", Integer.toString(charge.chargeSequence())};
        String[] all = new String[head.length + more.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(more, 0, all, head.length, more.length);
        return adjudicationPath(charge.adjudicationNumber(), all);
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
    public NomisChargeId createAdjudication(String offenderNo, NomisAdjudicationRequest request) {
        HttpReply reply = http.post(CreateDto.of(request), "prisoners", offenderNo, "adjudications");
        return http.readCreated(reply, AdjudicationDto.class, dto -> {
            NomisAdjudication made = dto.toDomain();
            int first = made.charges().stream().mapToInt(NomisAdjudication.Charge::chargeSequence).min().orElse(1);
            return new NomisChargeId(made.adjudicationNumber(), first);
        });
    }

    @Override
    public Optional<NomisAdjudication> adjudication(long adjudicationNumber) {
        return http.find(AdjudicationDto.class, AdjudicationDto::toDomain, adjudicationPath(adjudicationNumber));
    }

    @Override
    public Optional<NomisAdjudication> adjudicationOfHearing(long hearingId) {
        return http.find(AdjudicationDto.class, AdjudicationDto::toDomain, "adjudications", "hearings",
                Long.toString(hearingId));
    }

    @Override
    public List<ChargeRef> chargeIds(LocalDate fromDate, String prisonId) {
        List<ChargeRef> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Map<String, List<String>> query = new LinkedHashMap<>();
            query.put("page", List.of(Integer.toString(page)));
            query.put("size", List.of(Integer.toString(PAGE_SIZE)));
            if (fromDate != null) {
                query.put("fromDate", List.of(fromDate.toString()));
            }
            if (prisonId != null) {
                query.put("prisonIds", List.of(prisonId));
            }
            ChargeIdPage read = http.fetch(query, ChargeIdPage.class, p -> p, "adjudications", "charges", "ids");
            if (read.content() == null) {
                throw new IllegalArgumentException("a page without content");
            }
            read.content().forEach(c -> all.add(new ChargeRef(new NomisChargeId(c.adjudicationNumber(),
                    c.chargeSequence()), c.offenderNo())));
            if (read.content().isEmpty() || Boolean.TRUE.equals(read.last()) || read.totalPages() == null
                    || page + 1 >= read.totalPages()) {
                return all;
            }
        }
    }

    @Override
    public void updateRepairs(long adjudicationNumber, List<NomisAdjudication.Repair> repairs) {
        done(http.put(Map.of("repairs", repairs.stream().map(r -> repair(r.typeCode(), r.comment())).toList()),
                adjudicationPath(adjudicationNumber, "repairs")));
    }

    @Override
    public void updateEvidence(long adjudicationNumber, List<NomisAdjudication.Evidence> evidence) {
        done(http.put(Map.of("evidence", evidence.stream().map(e -> Map.of("typeCode", e.typeCode(), "detail",
                e.detail() == null ? "" : e.detail())).toList()), adjudicationPath(adjudicationNumber, "evidence")));
    }

    private static Map<String, Object> repair(String typeCode, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("typeCode", typeCode);
        if (comment != null) {
            body.put("comment", comment);
        }
        return body;
    }

    @Override
    public long createHearing(long adjudicationNumber, NomisHearingRequest request) {
        HttpReply reply = http.post(new HearingDto(request.hearingType(), request.hearingDate(),
                request.hearingTime(), request.agencyId(), request.internalLocationId()),
                adjudicationPath(adjudicationNumber, "hearings"));
        return http.readCreated(reply, HearingCreatedDto.class, dto -> {
            if (dto.hearingId() == null) {
                throw new IllegalArgumentException("no hearingId");
            }
            return dto.hearingId();
        });
    }

    @Override
    public void updateHearing(long adjudicationNumber, long hearingId, NomisHearingRequest request) {
        done(http.put(new HearingUpdateDto(request.hearingType(), request.hearingDate(), request.hearingTime(),
                request.internalLocationId()), adjudicationPath(adjudicationNumber, "hearings", Long.toString(hearingId))));
    }

    @Override
    public void deleteHearing(long adjudicationNumber, long hearingId) {
        deleted(http.delete(adjudicationPath(adjudicationNumber, "hearings", Long.toString(hearingId))));
    }

    @Override
    public void upsertHearingResult(NomisChargeId charge, long hearingId, NomisResultRequest request) {
        done(http.post(request, adjudicationPath(charge.adjudicationNumber(), "hearings", Long.toString(hearingId),
                "charge", Integer.toString(charge.chargeSequence()), "result")));
    }

    @Override
    public List<NomisAwardId> deleteHearingResult(NomisChargeId charge, long hearingId) {
        HttpReply reply = http.delete(adjudicationPath(charge.adjudicationNumber(), "hearings",
                Long.toString(hearingId), "charge", Integer.toString(charge.chargeSequence()), "result"));
        if (reply.status() == 404) {
            return List.of();
        }
        deleted(reply);
        return reply.body() == null || reply.body().isBlank() ? List.of()
                : http.read(reply, AwardsDto.class, a -> ids(a.awardsDeleted()));
    }

    @Override
    public void upsertResultWithoutHearing(NomisChargeId charge, NomisResultRequest request) {
        done(http.post(request, charge(charge, "result")));
    }

    @Override
    public void deleteResultWithoutHearing(NomisChargeId charge) {
        deleted(http.delete(charge(charge, "result")));
    }

    @Override
    public List<NomisAwardId> createAwards(NomisChargeId charge, List<NomisAwardRequest> awards) {
        HttpReply reply = http.post(Map.of("awards", awards.stream().map(OkHttpAdjudicationsNomisApi::award).toList()),
                charge(charge, "awards"));
        return http.readCreated(reply, AwardsDto.class, a -> ids(a.awardsCreated()));
    }

    @Override
    public AwardChanges updateAwards(NomisChargeId charge, List<NomisAwardRequest> toCreate,
                                     Map<Integer, NomisAwardRequest> toUpdate) {
        HttpReply reply = http.put(updateBody(toCreate, toUpdate), charge(charge, "awards"));
        if (reply.status() != 200) {
            throw reply.rejected();
        }
        return http.read(reply, AwardsDto.class, a -> new AwardChanges(ids(a.awardsCreated()),
                ids(a.awardsDeleted())));
    }

    private static Map<String, Object> updateBody(List<NomisAwardRequest> toCreate,
                                                  Map<Integer, NomisAwardRequest> toUpdate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("awardsToCreate", toCreate.stream().map(OkHttpAdjudicationsNomisApi::award).toList());
        body.put("awardsToUpdate", toUpdate.entrySet().stream().map(e -> Map.of("sanctionSequence", e.getKey(),
                "award", award(e.getValue()))).toList());
        return body;
    }

    @Override
    public List<NomisAwardId> deleteAwards(NomisChargeId charge) {
        HttpReply reply = http.delete(charge(charge, "awards"));
        if (reply.status() == 404) {
            return List.of();
        }
        deleted(reply);
        return http.read(reply, AwardsDto.class, a -> ids(a.awardsDeleted()));
    }

    @Override
    public void quash(NomisChargeId charge) {
        done(http.put(Map.of(), charge(charge, "quash")));
    }

    @Override
    public AwardChanges unquash(NomisChargeId charge, String findingCode, List<NomisAwardRequest> toCreate,
                                Map<Integer, NomisAwardRequest> toUpdate) {
        HttpReply reply = http.put(Map.of("findingCode", findingCode, "awards", updateBody(toCreate, toUpdate)),
                charge(charge, "unquash"));
        if (reply.status() != 200) {
            throw reply.rejected();
        }
        return http.read(reply, AwardsDto.class, a -> new AwardChanges(ids(a.awardsCreated()),
                ids(a.awardsDeleted())));
    }

    @Override
    public AdaSummary adaSummary(long bookingId) {
        return http.fetch(Map.of(), AdaSummaryDto.class, AdaSummaryDto::toDomain, "prisoners", "booking-id",
                Long.toString(bookingId), "awards", "ada", "summary");
    }

    @Override
    public List<LocalDateTime> mergesSince(String offenderNo, LocalDate fromDate) {
        return http.fetch(Map.of("fromDate", List.of(fromDate.toString())), MergeDto[].class,
                all -> java.util.Arrays.stream(all).map(m -> {
                    if (m.requestDateTime() == null) {
                        throw new IllegalArgumentException("a merge without its time");
                    }
                    return m.requestDateTime();
                }).sorted().toList(), "prisoners", offenderNo, "merges");
    }

    private static Map<String, Object> award(NomisAwardRequest a) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sanctionType", a.sanctionType());
        body.put("sanctionStatus", a.sanctionStatus());
        body.put("effectiveDate", a.effectiveDate().toString());
        if (a.commentText() != null) {
            body.put("commentText", a.commentText());
        }
        if (a.compensationAmount() != null) {
            body.put("compensationAmount", BigDecimal.valueOf(a.compensationAmount()));
        }
        if (a.sanctionDays() != null) {
            body.put("sanctionDays", a.sanctionDays());
        }
        if (a.consecutiveCharge() != null) {
            body.put("consecutiveCharge", Map.of("adjudicationNumber", a.consecutiveCharge().adjudicationNumber(),
                    "chargeSequence", a.consecutiveCharge().chargeSequence()));
        }
        return body;
    }

    private static List<NomisAwardId> ids(List<AwardIdDto> ids) {
        return ids == null ? List.of() : ids.stream().map(i -> new NomisAwardId(i.bookingId(), i.sanctionSequence()))
                .toList();
    }

    /** {@code CreateAdjudicationRequest}. */
    private record CreateDto(IncidentDto incident, List<Map<String, String>> charges,
                             List<Map<String, String>> evidence) {
        static CreateDto of(NomisAdjudicationRequest r) {
            return new CreateDto(new IncidentDto(r.reportingStaffUsername(), r.incidentDate(), r.incidentTime(),
                    r.reportedDate(), r.reportedTime(), r.internalLocationId(), r.details(), r.prisonId(), List.of(),
                    List.of(), List.of(), r.repairs().stream().map(x -> repair(x.typeCode(), x.comment())).toList()),
                    r.offenceCodes().stream().map(c -> Map.of("offenceCode", c)).toList(),
                    r.evidence().stream().map(e -> Map.of("typeCode", e.typeCode(), "detail",
                            e.detail() == null ? "" : e.detail())).toList());
        }
    }

    /** {@code IncidentToCreate}. */
    private record IncidentDto(String reportingStaffUsername, LocalDate incidentDate, LocalTime incidentTime,
                               LocalDate reportedDate, LocalTime reportedTime, long internalLocationId,
                               String details, String prisonId, List<String> prisonerVictimsOffenderNumbers,
                               List<String> staffWitnessesUsernames, List<String> staffVictimsUsernames,
                               List<Map<String, Object>> repairs) {
    }

    /** {@code CreateHearingRequest}. */
    private record HearingDto(String hearingType, LocalDate hearingDate, LocalTime hearingTime, String agencyId,
                              long internalLocationId) {
    }

    /** {@code UpdateHearingRequest}. */
    private record HearingUpdateDto(String hearingType, LocalDate hearingDate, LocalTime hearingTime,
                                    long internalLocationId) {
    }

    private record HearingCreatedDto(Long hearingId) {
    }

    private record AwardIdDto(long bookingId, int sanctionSequence) {
    }

    /** {@code CreateHearingResultAwardResponses}, {@code UpdateHearingResultAwardResponses}, the delete answers. */
    private record AwardsDto(List<AwardIdDto> awardsCreated, List<AwardIdDto> awardsDeleted) {
    }

    private record ChargeIdDto(long adjudicationNumber, int chargeSequence, String offenderNo) {
    }

    private record ChargeIdPage(List<ChargeIdDto> content, Boolean last, Integer totalPages) {
    }

    private record CodeDto(String code) {
        static String of(CodeDto dto) {
            return dto == null ? null : dto.code();
        }
    }

    private record LocationDto(Long locationId) {
    }

    private record RepairDto(CodeDto type, String comment) {
    }

    private record IncidentReadDto(LocalDate incidentDate, LocalTime incidentTime, String details, CodeDto prison,
                                   List<RepairDto> repairs) {
    }

    private record OffenceReadDto(String code) {
    }

    private record ChargeDto(Integer chargeSequence, OffenceReadDto offence) {
    }

    private record EvidenceDto(CodeDto type, String detail) {
    }

    private record InvestigationDto(List<EvidenceDto> evidence) {
    }

    private record AwardDto(Integer sequence, CodeDto sanctionType, CodeDto sanctionStatus, String comment,
                            LocalDate effectiveDate, Integer sanctionDays, Double compensationAmount,
                            AwardDto consecutiveAward, Long adjudicationNumber, Integer chargeSequence) {
    }

    private record ResultDto(ChargeDto charge, CodeDto pleaFindingType, CodeDto findingType,
                             List<AwardDto> resultAwards) {
    }

    private record HearingReadDto(Long hearingId, CodeDto type, LocalDate hearingDate, LocalTime hearingTime,
                                  LocationDto internalLocation, List<ResultDto> hearingResults) {
    }

    /** {@code AdjudicationResponse}, the fields the sync reads. */
    private record AdjudicationDto(Long adjudicationNumber, Long bookingId, String offenderNo,
                                   IncidentReadDto incident, List<ChargeDto> charges,
                                   List<InvestigationDto> investigations, List<HearingReadDto> hearings) {
        NomisAdjudication toDomain() {
            if (adjudicationNumber == null || bookingId == null || offenderNo == null || incident == null) {
                throw new IllegalArgumentException("an adjudication without its number, booking, prisoner or incident");
            }
            List<NomisAdjudication.Charge> readCharges = charges == null ? List.of() : charges.stream()
                    .map(c -> new NomisAdjudication.Charge(c.chargeSequence(),
                            c.offence() == null ? null : c.offence().code())).toList();
            List<NomisAdjudication.Hearing> readHearings = new ArrayList<>();
            for (HearingReadDto h : hearings == null ? List.<HearingReadDto>of() : hearings) {
                List<NomisAdjudication.Result> results = new ArrayList<>();
                for (ResultDto r : h.hearingResults() == null ? List.<ResultDto>of() : h.hearingResults()) {
                    List<NomisAdjudication.Award> awards = new ArrayList<>();
                    for (AwardDto a : r.resultAwards() == null ? List.<AwardDto>of() : r.resultAwards()) {
                        NomisChargeId consecutive = a.consecutiveAward() == null
                                || a.consecutiveAward().adjudicationNumber() == null ? null
                                : new NomisChargeId(a.consecutiveAward().adjudicationNumber(),
                                        a.consecutiveAward().chargeSequence());
                        awards.add(new NomisAdjudication.Award(new NomisAwardId(bookingId, a.sequence()),
                                new NomisAwardRequest(CodeDto.of(a.sanctionType()), CodeDto.of(a.sanctionStatus()),
                                        a.effectiveDate(), a.sanctionDays(), a.comment(), a.compensationAmount(),
                                        consecutive)));
                    }
                    results.add(new NomisAdjudication.Result(r.charge().chargeSequence(),
                            CodeDto.of(r.pleaFindingType()), CodeDto.of(r.findingType()), awards));
                }
                readHearings.add(new NomisAdjudication.Hearing(h.hearingId(), CodeDto.of(h.type()), h.hearingDate(),
                        h.hearingTime(), h.internalLocation() == null || h.internalLocation().locationId() == null
                                ? 0 : h.internalLocation().locationId(), results));
            }
            List<NomisAdjudication.Evidence> readEvidence = new ArrayList<>();
            if (investigations != null) {
                investigations.forEach(i -> {
                    if (i.evidence() != null) {
                        i.evidence().forEach(e -> readEvidence.add(new NomisAdjudication.Evidence(CodeDto.of(e.type()),
                                e.detail())));
                    }
                });
            }
            return new NomisAdjudication(adjudicationNumber, bookingId, offenderNo, CodeDto.of(incident.prison()),
                    incident.incidentDate(), incident.incidentTime(), incident.details(), readCharges, readHearings,
                    incident.repairs() == null ? List.of() : incident.repairs().stream()
                            .map(r -> new NomisAdjudication.Repair(CodeDto.of(r.type()), r.comment())).toList(),
                    readEvidence);
        }
    }

    private record AdaDto(Long adjudicationNumber, Integer sanctionSequence, Integer days, LocalDate effectiveDate,
                          CodeDto sanctionStatus) {
    }

    /** {@code AdjudicationADAAwardSummaryResponse}. */
    private record AdaSummaryDto(Long bookingId, String offenderNo, List<AdaDto> adaSummaries) {
        AdaSummary toDomain() {
            if (bookingId == null || adaSummaries == null) {
                throw new IllegalArgumentException("an ADA summary without its booking or summaries");
            }
            return new AdaSummary(bookingId, offenderNo, adaSummaries.stream().map(a -> new AdaSummary.Ada(
                    a.adjudicationNumber(), a.sanctionSequence(), a.days() == null ? 0 : a.days(), a.effectiveDate(),
                    CodeDto.of(a.sanctionStatus()))).toList());
        }
    }

    /** {@code MergeDetail}, its time. */
    private record MergeDto(LocalDateTime requestDateTime) {
    }
}
