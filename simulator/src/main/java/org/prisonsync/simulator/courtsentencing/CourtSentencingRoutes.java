package org.prisonsync.simulator.courtsentencing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.courtsentencing.CaseClones;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.BookingAppearance;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.BookingCharge;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.BookingCourtCase;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.BookingCreated;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.BookingPeriodLength;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.BookingSentence;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.CaseReference;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.CaseState;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtCaseUpdate;
import org.prisonsync.core.courtsentencing.CourtSentencingEvents;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.AppearanceRequest;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.ChargeRequest;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.CourtCaseRequest;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.RecallRequest;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.RecallSentence;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.SentenceRequest;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.TermRequest;
import org.prisonsync.core.courtsentencing.NomisCourtCase;
import org.prisonsync.core.courtsentencing.SentenceId;
import org.prisonsync.core.courtsentencing.TermId;
import org.prisonsync.core.courtsentencing.inmemory.InMemoryCourtSentencingDpsApi;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.store.RouteTable;
import org.prisonsync.simulator.store.RouteTable.Method;

/**
 * The real systems' court sentencing routes at their real paths over the twins: DPS remand and sentencing's legacy
 * reads (the records carry upstream's field names and are rendered as they are) and the legacy writes a clone's
 * completion makes ({@code PUT /legacy/court-case/{uuid}}, {@code POST /legacy/court-case/booking}, which creates
 * {@code DUPLICATE} copies, {@code GET …/reconciliation}, {@code DELETE /legacy/court-case/{uuid}}; the twin records
 * each write), and NOMIS's court case, appearance,
 * charge, sentence, term, recall and clone endpoints, answering upstream's schemas ({@code CourtCaseResponse},
 * {@code CreateCourtAppearanceResponse} with {@code clonedCourtCases} …). Request bodies are read strictly (an unknown
 * field is a 400); a write to what NOMIS lacks is its 404.
 */
final class CourtSentencingRoutes {
    private static final String CASES = "/prisoners/{offenderNo}/sentencing/court-cases";
    private static final String CASE = CASES + "/{caseId}";
    private static final String SENTENCES = "/prisoners/{offenderNo}/court-cases/{caseId}/sentences";
    private static final String SENTENCE = SENTENCES + "/{sequence}";
    private static final String TERMS = SENTENCE + "/sentence-terms";
    private static final String RECALL = "/prisoners/{offenderNo}/sentences/recall";

    private final CourtSentencingSimulation simulation;
    private final ObjectMapper strict;

