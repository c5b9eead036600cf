package org.prisonsync.simulator.adjustments;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.prisonsync.core.adjustments.LegacyAdjustment;
import org.prisonsync.core.adjustments.NomisAdjustmentId;
import org.prisonsync.core.adjustments.NomisAdjustmentRequest;
import org.prisonsync.core.message.Ids;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;

/**
 * The adjustments part of the control API (in {@code simulator-control.yaml}): plant an adjustment on one side only,
 * or a copy of one, without the event its system would publish, as a lost event, a lost create answer (seed 000) or
 * two racing threads (seed 002) leave them; the reconciliation and the repairs are then tried against them. Never
 * faulted, never behind auth.
 */
final class AdjustmentControlRoutes {
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9]{0,11}");
    private static final int MAX_DAYS = 10_000;

    private final AdjustmentsSimulation simulation;
    private final ObjectMapper mapper;

    AdjustmentControlRoutes(AdjustmentsSimulation simulation, ObjectMapper mapper) {
        this.simulation = simulation;
        this.mapper = mapper;
    }

    void register(RoutesConfig routes) {
        routes.post("/simulator/adjustments/plant", this::plant);
        routes.post("/simulator/adjustments/duplicate-of", this::duplicate);
    }

    /**
     * {@code {"side":"NOMIS"|"DPS","offenderNo","bookingId","adjustmentType","adjustmentDays"[,"sentenceSequence"]}}:
     * the planted adjustment's id ({@code SENTENCE:id} / {@code KEY-DATE:id}, or the DPS uuid).
     */
    private void plant(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("side", "offenderNo", "bookingId",
                "adjustmentType", "adjustmentDays", "sentenceSequence");
        String side = body.requiredOneOf("side", "NOMIS", "DPS");
        String offenderNo = body.requiredText("offenderNo");
        if (!Params.isPrisonerNumber(offenderNo)) {
            throw ApiError.badRequest("offenderNo is not a prisoner number like A1234BC");
        }
        long bookingId = body.optionalLong("bookingId").filter(b -> b > 0)
                .orElseThrow(() -> ApiError.badRequest("bookingId is required, a positive whole number"));
        String type = body.requiredText("adjustmentType");
        if (!TYPE.matcher(type).matches()) {
            throw ApiError.badRequest("adjustmentType is an adjustment type code like UAL or S240A");
        }
        int days = body.optionalInt("adjustmentDays").filter(d -> d >= 0 && d <= MAX_DAYS)
                .orElseThrow(() -> ApiError.badRequest("adjustmentDays is required, 0 to " + MAX_DAYS));
        Long sentenceSequence = body.optionalLong("sentenceSequence").orElse(null);
        if (sentenceSequence != null && (sentenceSequence < 1 || sentenceSequence > 999)) {
            throw ApiError.badRequest("sentenceSequence is 1 to 999 (left out: a key-date adjustment)");
        }
        simulation.nomis().booking(bookingId).filter(b -> !b.offenderNo().equals(offenderNo)).ifPresent(b -> {
            throw ApiError.badRequest("booking " + bookingId + " is " + b.offenderNo() + "'s, not " + offenderNo
                    + "'s");
        });
        if (simulation.nomis().booking(bookingId).isEmpty()) {
            simulation.admit(bookingId, offenderNo, "MDI");
        }
        String id;
        if (side.equals("NOMIS")) {
            id = simulation.nomis().plant(bookingId, sentenceSequence, new NomisAdjustmentRequest(type,
                    LocalDate.now(), LocalDate.now().minusDays(days), days, null, true, null)).key();
        } else {
            LegacyAdjustment adjustment = new LegacyAdjustment(bookingId, sentenceSequence == null ? null
                    : sentenceSequence.intValue(), offenderNo, type, LocalDate.now(), LocalDate.now().minusDays(days),
                    days, null, true, false, "MDI", true);
            id = simulation.plantDps(adjustment);
        }
        answer(ctx, side, id);
    }

    /** {@code {"nomisAdjustmentId":"KEY-DATE:123"}} or {@code {"adjustmentId":"uuid"}}: the copy's id. */
    private void duplicate(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("nomisAdjustmentId", "adjustmentId");
        if (body.has("nomisAdjustmentId") == body.has("adjustmentId")) {
            throw ApiError.badRequest("give exactly one of nomisAdjustmentId (SENTENCE:id or KEY-DATE:id) and "
                    + "adjustmentId (a DPS adjustment's id)");
        }
        if (body.has("nomisAdjustmentId")) {
            String key = body.requiredText("nomisAdjustmentId");
            NomisAdjustmentId original = NomisAdjustmentId.parseKey(key).orElseThrow(() ->
                    ApiError.badRequest("nomisAdjustmentId is SENTENCE:id or KEY-DATE:id, was " + Ids.quote(key)));
            if (simulation.nomis().find(original).isEmpty()) {
                throw ApiError.notFound("NOMIS has no adjustment " + original.key());
            }
            answer(ctx, "NOMIS", simulation.plantNomisCopy(original).key());
            return;
        }
        String original = body.requiredText("adjustmentId");
        if (!Ids.isTextId(original)) {
            throw ApiError.badRequest("adjustmentId is not an id");
        }
        if (simulation.dps().find(original).isEmpty()) {
            throw ApiError.notFound("DPS has no adjustment " + original);
        }
        answer(ctx, "DPS", simulation.plantDpsCopy(original));
    }

    private static void answer(Context ctx, String side, String id) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("side", side);
        answer.put("id", id);
        ctx.status(201).json(answer);
    }
}
