package org.prisonsync.simulator.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.alerts.NomisAlert;
import org.prisonsync.core.alerts.NomisAlertCreated;
import org.prisonsync.core.alerts.NomisAlertId;
import org.prisonsync.core.alerts.NomisAlertRequest;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsNomisApi;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;

/**
 * The NOMIS prisoner API's alert endpoints over {@link InMemoryAlertsNomisApi}. Writes go through the port, so NOMIS
 * audits them as DPS synchronisation. {@code POST /prisoners/{offenderNo}/alerts} shares its path with the DPS
 * alerts API and is registered by {@link DpsAlertRoutes}, which hands calls without a {@code Source} header here.
 */
final class NomisAlertRoutes {
    static final String CREATE = "POST /prisoners/{offenderNo}/alerts";
    static final String GET = "GET /prisoners/booking-id/{bookingId}/alerts/{alertSequence}";
    static final String UPDATE = "PUT /prisoners/booking-id/{bookingId}/alerts/{alertSequence}";
    static final String DELETE = "DELETE /prisoners/booking-id/{bookingId}/alerts/{alertSequence}";
    static final String TO_MIGRATE = "GET /prisoners/{offenderNo}/alerts/to-migrate";
    static final String RESYNCHRONISE = "POST /prisoners/{offenderNo}/alerts/resynchronise";
    static final List<String> FAULTABLE = List.of(CREATE, GET, UPDATE, DELETE, TO_MIGRATE, RESYNCHRONISE);

    private static final String ALERT_PATH = "/prisoners/booking-id/{bookingId}/alerts/{alertSequence}";

    private final InMemoryAlertsNomisApi nomis;
    private final ObjectMapper mapper;

    NomisAlertRoutes(InMemoryAlertsNomisApi nomis, ObjectMapper mapper) {
        this.nomis = nomis;
        this.mapper = mapper;
    }

    void register(RoutesConfig routes, Guard guard) {
        routes.get(ALERT_PATH, guard.route(GET, this::get));
        routes.put(ALERT_PATH, guard.route(UPDATE, this::update));
        routes.delete(ALERT_PATH, guard.route(DELETE, this::delete));
        routes.get("/prisoners/{offenderNo}/alerts/to-migrate", guard.route(TO_MIGRATE, this::toMigrate));
        routes.post("/prisoners/{offenderNo}/alerts/resynchronise", guard.route(RESYNCHRONISE, this::resynchronise));
    }

    /** {@code CreateAlertRequest}; 409 with the active alert's id ({@code DuplicateAlertErrorResponse}). */
    void create(Context ctx) {
        String offenderNo = offenderNo(ctx);
        NomisAlertRequest request = createRequest(JsonBody.parse(ctx.body(), mapper));
        NomisAlertCreated created;
        try {
            created = nomis.createAlert(offenderNo, request);
        } catch (UpstreamRejected e) {
            throw asApiError(e);
        }
        if (created.alreadyActive()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", 409);
            body.put("userMessage", "Alert code is already active");
            body.put("developerMessage", "Alert code " + request.alertCode() + " is already active on booking "
                    + created.id().bookingId());
            body.put("moreInfo", Map.of("bookingId", created.id().bookingId(),
                    "sequence", created.id().alertSequence()));
            ctx.status(409).json(body);
            return;
        }
        ctx.status(201).json(AlertWire.nomisCreated(created.id(), request.alertCode()));
    }

    void get(Context ctx) {
        ctx.json(AlertWire.nomisAlert(find(alertId(ctx))));
    }

    /** {@code UpdateAlertRequest}: the code stays. */
    void update(Context ctx) {
        NomisAlertId id = alertId(ctx);
        NomisAlert current = find(id);
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        NomisAlertRequest request = new NomisAlertRequest(current.alertCode(), body.requiredDate("date"),
                body.optionalDate("expiryDate").orElse(null), body.requiredBoolean("isActive"),
                body.optionalText("comment").orElse(null), body.optionalText("authorisedBy").orElse(null),
                body.requiredNonBlank("updateUsername"));
        if (!nomis.updateAlert(id, request)) {
            throw ApiError.notFound("Alert " + id + " does not exist");
        }
        ctx.json(AlertWire.nomisAlert(find(id)));
    }

    /** 204 whether or not the alert was there, as NOMIS answers. */
    void delete(Context ctx) {
        nomis.deleteAlert(alertId(ctx));
        ctx.status(204);
    }

    void toMigrate(Context ctx) {
        String offenderNo = offenderNo(ctx);
        if (nomis.currentBooking(offenderNo).isEmpty()) {
            throw ApiError.notFound("Prisoner " + offenderNo + " does not exist or has no bookings");
        }
        ctx.json(Map.of("latestBookingAlerts",
                nomis.currentBookingAlerts(offenderNo).stream().map(AlertWire::nomisAlert).toList()));
    }

    void resynchronise(Context ctx) {
        String offenderNo = offenderNo(ctx);
        JsonNode array = readArray(ctx, mapper);
        List<NomisAlertRequest> requests = new ArrayList<>();
        for (JsonNode item : array) {
            requests.add(createRequest(JsonBody.parse(item.toString(), mapper)));
        }
        List<NomisAlertId> ids;
        try {
            ids = nomis.resynchronise(offenderNo, requests);
        } catch (UpstreamRejected e) {
            throw asApiError(e);
        }
        List<Map<String, Object>> body = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            body.add(AlertWire.nomisCreated(ids.get(i), requests.get(i).alertCode()));
        }
        ctx.status(201).json(body);
    }

    static NomisAlertRequest createRequest(JsonBody body) {
        return new NomisAlertRequest(body.requiredNonBlank("alertCode"), body.requiredDate("date"),
                body.optionalDate("expiryDate").orElse(null), body.requiredBoolean("isActive"),
                body.optionalText("comment").orElse(null), body.optionalText("authorisedBy").orElse(null),
                body.requiredNonBlank("createUsername"));
    }

    static ApiError asApiError(UpstreamRejected e) {
        return new ApiError(e.status(), e.getMessage(), e.getMessage(), null);
    }

    static JsonNode readArray(Context ctx, ObjectMapper mapper) {
        try {
            JsonNode node = mapper.readTree(ctx.body());
            if (node == null || !node.isArray()) {
                throw ApiError.badRequest("body must be a JSON array");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiError.badRequest("body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private NomisAlert find(NomisAlertId id) {
        return nomis.findAlert(id).orElseThrow(() -> ApiError.notFound("Alert " + id + " does not exist"));
    }

    static NomisAlertId alertId(Context ctx) {
        return NomisAlertId.parseKey(ctx.pathParam("bookingId") + ":" + ctx.pathParam("alertSequence"))
                .orElseThrow(() -> ApiError.badRequest(
                        "bookingId and alertSequence must be positive numbers in ASCII digits"));
    }

    static String offenderNo(Context ctx) {
        return Params.prisonerNumber(ctx, "offenderNo");
    }
}
