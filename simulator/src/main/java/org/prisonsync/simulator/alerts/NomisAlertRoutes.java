package org.prisonsync.simulator.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.alerts.NomisAlert;
import org.prisonsync.core.alerts.NomisAlertCreated;
import org.prisonsync.core.alerts.NomisAlertId;
import org.prisonsync.core.alerts.NomisAlertRequest;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsNomisApi;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.store.RouteTable;
import org.prisonsync.simulator.store.RouteTable.Method;

/**
 * The NOMIS prisoner API's alert endpoints, as a table over {@link InMemoryAlertsNomisApi}. Writes go through the
 * port, so NOMIS audits them as DPS synchronisation and the port's change feed raises the events
 * ({@link AlertEventPublisher}). {@code POST /prisoners/{offenderNo}/alerts} shares its path with the DPS alerts API's
 * create, which is served there for calls with a {@code Source} header; the rest come here.
 */
final class NomisAlertRoutes {
    /** NOMIS's create, at the path the alerts API's create shares ({@link DpsAlertRoutes}). */
    static final String CREATE_PATH = "/prisoners/{offenderNo}/alerts";
    static final String CREATE = "POST " + CREATE_PATH;
    private static final String ALERT_PATH = "/prisoners/booking-id/{bookingId}/alerts/{alertSequence}";

    private final InMemoryAlertsNomisApi nomis;
    private final ObjectMapper mapper;

    NomisAlertRoutes(InMemoryAlertsNomisApi nomis, ObjectMapper mapper) {
        this.nomis = nomis;
        this.mapper = mapper;
    }

    RouteTable table() {
        return RouteTable.builder()
                // a hook: the 409 carries the active alert's id as an object (DuplicateAlertErrorResponse)
                .hook(Method.POST, CREATE_PATH, this::create)
                .find(ALERT_PATH, NomisAlertRoutes::alertId, nomis::findAlert, AlertWire::nomisAlert,
                        NomisAlertRoutes::noAlert)
                .update(Method.PUT, ALERT_PATH, this::update, AlertWire::nomisAlert, RouteTable.noEvent())
                .delete(ALERT_PATH, NomisAlertRoutes::alertId, nomis::deleteAlert)
                .find("/prisoners/{offenderNo}/alerts/to-migrate", NomisAlertRoutes::offenderNo, this::toMigrate,
                        alerts -> Map.of("latestBookingAlerts", alerts.stream().map(AlertWire::nomisAlert).toList()),
                        offenderNo -> "Prisoner " + offenderNo + " does not exist or has no bookings")
                .create("/prisoners/{offenderNo}/alerts/resynchronise", this::resynchronise, created -> created,
                        RouteTable.noEvent())
                .build();
    }

    /** {@code CreateAlertRequest}; 409 with the active alert's id ({@code DuplicateAlertErrorResponse}). */
    private void create(Context ctx) {
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

    /** {@code UpdateAlertRequest}: the code stays. */
    private NomisAlert update(Context ctx) {
        NomisAlertId id = alertId(ctx);
        NomisAlert current = find(id);
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        NomisAlertRequest request = new NomisAlertRequest(current.alertCode(), body.requiredDate("date"),
                body.optionalDate("expiryDate").orElse(null), body.requiredBoolean("isActive"),
                body.optionalText("comment").orElse(null), body.optionalText("authorisedBy").orElse(null),
                body.requiredNonBlank("updateUsername"));
        if (!nomis.updateAlert(id, request)) {
            throw ApiError.notFound(noAlert(id));
        }
        return find(id);
    }

    /** The alerts on the prisoner's latest booking; none when the prisoner has no booking. */
    private Optional<List<NomisAlert>> toMigrate(String offenderNo) {
        return nomis.currentBooking(offenderNo).map(booking -> nomis.currentBookingAlerts(offenderNo));
    }

    private List<Map<String, Object>> resynchronise(Context ctx) {
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
        return body;
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
        return nomis.findAlert(id).orElseThrow(() -> ApiError.notFound(noAlert(id)));
    }

    private static String noAlert(NomisAlertId id) {
        return "Alert " + id + " does not exist";
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