    CourtSentencingRoutes(CourtSentencingSimulation simulation, ObjectMapper mapper) {
        this.simulation = simulation;
        this.strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    RouteTable dpsTable() {
        var dps = simulation.dps();
        return RouteTable.builder()
                .find("/legacy/court-case/{courtCaseUuid}", ctx -> uuid(ctx, "courtCaseUuid"), dps::courtCase,
                        c -> c, id -> "Court case " + id + " not found")
                .find("/legacy/court-appearance/{lifetimeUuid}", ctx -> uuid(ctx, "lifetimeUuid"), dps::appearance,
                        a -> a, id -> "Court appearance " + id + " not found")
                .hook(Method.GET, "/legacy/court-appearance/{lifetimeUuid}/charge/{chargeLifetimeUuid}", ctx -> {
                    String appearance = uuid(ctx, "lifetimeUuid");
                    String charge = uuid(ctx, "chargeLifetimeUuid");
                    ctx.json(dps.appearanceCharge(appearance, charge).orElseThrow(() -> ApiError.notFound(
                            "Charge " + charge + " of appearance " + appearance + " not found")));
                })
                .find("/legacy/charge/{lifetimeUuid}", ctx -> uuid(ctx, "lifetimeUuid"), dps::charge, c -> c,
                        id -> "Charge " + id + " not found")
                .find("/legacy/sentence/{lifetimeUuid}", ctx -> uuid(ctx, "lifetimeUuid"), dps::sentence, s -> s,
                        id -> "Sentence " + id + " not found")
                .find("/legacy/period-length/{periodLengthUuid}", ctx -> uuid(ctx, "periodLengthUuid"),
                        dps::periodLength, p -> p, id -> "Period length " + id + " not found")
                .find("/legacy/recall/{uuid}", ctx -> uuid(ctx, "uuid"), dps::recall, r -> r,
                        id -> "Recall " + id + " not found")
                .hook(Method.GET, "/legacy/prisoner/{prisonerId}/court-case-uuids", ctx -> ctx.json(Map.of(
                        "courtCaseUuids", dps.courtCaseUuids(Params.prisonerNumber(ctx, "prisonerId")))))
                .hook(Method.PUT, "/legacy/court-case/{courtCaseUuid}", ctx -> {
                    String id = uuid(ctx, "courtCaseUuid");
                    if (!dps.updateCourtCase(id, body(ctx, LegacyCaseBody.class).toDomain())) {
                        throw ApiError.notFound("Court case " + id + " not found");
                    }
                    ctx.status(204);
                })
                .hook(Method.POST, "/legacy/court-case/booking", ctx -> {
                    BookingBody body = body(ctx, BookingBody.class);
                    ctx.status(201).json(bookingCreated(dps.createBookingCases(body.prisonerId(),
                            body.toDomain())));
                })
                .hook(Method.GET, "/legacy/court-case/{courtCaseUuid}/reconciliation", ctx -> {
                    String id = uuid(ctx, "courtCaseUuid");
                    ctx.json(reconciliationCase(dps, dps.caseState(id).orElseThrow(() ->
                            ApiError.notFound("Court case " + id + " not found"))));
                })
                .hook(Method.DELETE, "/legacy/court-case/{courtCaseUuid}", ctx -> {
                    String id = uuid(ctx, "courtCaseUuid");
                    if (!dps.deleteCourtCase(id)) {
                        throw ApiError.notFound("Court case " + id + " not found");
                    }
                    ctx.status(204);
                })
                .build();
    }

    RouteTable nomisTable() {
        var nomis = simulation.nomis();
        return RouteTable.builder()
                .hook(Method.GET, CASES, ctx -> ctx.json(nomis.courtCases(offender(ctx)).stream()
                        .map(CourtSentencingRoutes::courtCase).toList()))
                .hook(Method.POST, CASES, ctx -> {
                    CourtCaseRequest request = body(ctx, CourtCaseRequest.class);
                    long id = nomis(() -> nomis.createCourtCase(offender(ctx), request));
                    ctx.status(201).json(Map.of("id", id, "courtAppearanceIds", List.of()));
                })
                .hook(Method.GET, CASE, ctx -> ctx.json(courtCase(nomis.courtCase(offender(ctx), id(ctx, "caseId"))
                        .orElseThrow(() -> ApiError.notFound("Court case " + ctx.pathParam("caseId")
                                + " not found")))))
                .hook(Method.PUT, CASE, ctx -> {
                    StatusBody body = body(ctx, StatusBody.class);
                    nomis(() -> {
                        nomis.updateCourtCase(offender(ctx), id(ctx, "caseId"), body.status());
                        return null;
                    });
                    ctx.status(200);
                })
                .hook(Method.DELETE, CASE, ctx -> {
                    nomis.deleteCourtCase(offender(ctx), id(ctx, "caseId"));
                    ctx.status(200);
                })
                .hook(Method.POST, CASE + "/court-appearances", ctx -> {
                    AppearanceRequest request = body(ctx, AppearanceRequest.class);
                    var created = nomis(() -> nomis.createAppearance(offender(ctx), id(ctx, "caseId"), request));
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("id", created.id());
                    answer.put("courtEventChargesIds", request.courtEventChargesWithOutcomes().stream()
                            .map(c -> Map.of("offenderChargeId", c.offenderChargeId())).toList());
                    if (!created.clonedCourtCases().isEmpty()) {
                        answer.put("clonedCourtCases", clones(created.clonedCourtCases()));
                    }
                    ctx.status(201).json(answer);
                })
                .hook(Method.PUT, CASE + "/court-appearances/{eventId}", ctx -> {
                    AppearanceRequest request = body(ctx, AppearanceRequest.class);
                    nomis(() -> {
                        nomis.updateAppearance(offender(ctx), id(ctx, "caseId"), id(ctx, "eventId"), request);
                        return null;
                    });
                    ctx.json(Map.of("createdCourtEventChargesIds", List.of(), "deletedOffenderChargesIds",
                            List.of()));
                })
                .hook(Method.DELETE, CASE + "/court-appearances/{eventId}", ctx -> {
                    nomis.deleteAppearance(offender(ctx), id(ctx, "caseId"), id(ctx, "eventId"));
                    ctx.status(200);
                })
                .hook(Method.POST, CASE + "/charges", ctx -> {
                    ChargeRequest request = body(ctx, ChargeRequest.class);
                    long id = nomis(() -> nomis.createCharge(offender(ctx), id(ctx, "caseId"), request));
                    ctx.status(201).json(Map.of("offenderChargeId", id));
                })
                .hook(Method.PUT, CASE + "/court-appearances/{eventId}/charges/{chargeId}", ctx -> {
                    ChargeRequest request = body(ctx, ChargeRequest.class);
                    nomis(() -> {
                        nomis.updateCharge(offender(ctx), id(ctx, "caseId"), id(ctx, "eventId"),
                                id(ctx, "chargeId"), request);
                        return null;
                    });
                    ctx.status(200);
                })
                .hook(Method.POST, CASES + "/clone/{caseId}", ctx -> ctx.json(clones(nomis(() ->
                        nomis.cloneCase(offender(ctx), id(ctx, "caseId"))))))
                .hook(Method.POST, SENTENCES, ctx -> {
                    SentenceRequest request = body(ctx, SentenceRequest.class);
                    SentenceId id = nomis(() -> nomis.createSentence(offender(ctx), id(ctx, "caseId"), request));
                    ctx.status(201).json(Map.of("bookingId", id.offenderBookingId(), "sentenceSeq",
                            id.sentenceSequence()));
                })
                .hook(Method.PUT, SENTENCE, ctx -> {
                    SentenceRequest request = body(ctx, SentenceRequest.class);
                    nomis(() -> {
                        nomis.updateSentence(offender(ctx), id(ctx, "caseId"), id(ctx, "sequence"), request);
                        return null;
                    });
                    ctx.status(200);
                })
                .hook(Method.DELETE, SENTENCE, ctx -> {
                    nomis.deleteSentence(offender(ctx), id(ctx, "caseId"), id(ctx, "sequence"));
                    ctx.status(204);
                })
                .hook(Method.POST, TERMS, ctx -> {
                    TermRequest request = body(ctx, TermRequest.class);
                    TermId id = nomis(() -> nomis.createTerm(offender(ctx), id(ctx, "caseId"), id(ctx, "sequence"),
                            request));
                    ctx.status(201).json(Map.of("bookingId", id.sentence().offenderBookingId(), "sentenceSeq",
                            id.sentence().sentenceSequence(), "termSeq", id.termSequence()));
                })
                .hook(Method.PUT, TERMS + "/{termSequence}", ctx -> {
                    TermRequest request = body(ctx, TermRequest.class);
                    nomis(() -> {
                        nomis.updateTerm(offender(ctx), id(ctx, "caseId"), id(ctx, "sequence"),
                                id(ctx, "termSequence"), request);
                        return null;
                    });
                    ctx.status(200);
                })
                .hook(Method.DELETE, TERMS + "/{termSequence}", ctx -> {
                    nomis.deleteTerm(offender(ctx), id(ctx, "caseId"), id(ctx, "sequence"),
                            id(ctx, "termSequence"));
                    ctx.status(204);
                })
                .hook(Method.POST, RECALL, ctx -> {
                    RecallRequest request = body(ctx, RecallRequest.class);
                    var result = nomis(() -> nomis.convertToRecall(offender(ctx), request));
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("courtEventIds", result.courtEventIds());
                    answer.put("sentenceAdjustmentsActivated", List.of());
                    if (!result.clonedCourtCases().isEmpty()) {
                        answer.put("clonedCourtCases", clones(result.clonedCourtCases()));
                    }
                    ctx.json(answer);
                })
                .hook(Method.PUT, RECALL, ctx -> {
                    UpdateRecallBody body = body(ctx, UpdateRecallBody.class);
                    nomis(() -> {
                        nomis.updateRecall(offender(ctx), new RecallRequest(body.sentences(), body.returnToCustody(),
                                body.recallRevocationDate()), body.beachCourtEventIds());
                        return null;
                    });
                    ctx.json(Map.of("createdCourtEventIds", List.of(), "updatedCourtEventIds", List.of(),
                            "deletedCourtEventIds", List.of()));
                })
                .hook(Method.PUT, RECALL + "/restore-original", ctx -> {
                    DeleteRecallBody body = body(ctx, DeleteRecallBody.class);
                    nomis(() -> {
                        nomis.deleteRecall(offender(ctx), body.sentences(), body.beachCourtEventIds());
                        return null;
                    });
                    ctx.status(200);
                })
                .build();
    }

    /** {@code UpdateCourtCaseRequest}. */
    record StatusBody(String status) {
    }

    // --- remand and sentencing's legacy request schemas, read strictly

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw ApiError.badRequest(field + " is required");
        }
        return value;
    }

    /** {@code CaseReferenceLegacyData}. */
    record CaseReferenceBody(String offenderCaseReference, LocalDateTime updatedDate, String source) {
        CaseReference toDomain() {
            return new CaseReference(required(offenderCaseReference, "offenderCaseReference"),
                    required(updatedDate, "updatedDate"));
        }
    }

    /** {@code CourtCaseLegacyData}. */
    record CaseLegacyDataBody(List<CaseReferenceBody> caseReferences, Long bookingId) {
        List<CaseReference> references() {
            return required(caseReferences, "caseReferences").stream().map(CaseReferenceBody::toDomain).toList();
        }
    }

    /** {@code LegacyCreateCourtCase}. */
    record LegacyCaseBody(String prisonerId, Boolean active, CaseLegacyDataBody legacyData, Long bookingId,
                          String performedByUser) {
        LegacyCourtCaseUpdate toDomain() {
            CaseLegacyDataBody data = required(legacyData, "legacyData");
            Long booking = bookingId != null ? bookingId : data.bookingId();
            return new LegacyCourtCaseUpdate(required(prisonerId, "prisonerId"), required(active, "active"),
                    required(booking, "bookingId"), data.references());
        }
    }

    /** {@code BookingCreateCourtCases}. */
    record BookingBody(String prisonerId, List<BookingCaseBody> courtCases) {
        List<BookingCourtCase> toDomain() {
            required(prisonerId, "prisonerId");
            return required(courtCases, "courtCases").stream().map(BookingCaseBody::toDomain).toList();
        }
    }

    /** {@code BookingCreateCourtCase}. */
    record BookingCaseBody(Long caseId, Boolean active, CaseLegacyDataBody courtCaseLegacyData,
                           List<BookingAppearanceBody> appearances, Boolean merged) {
        BookingCourtCase toDomain() {
            CaseLegacyDataBody data = required(courtCaseLegacyData, "courtCaseLegacyData");
            return new BookingCourtCase(required(caseId, "caseId"), required(active, "active"),
                    required(data.bookingId(), "courtCaseLegacyData.bookingId"), data.references(),
                    required(appearances, "appearances").stream().map(BookingAppearanceBody::toDomain).toList());
        }
    }

    /** {@code CourtAppearanceLegacyData}. */
    record AppearanceLegacyBody(String postedDate, String nomisOutcomeCode, String outcomeDescription,
                                LocalDateTime nextEventDateTime, String appearanceTime, String outcomeDispositionCode,
                                Boolean outcomeConvictionFlag, String nomisAppearanceTypeCode, String comments) {
    }

    /** {@code BookingCreateCourtAppearance}. */
    record BookingAppearanceBody(Long eventId, String courtCode, LocalDate appearanceDate,
                                 AppearanceLegacyBody legacyData, List<BookingChargeBody> charges) {
        BookingAppearance toDomain() {
            AppearanceLegacyBody data = required(legacyData, "legacyData");
            LocalTime time;
            try {
                time = data.appearanceTime() == null ? null : LocalTime.parse(data.appearanceTime());
            } catch (java.time.format.DateTimeParseException e) {
                throw ApiError.badRequest("legacyData.appearanceTime is not a time: " + data.appearanceTime());
            }
            return new BookingAppearance(required(eventId, "eventId"), required(courtCode, "courtCode"),
                    required(appearanceDate, "appearanceDate"), time, data.nomisOutcomeCode(),
                    data.nomisAppearanceTypeCode(), data.nextEventDateTime(),
                    required(charges, "charges").stream().map(BookingChargeBody::toDomain).toList());
        }
    }

    /** {@code ChargeLegacyData}. */
    record ChargeLegacyBody(String postedDate, String nomisOutcomeCode, String outcomeDescription,
                            String outcomeDispositionCode, Boolean outcomeConvictionFlag, String offenceDescription) {
    }

    /** {@code BookingCreateCharge}. */
    record BookingChargeBody(Long chargeNOMISId, String offenceCode, LocalDate offenceStartDate,
                             LocalDate offenceEndDate, ChargeLegacyBody legacyData, BookingSentenceBody sentence,
                             Long mergedFromCaseId, LocalDate mergedFromDate) {
        BookingCharge toDomain() {
            return new BookingCharge(required(chargeNOMISId, "chargeNOMISId"), required(offenceCode, "offenceCode"),
                    offenceStartDate, offenceEndDate, required(legacyData, "legacyData").nomisOutcomeCode(),
                    sentence == null ? null : sentence.toDomain());
        }
    }

    /** {@code BookingSentenceId}. */
    record SentenceIdBody(Long offenderBookingId, Long sequence) {
        SentenceId toDomain() {
            return new SentenceId(required(offenderBookingId, "offenderBookingId"), required(sequence, "sequence"));
        }
    }

    /** {@code BookingCreateFine}. */
    record FineBody(BigDecimal fineAmount) {
    }

    /** {@code SentenceLegacyData}. */
    record SentenceLegacyBody(String sentenceCalcType, String sentenceCategory, String sentenceTypeDesc,
                              String postedDate, Boolean active, String nomisLineReference, Long bookingId) {
    }

    /** {@code BookingCreateSentence}. */
    record BookingSentenceBody(SentenceIdBody sentenceId, FineBody fine, Boolean active,
                               SentenceLegacyBody legacyData, SentenceIdBody consecutiveToSentenceId,
                               List<BookingPeriodLengthBody> periodLengths, LocalDate returnToCustodyDate) {
        BookingSentence toDomain() {
            SentenceLegacyBody data = required(legacyData, "legacyData");
            LocalDate posted;
            try {
                posted = LocalDate.parse(required(data.postedDate(), "legacyData.postedDate").substring(0,
                        Math.min(10, data.postedDate().length())));
            } catch (java.time.format.DateTimeParseException e) {
                throw ApiError.badRequest("legacyData.postedDate is not a date: " + data.postedDate());
            }
            return new BookingSentence(required(sentenceId, "sentenceId").toDomain(), required(active, "active"),
                    data.sentenceCalcType(), data.sentenceCategory(), posted, fine == null ? null
                    : fine.fineAmount(), required(periodLengths, "periodLengths").stream()
                    .map(BookingPeriodLengthBody::toDomain).toList());
        }
    }

    /** {@code NomisPeriodLengthId}. */
    record PeriodLengthIdBody(Long offenderBookingId, Long sentenceSequence, Long termSequence) {
    }

    /** {@code PeriodLengthLegacyData}. */
    record PeriodLengthLegacyBody(Boolean lifeSentence, String sentenceTermCode, String sentenceTermDescription) {
    }

    /** {@code BookingCreatePeriodLength}. */
    record BookingPeriodLengthBody(PeriodLengthIdBody periodLengthId, Integer periodYears, Integer periodMonths,
                                   Integer periodWeeks, Integer periodDays, PeriodLengthLegacyBody legacyData) {
        BookingPeriodLength toDomain() {
            PeriodLengthIdBody id = required(periodLengthId, "periodLengthId");
            PeriodLengthLegacyBody data = required(legacyData, "legacyData");
            return new BookingPeriodLength(new TermId(new SentenceId(required(id.offenderBookingId(),
                    "periodLengthId.offenderBookingId"), required(id.sentenceSequence(),
                    "periodLengthId.sentenceSequence")), required(id.termSequence(), "periodLengthId.termSequence")),
                    periodYears, periodMonths, periodWeeks, periodDays, Boolean.TRUE.equals(data.lifeSentence()),
                    data.sentenceTermCode());
        }
    }

    /** {@code BookingCreateCourtCasesResponse}, from what the twin created (ids as the mappings key them). */
    static Map<String, Object> bookingCreated(BookingCreated created) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("courtCases", created.courtCases().stream().map(c -> Map.of("courtCaseUuid", c.dpsId(),
                "caseId", Long.parseLong(c.nomisId()))).toList());
        answer.put("appearances", created.appearances().stream().map(a -> Map.of("appearanceUuid", a.dpsId(),
                "eventId", Long.parseLong(a.nomisId()))).toList());
        answer.put("charges", created.charges().stream().map(x -> Map.of("chargeUuid", x.dpsId(),
                "chargeNOMISId", Long.parseLong(x.nomisId()))).toList());
        answer.put("sentences", created.sentences().stream().map(s -> {
            SentenceId id = SentenceId.parseKey(s.nomisId()).orElseThrow();
            return Map.of("sentenceUuid", s.dpsId(), "sentenceNOMISId", Map.of("offenderBookingId",
                    id.offenderBookingId(), "sequence", id.sentenceSequence()));
        }).toList());
        answer.put("sentenceTerms", created.sentenceTerms().stream().map(t -> {
            TermId id = TermId.parseKey(t.nomisId()).orElseThrow();
            return Map.of("periodLengthUuid", t.dpsId(), "sentenceTermNOMISId", Map.of("offenderBookingId",
                    id.sentence().offenderBookingId(), "sentenceSequence", id.sentence().sentenceSequence(),
                    "termSequence", id.termSequence()));
        }).toList());
        return answer;
    }

    /** {@code ReconciliationCourtCase}: the case's state with its appearances, charges, sentences and periods. */
    static Map<String, Object> reconciliationCase(InMemoryCourtSentencingDpsApi dps, CaseState state) {
        Map<String, Object> dto = new LinkedHashMap<>();
        dto.put("courtCaseUuid", state.courtCaseUuid());
        dto.put("prisonerId", state.prisonerId());
        dto.put("active", state.active());
        dto.put("merged", false);
        dto.put("status", state.status());
        Map<String, Object> legacy = new LinkedHashMap<>();
        legacy.put("caseReferences", List.of());
        legacy.put("bookingId", state.bookingId());
        dto.put("courtCaseLegacyData", legacy);
        dto.put("appearances", dps.appearancesOf(state.courtCaseUuid()).stream().map(a -> {
            Map<String, Object> appearance = new LinkedHashMap<>();
            appearance.put("appearanceUuid", a.lifetimeUuid());
            appearance.put("courtCode", a.courtCode());
            appearance.put("appearanceDate", a.appearanceDate());
            appearance.put("appearanceTime", a.appearanceTime());
            appearance.put("nomisOutcomeCode", a.nomisOutcomeCode());
            appearance.put("nomisAppearanceTypeCode", a.nomisAppearanceTypeCode());
            appearance.put("charges", a.charges().stream().map(x -> {
                Map<String, Object> charge = new LinkedHashMap<>();
                charge.put("chargeUuid", x.lifetimeUuid());
                charge.put("offenceCode", x.offenceCode());
                charge.put("offenceStartDate", x.offenceStartDate());
                charge.put("offenceEndDate", x.offenceEndDate());
                charge.put("nomisOutcomeCode", x.nomisOutcomeCode());
                dps.sentenceOf(a.lifetimeUuid(), x.lifetimeUuid()).ifPresent(s -> {
                    Map<String, Object> sentence = new LinkedHashMap<>();
                    sentence.put("sentenceUuid", s.lifetimeUuid());
                    sentence.put("fineAmount", s.fineAmount());
                    sentence.put("sentenceCalcType", s.sentenceCalcType());
                    sentence.put("sentenceCategory", s.sentenceCategory());
                    sentence.put("active", s.active());
                    sentence.put("sentenceStartDate", s.sentenceStartDate());
                    sentence.put("consecutiveToSentenceUuid", s.consecutiveToLifetimeUuid());
                    sentence.put("periodLengths", dps.periodLengthsOf(s.lifetimeUuid()).stream().map(p -> {
                        Map<String, Object> period = new LinkedHashMap<>();
                        period.put("periodLengthUuid", p.periodLengthUuid());
                        period.put("periodYears", p.periodYears());
                        period.put("periodMonths", p.periodMonths());
                        period.put("periodWeeks", p.periodWeeks());
                        period.put("periodDays", p.periodDays());
                        period.put("lifeSentence", p.isLifeSentence());
                        period.put("sentenceTermCode", p.sentenceTermCode());
                        return period;
                    }).toList());
                    charge.put("sentence", sentence);
                });
                return charge;
            }).toList());
            return appearance;
        }).toList());
        return dto;
    }

    /** {@code UpdateRecallRequest}. */
    record UpdateRecallBody(List<RecallSentence> sentences, List<RecallSentence> sentencesRemoved,
                            org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.ReturnToCustody returnToCustody,
                            java.time.LocalDate recallRevocationDate, List<Long> beachCourtEventIds) {
        UpdateRecallBody {
            beachCourtEventIds = beachCourtEventIds == null ? List.of() : beachCourtEventIds;
        }
    }

    /** {@code DeleteRecallRequest}. */
    record DeleteRecallBody(List<RecallSentence> sentences, List<Long> beachCourtEventIds) {
        DeleteRecallBody {
            sentences = sentences == null ? List.of() : sentences;
            beachCourtEventIds = beachCourtEventIds == null ? List.of() : beachCourtEventIds;
        }
    }

    private <T> T body(Context ctx, Class<T> type) {
        try {
            T read = strict.readValue(ctx.body(), type);
            if (read == null) {
                throw ApiError.badRequest("a body is required");
            }
            return read;
        } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
            if (e instanceof ApiError api) {
                throw api;
            }
            String message = String.valueOf(e.getMessage());
            int newline = message.indexOf('\n');
            throw ApiError.badRequest("unreadable " + type.getSimpleName() + ": "
                    + (newline < 0 ? message : message.substring(0, newline)));
        }
    }

    private static <T> T nomis(Supplier<T> call) {
        try {
            return call.get();
        } catch (UpstreamRejected e) {
            throw new ApiError(e.status(), e.getMessage(), e.getMessage(), null);
        }
    }

    private static String offender(Context ctx) {
        return Params.prisonerNumber(ctx, "offenderNo");
    }

    private static long id(Context ctx, String name) {
        return Params.positiveLong(ctx, name);
    }

    private static String uuid(Context ctx, String name) {
        String value = ctx.pathParam(name);
        if (!CourtSentencingEvents.isUuid(value)) {
            throw ApiError.badRequest(name + " is not a uuid: " + value);
        }
        return value;
    }

    // --- upstream's response schemas

    static Map<String, Object> clones(CaseClones clones) {
        List<Map<String, Object>> cases = new ArrayList<>();
        for (CaseClones.Cloned c : clones.courtCases()) {
            cases.add(Map.of("courtCase", courtCase(c.courtCase()), "sourceCourtCase",
                    courtCase(c.sourceCourtCase())));
        }
        List<Map<String, Object>> adjustments = new ArrayList<>();
        for (CaseClones.ClonedAdjustments a : clones.sentenceAdjustments()) {
            adjustments.add(Map.of("sentenceId", Map.of("offenderBookingId", a.sentenceId().offenderBookingId(),
                    "sentenceSequence", a.sentenceId().sentenceSequence()), "adjustmentIds", a.adjustmentIds()));
        }
        return Map.of("courtCases", cases, "sentenceAdjustments", adjustments);
    }

    private static Map<String, Object> code(String code) {
        Map<String, Object> dto = new LinkedHashMap<>();
        dto.put("code", code);
        dto.put("description", code);
        return dto;
    }

    private static Map<String, Object> charge(NomisCourtCase.Charge c) {
        Map<String, Object> dto = new LinkedHashMap<>();
        dto.put("id", c.id());
        dto.put("offence", Map.of("offenceCode", c.offenceCode(), "statuteCode", c.offenceCode().substring(0,
                Math.min(4, c.offenceCode().length())), "description", c.offenceCode()));
        dto.put("offenceDate", c.offenceDate());
        dto.put("offenceEndDate", c.offenceEndDate());
        dto.put("resultCode1", c.resultCode1() == null ? null : code(c.resultCode1()));
        dto.put("mostSeriousFlag", false);
        dto.put("createdByUsername", Params.DEFAULT_OFFICER);
        return dto;
    }

    static Map<String, Object> courtCase(NomisCourtCase c) {
        Map<Long, NomisCourtCase.Charge> charges = new LinkedHashMap<>();
        c.offenderCharges().forEach(x -> charges.put(x.id(), x));
        Function<Long, Map<String, Object>> chargeOf = id -> charges.containsKey(id) ? charge(charges.get(id))
                : Map.of("id", id);
        Map<String, Object> dto = new LinkedHashMap<>();
        dto.put("id", c.id());
        dto.put("offenderNo", c.offenderNo());
        dto.put("bookingId", c.bookingId());
        dto.put("primaryCaseInfoNumber", c.primaryCaseInfoNumber());
        dto.put("caseSequence", 1);
        dto.put("caseStatus", code(c.caseStatus()));
        dto.put("legalCaseType", code(c.legalCaseType()));
        dto.put("beginDate", c.beginDate());
        dto.put("courtId", c.courtId());
        dto.put("sourceCombinedCaseIds", List.of());
        dto.put("createdDateTime", c.beginDate().atStartOfDay());
        dto.put("createdByUsername", Params.DEFAULT_OFFICER);
        dto.put("courtEvents", c.courtEvents().stream().map(e -> {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("id", e.id());
            event.put("caseId", c.id());
            event.put("offenderNo", c.offenderNo());
            event.put("eventDateTime", e.eventDateTime());
            event.put("courtEventType", code(e.courtEventType()));
            event.put("eventStatus", code("SCH"));
            event.put("courtId", e.courtId());
            event.put("outcomeReasonCode", e.outcomeReasonCode() == null ? null : code(e.outcomeReasonCode()));
            event.put("nextEventDateTime", e.nextEventDateTime());
            event.put("courtEventCharges", e.charges().stream().map(x -> {
                Map<String, Object> ec = new LinkedHashMap<>();
                ec.put("eventId", e.id());
                ec.put("offenderCharge", chargeOf.apply(x.offenderChargeId()));
                ec.put("resultCode1", x.resultCode1() == null ? null : code(x.resultCode1()));
                ec.put("mostSeriousFlag", false);
                ec.put("createdByUsername", Params.DEFAULT_OFFICER);
                return ec;
            }).toList());
            event.put("courtOrders", List.of());
            event.put("isClone", false);
            event.put("createdDateTime", e.eventDateTime());
            event.put("createdByUsername", Params.DEFAULT_OFFICER);
            return event;
        }).toList());
        dto.put("offenderCharges", c.offenderCharges().stream().map(CourtSentencingRoutes::charge).toList());
        dto.put("caseInfoNumbers", List.of());
        dto.put("sentences", c.sentences().stream().map(s -> {
            Map<String, Object> sentence = new LinkedHashMap<>();
            sentence.put("bookingId", s.id().offenderBookingId());
            sentence.put("sentenceSeq", s.id().sentenceSequence());
            sentence.put("status", s.status());
            sentence.put("calculationType", code(s.calculationType()));
            sentence.put("category", code(s.category()));
            sentence.put("startDate", s.startDate());
            sentence.put("fineAmount", s.fineAmount());
            sentence.put("courtOrder", Map.of("id", s.eventId(), "eventId", s.eventId()));
            sentence.put("caseId", c.id());
            sentence.put("offenderCharges", s.chargeIds().stream().map(chargeOf).toList());
            sentence.put("sentenceTerms", s.terms().stream().map(t -> {
                Map<String, Object> term = new LinkedHashMap<>();
                term.put("termSequence", t.termSequence());
                term.put("sentenceTermType", t.sentenceTermType() == null ? null : code(t.sentenceTermType()));
                term.put("years", t.years());
                term.put("months", t.months());
                term.put("weeks", t.weeks());
                term.put("days", t.days());
                term.put("lifeSentenceFlag", t.lifeSentenceFlag());
                term.put("startDate", s.startDate());
                term.put("prisonId", "MDI");
                term.put("createdByUsername", Params.DEFAULT_OFFICER);
                return term;
            }).toList());
            sentence.put("missingCourtOffenderChargeIds", List.of());
            sentence.put("prisonId", "MDI");
            sentence.put("createdDateTime", s.startDate().atStartOfDay());
            sentence.put("createdByUsername", Params.DEFAULT_OFFICER);
            return sentence;
        }).toList());
        return dto;
    }
}
