package org.prisonsync.simulator.adjustments;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.adjustments.AdjustmentCategory;
import org.prisonsync.core.adjustments.LegacyAdjustment;
import org.prisonsync.core.adjustments.NomisAdjustment;
import org.prisonsync.core.adjustments.NomisAdjustmentId;
import org.prisonsync.core.adjustments.NomisAdjustmentRequest;
import org.prisonsync.core.message.Ids;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.store.RouteTable;
import org.prisonsync.simulator.store.RouteTable.Method;

/**
 * The real systems' adjustment routes at their real paths: the adjustments API's {@code /legacy/adjustments}
 * (which, as upstream, consume {@code application/vnd.nomis-offence+json} only) and NOMIS's sentence and key-date
 * adjustment endpoints. Request bodies are read strictly (an unknown field is a 400); writes publish the events the
 * real systems publish for them ({@link AdjustmentEvents}).
 */
final class AdjustmentRoutes {
    static final String LEGACY_CONTENT_TYPE = "application/vnd.nomis-offence+json";
    private static final String[] SENTENCE_TYPES = {"RSR", "UR", "S240A", "RST", "RX", "TCA", "TSA"};
    private static final String[] KEY_DATE_TYPES = {"LAL", "UAL", "RADA", "ADA", "SREM"};
    private static final String[] NOMIS_FIELDS = {"adjustmentTypeCode", "adjustmentDate", "adjustmentFromDate",
        "adjustmentDays", "comment", "active"};
    private static final String[] LEGACY_FIELDS = {"bookingId", "sentenceSequence", "offenderNo", "adjustmentType",
        "adjustmentDate", "adjustmentFromDate", "adjustmentDays", "comment", "active", "bookingReleased", "agencyId",
        "currentTerm"};

    private final AdjustmentsSimulation simulation;
    private final ObjectMapper mapper;

    AdjustmentRoutes(AdjustmentsSimulation simulation, ObjectMapper mapper) {
        this.simulation = simulation;
        this.mapper = mapper;
    }

    RouteTable dpsTable() {
        return RouteTable.builder()
                .find("/legacy/adjustments/{adjustmentId}", AdjustmentRoutes::adjustmentId,
                        simulation.dps()::find, AdjustmentRoutes::legacy, id -> "Adjustment " + id + " not found")
                .create("/legacy/adjustments", ctx -> simulation.legacyCreate(legacyBody(ctx)),
                        id -> Map.of("adjustmentId", id), RouteTable.noEvent())
                .hook(Method.PUT, "/legacy/adjustments/{adjustmentId}", ctx -> {
                    String id = adjustmentId(ctx);
                    if (!simulation.legacyUpdate(id, legacyBody(ctx))) {
                        throw ApiError.notFound("Adjustment " + id + " not found");
                    }
                    ctx.status(200);
                })
                .delete("/legacy/adjustments/{adjustmentId}", AdjustmentRoutes::adjustmentId,
                        simulation::legacyDelete, id -> "Adjustment " + id + " not found")
                .hook(Method.GET, "/adjustments", ctx -> {
                    String person = ctx.queryParam("person");
                    if (person == null || !Params.isPrisonerNumber(person)) {
                        throw ApiError.badRequest("person is required and must be a prisoner number");
                    }
                    ctx.json(simulation.dps().of(person).entrySet().stream()
                            .map(e -> adjustmentDto(e.getKey(), e.getValue())).toList());
                })
                .build();
    }

    RouteTable nomisTable() {
        return RouteTable.builder()
                .create("/prisoners/booking-id/{bookingId}/sentences/{sentenceSequence}/adjustments",
                        ctx -> simulation.apiCreate(Params.positiveLong(ctx, "bookingId"),
                                Params.positiveLong(ctx, "sentenceSequence"),
                                nomisBody(ctx, AdjustmentCategory.SENTENCE, false)),
                        id -> Map.of("id", id.id()), RouteTable.noEvent())
                .create("/prisoners/booking-id/{bookingId}/adjustments",
                        ctx -> simulation.apiCreate(Params.positiveLong(ctx, "bookingId"), null,
                                nomisBody(ctx, AdjustmentCategory.KEY_DATE, false)),
                        id -> Map.of("id", id.id()), RouteTable.noEvent())
                .hook(Method.GET, "/prisoners/booking-id/{bookingId}/sentencing-adjustments", ctx -> {
                    long booking = Params.positiveLong(ctx, "bookingId");
                    String activeOnly = ctx.queryParam("active-only");
                    if (activeOnly == null || !(activeOnly.equals("true") || activeOnly.equals("false"))) {
                        throw ApiError.badRequest("active-only is required and must be true or false");
                    }
                    List<NomisAdjustment> all = simulation.nomis().bookingAdjustments(booking,
                            Boolean.parseBoolean(activeOnly));
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("sentenceAdjustments", all.stream().filter(a -> a.sentenceSequence() != null)
                            .map(AdjustmentRoutes::nomis).toList());
                    body.put("keyDateAdjustments", all.stream().filter(a -> a.sentenceSequence() == null)
                            .map(AdjustmentRoutes::nomis).toList());
                    ctx.json(body);
                })
                .find("/sentence-adjustments/{adjustmentId}", ctx -> nomisId(ctx, AdjustmentCategory.SENTENCE),
                        simulation.nomis()::find, AdjustmentRoutes::nomis, id -> "Sentence adjustment " + id.id()
                                + " not found")
                .find("/key-date-adjustments/{adjustmentId}", ctx -> nomisId(ctx, AdjustmentCategory.KEY_DATE),
                        simulation.nomis()::find, AdjustmentRoutes::nomis, id -> "Key date adjustment " + id.id()
                                + " not found")
                .change(Method.PUT, "/sentence-adjustments/{adjustmentId}", ctx -> update(ctx,
                        AdjustmentCategory.SENTENCE))
                .change(Method.PUT, "/key-date-adjustments/{adjustmentId}", ctx -> update(ctx,
                        AdjustmentCategory.KEY_DATE))
                .delete("/sentence-adjustments/{adjustmentId}", ctx -> nomisId(ctx, AdjustmentCategory.SENTENCE),
                        simulation::apiDelete)
                .delete("/key-date-adjustments/{adjustmentId}", ctx -> nomisId(ctx, AdjustmentCategory.KEY_DATE),
                        simulation::apiDelete)
                .build();
    }

    private void update(Context ctx, AdjustmentCategory category) {
        NomisAdjustmentId id = nomisId(ctx, category);
        if (!simulation.apiUpdate(id, nomisBody(ctx, category, true))) {
            throw ApiError.notFound("Adjustment " + id.id() + " not found");
        }
    }

    private static String adjustmentId(Context ctx) {
        String id = ctx.pathParam("adjustmentId");
        if (!Ids.isTextId(id)) {
            throw ApiError.badRequest("adjustmentId is not a uuid: " + id);
        }
        return id;
    }

    private static NomisAdjustmentId nomisId(Context ctx, AdjustmentCategory category) {
        return new NomisAdjustmentId(category, Params.positiveLong(ctx, "adjustmentId"));
    }

    private NomisAdjustmentRequest nomisBody(Context ctx, AdjustmentCategory category, boolean update) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        boolean sentenceUpdate = update && category == AdjustmentCategory.SENTENCE;
        if (sentenceUpdate) {
            String[] fields = java.util.Arrays.copyOf(NOMIS_FIELDS, NOMIS_FIELDS.length + 1);
            fields[NOMIS_FIELDS.length] = "sentenceSequence";
            body.allowOnly(fields);
        } else {
            body.allowOnly(NOMIS_FIELDS);
        }
        String type = body.requiredOneOf("adjustmentTypeCode",
                category == AdjustmentCategory.SENTENCE ? SENTENCE_TYPES : KEY_DATE_TYPES);
        long days = body.optionalLong("adjustmentDays").orElseThrow(() ->
                ApiError.badRequest("adjustmentDays is required"));
        LocalDate from = body.optionalDate("adjustmentFromDate").orElse(null);
        if (category == AdjustmentCategory.KEY_DATE && from == null) {
            throw ApiError.badRequest("adjustmentFromDate is required");
        }
        Long sentenceSequence = null;
        if (sentenceUpdate) {
            sentenceSequence = body.optionalLong("sentenceSequence").orElseThrow(() ->
                    ApiError.badRequest("sentenceSequence is required"));
        }
        return new NomisAdjustmentRequest(type, body.optionalDate("adjustmentDate").orElse(null), from, days,
                body.optionalText("comment").orElse(null), body.optionalBoolean("active").orElse(null),
                sentenceSequence);
    }

    private LegacyAdjustment legacyBody(Context ctx) {
        String contentType = ctx.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase().startsWith(LEGACY_CONTENT_TYPE)) {
            throw new ApiError(415, "Unsupported media type", "Content-Type must be " + LEGACY_CONTENT_TYPE
                    + ", was " + contentType, null);
        }
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly(LEGACY_FIELDS);
        long booking = body.optionalLong("bookingId").orElseThrow(() -> ApiError.badRequest("bookingId is required"));
        String offenderNo = body.requiredText("offenderNo");
        if (!Params.isPrisonerNumber(offenderNo)) {
            throw ApiError.badRequest("offenderNo is not a prisoner number: " + offenderNo);
        }
        String[] types = java.util.stream.Stream.concat(java.util.Arrays.stream(SENTENCE_TYPES),
                java.util.Arrays.stream(KEY_DATE_TYPES)).toArray(String[]::new);
        Integer sentenceSequence = body.optionalInt("sentenceSequence").orElse(null);
        int days = Math.toIntExact(body.optionalLong("adjustmentDays").orElseThrow(() ->
                ApiError.badRequest("adjustmentDays is required")));
        return new LegacyAdjustment(booking, sentenceSequence, offenderNo, body.requiredOneOf("adjustmentType", types),
                body.optionalDate("adjustmentDate").orElse(null), body.optionalDate("adjustmentFromDate").orElse(null),
                days, body.optionalText("comment").orElse(null), body.requiredBoolean("active"),
                body.requiredBoolean("bookingReleased"), body.optionalText("agencyId").orElse(null),
                body.requiredBoolean("currentTerm"));
    }

    /** The adjustments API's own {@code AdjustmentDto} (its types, not NOMIS's), the fields the search shows. */
    static Map<String, Object> adjustmentDto(String id, LegacyAdjustment a) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("bookingId", a.bookingId());
        body.put("person", a.offenderNo());
        body.put("adjustmentType", dpsType(a.adjustmentType()));
        if (a.sentenceSequence() != null) {
            body.put("sentenceSequence", a.sentenceSequence());
        }
        putDate(body, "fromDate", a.adjustmentFromDate());
        body.put("days", a.adjustmentDays());
        body.put("status", a.active() ? "ACTIVE" : "INACTIVE");
        return body;
    }

    private static String dpsType(String nomisType) {
        return switch (nomisType) {
            case "RSR", "RX" -> "REMAND";
            case "S240A", "RST" -> "TAGGED_BAIL";
            case "UR" -> "UNUSED_DEDUCTIONS";
            case "LAL" -> "LAWFULLY_AT_LARGE";
            case "UAL" -> "UNLAWFULLY_AT_LARGE";
            case "ADA" -> "ADDITIONAL_DAYS_AWARDED";
            case "RADA" -> "RESTORATION_OF_ADDITIONAL_DAYS_AWARDED";
            case "SREM" -> "SPECIAL_REMISSION";
            case "TCA" -> "CUSTODY_ABROAD";
            default -> "APPEAL_APPLICANT";
        };
    }

    static Map<String, Object> legacy(LegacyAdjustment a) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bookingId", a.bookingId());
        if (a.sentenceSequence() != null) {
            body.put("sentenceSequence", a.sentenceSequence());
        }
        body.put("offenderNo", a.offenderNo());
        body.put("adjustmentType", a.adjustmentType());
        putDate(body, "adjustmentDate", a.adjustmentDate());
        putDate(body, "adjustmentFromDate", a.adjustmentFromDate());
        body.put("adjustmentDays", a.adjustmentDays());
        if (a.comment() != null) {
            body.put("comment", a.comment());
        }
        body.put("active", a.active());
        body.put("bookingReleased", a.bookingReleased());
        if (a.agencyId() != null) {
            body.put("agencyId", a.agencyId());
        }
        body.put("currentTerm", a.currentTerm());
        return body;
    }

    static Map<String, Object> nomis(NomisAdjustment a) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", a.id().id());
        body.put("bookingId", a.bookingId());
        body.put("bookingSequence", a.bookingSequence());
        body.put("hasBeenReleased", a.hasBeenReleased());
        body.put("prisonId", a.prisonId());
        body.put("offenderNo", a.offenderNo());
        if (a.sentenceSequence() != null) {
            body.put("sentenceSequence", a.sentenceSequence());
        }
        body.put("adjustmentType", Map.of("code", a.adjustmentType(), "description", a.adjustmentType()));
        putDate(body, "adjustmentDate", a.adjustmentDate());
        putDate(body, "adjustmentFromDate", a.adjustmentFromDate());
        if (a.adjustmentFromDate() != null) {
            body.put("adjustmentToDate", a.adjustmentFromDate().plusDays(Math.max(0, a.adjustmentDays() - 1))
                    .toString());
        }
        body.put("adjustmentDays", a.adjustmentDays());
        if (a.comment() != null) {
            body.put("comment", a.comment());
        }
        body.put("active", a.active());
        if (a.sentenceSequence() != null) {
            body.put("hiddenFromUsers", a.hiddenFromUsers());
        }
        return body;
    }

    private static void putDate(Map<String, Object> body, String field, LocalDate date) {
        if (date != null) {
            body.put(field, date.toString());
        }
    }
}
