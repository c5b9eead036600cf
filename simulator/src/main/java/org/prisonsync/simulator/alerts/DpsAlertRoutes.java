package org.prisonsync.simulator.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.alerts.DpsAlert;
import org.prisonsync.core.alerts.DpsAlertRequest;
import org.prisonsync.core.alerts.DpsResyncAlert;
import org.prisonsync.core.alerts.NomisAlertId;
import org.prisonsync.core.alerts.ResyncedAlert;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsDpsApi;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.Simulator;
import org.prisonsync.simulator.store.RouteTable;
import org.prisonsync.simulator.store.RouteTable.Method;
import org.prisonsync.simulator.store.SpringPage;

/**
 * The DPS alerts API endpoints prison-sync calls, as a table over {@link InMemoryAlertsDpsApi}, serving writes with
 * {@code Source: NOMIS} through the port (so their events carry source NOMIS); DPS users act through the control API.
 *
 * <p>{@code POST /prisoners/{id}/alerts} is both NOMIS's and the alerts API's create; in production they are
 * different hosts. The alerts API's create is served at NOMIS's path for calls with a {@code Source} header, which
 * the alerts API's callers send and NOMIS's do not. Faults are still keyed by the logical route.
 */
final class DpsAlertRoutes {
    private static final String CREATE_PATH = "/prisoners/{prisonNumber}/alerts";
    static final String CREATE = "POST " + CREATE_PATH;
    private static final int DEFAULT_PAGE_SIZE = 10;

    private final InMemoryAlertsDpsApi dps;
    private final ObjectMapper mapper;

    DpsAlertRoutes(InMemoryAlertsDpsApi dps, ObjectMapper mapper) {
        this.dps = dps;
        this.mapper = mapper;
    }

    RouteTable table() {
        return RouteTable.builder()
                .find("/alerts/{alertUuid}", ctx -> ctx.pathParam("alertUuid"), dps::findAlert, AlertWire::dpsAlert,
                        DpsAlertRoutes::notFound)
                .create(CREATE_PATH, this::create, AlertWire::dpsAlert, RouteTable.noEvent())
                .servedAt(NomisAlertRoutes.CREATE_PATH, ctx -> ctx.header("Source") != null)
                .update(Method.PUT, "/alerts/{alertUuid}", this::update, AlertWire::dpsAlert, RouteTable.noEvent())
                .delete("/alerts/{alertUuid}", DpsAlertRoutes::byCaller,
                        caller -> dps.deleteAlert(caller.alertUuid(), caller.username()),
                        caller -> "Alert " + caller.alertUuid() + " was not found or already deleted")
                .page("/prisoners/{prisonNumber}/alerts", DpsAlertRoutes::listQuery,
                        query -> SpringPage.slice(dps.alertsOf(query.prisonNumber()), query.page(), query.size()),
                        AlertWire::dpsAlert)
                .create("/resync/{prisonNumber}/alerts", this::resync, answer -> answer, RouteTable.noEvent())
                .build();
    }

    /** A write on one alert, by the user the {@code Username} header names. */
    private record AlertByCaller(String alertUuid, String username) {
    }

    /** One page of a prisoner's alerts, {@code page} zero-based. */
    private record ListQuery(String prisonNumber, int page, int size) {
    }

    /** Served at NOMIS's path, so the prisoner is its {@code offenderNo}. */
    private DpsAlert create(Context ctx) {
        requireNomisSource(ctx);
        String prisonNumber = ctx.pathParam("offenderNo");
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        DpsAlertRequest request = new DpsAlertRequest(body.requiredNonBlank("alertCode"),
                body.optionalText("description").orElse(null), body.optionalText("authorisedBy").orElse(null),
                body.optionalDate("activeFrom").orElseGet(() -> LocalDate.now(Simulator.NOMIS_ZONE)),
                body.optionalDate("activeTo").orElse(null));
        try {
            return dps.createAlert(prisonNumber, request, ctx.header("Username"));
        } catch (UpstreamRejected e) {
            throw NomisAlertRoutes.asApiError(e);
        }
    }

    /** {@code UpdateAlert}: the alert becomes what is sent (an absent {@code activeTo} clears it); the code stays. */
    private DpsAlert update(Context ctx) {
        requireNomisSource(ctx);
        String uuid = ctx.pathParam("alertUuid");
        DpsAlert current = find(uuid);
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        DpsAlertRequest request = new DpsAlertRequest(current.alertCode(),
                body.optionalText("description").orElse(null), body.optionalText("authorisedBy").orElse(null),
                body.optionalDate("activeFrom").orElse(current.activeFrom()),
                body.optionalDate("activeTo").orElse(null));
        if (!dps.updateAlert(uuid, request, ctx.header("Username"))) {
            throw ApiError.notFound(notFound(uuid));
        }
        return find(uuid);
    }

    private static AlertByCaller byCaller(Context ctx) {
        requireNomisSource(ctx);
        return new AlertByCaller(ctx.pathParam("alertUuid"), ctx.header("Username"));
    }

    private static ListQuery listQuery(Context ctx) {
        int page = Params.intQuery(ctx, "page", 0);
        int size = Params.intQuery(ctx, "size", DEFAULT_PAGE_SIZE);
        if (page < 0 || size < 1) {
            throw ApiError.badRequest("page must be >= 0 and size >= 1");
        }
        return new ListQuery(ctx.pathParam("prisonNumber"), page, size);
    }

    private List<Map<String, Object>> resync(Context ctx) {
        String prisonNumber = ctx.pathParam("prisonNumber");
        List<DpsResyncAlert> alerts = new ArrayList<>();
        for (JsonNode item : NomisAlertRoutes.readArray(ctx, mapper)) {
            JsonBody body = JsonBody.parse(item.toString(), mapper);
            // as DPS: createdByDisplayName is required, and a lastModifiedAt needs its lastModifiedBy (and name)
            Optional<LocalDateTime> lastModifiedAt = body.optionalDateTime("lastModifiedAt");
            String lastModifiedBy = lastModifiedAt.isPresent() ? body.requiredNonBlank("lastModifiedBy")
                    : body.optionalText("lastModifiedBy").orElse(null);
            String lastModifiedByName = lastModifiedAt.isPresent() ? body.requiredNonBlank("lastModifiedByDisplayName")
                    : body.optionalText("lastModifiedByDisplayName").orElse(null);
            alerts.add(new DpsResyncAlert(
                    new NomisAlertId(longField(body, "offenderBookId"), longField(body, "alertSeq")),
                    body.requiredNonBlank("alertCode"), body.optionalText("description").orElse(null),
                    body.optionalText("authorisedBy").orElse(null), body.requiredDate("activeFrom"),
                    body.optionalDate("activeTo").orElse(null), body.requiredBoolean("isActive"),
                    body.requiredDateTime("createdAt"), body.requiredNonBlank("createdBy"),
                    body.requiredNonBlank("createdByDisplayName"), lastModifiedAt.orElse(null), lastModifiedBy,
                    lastModifiedByName));
        }
        List<Map<String, Object>> answer = new ArrayList<>();
        for (ResyncedAlert r : dps.resynchronise(prisonNumber, alerts)) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("offenderBookId", r.nomisId().bookingId());
            one.put("alertSeq", r.nomisId().alertSequence());
            one.put("alertUuid", r.alertUuid());
            answer.add(one);
        }
        return answer;
    }

    private static long longField(JsonBody body, String field) {
        return body.optionalLong(field).orElseThrow(() -> ApiError.badRequest(field + " is required"));
    }

    /** The simulator serves DPS users through its control API; here it is the alerts API as NOMIS calls it. */
    private static void requireNomisSource(Context ctx) {
        String source = ctx.header("Source");
        if (source != null && !InMemoryAlertsDpsApi.NOMIS.equals(source)) {
            throw ApiError.badRequest("Source '" + source + "' is not served here; act as a DPS user through "
                    + "/simulator/dps/prisoners/{prisonNumber}/alerts");
        }
    }

    private DpsAlert find(String uuid) {
        return dps.findAlert(uuid).orElseThrow(() -> ApiError.notFound(notFound(uuid)));
    }

    private static String notFound(String uuid) {
        return "Alert " + uuid + " not found";
    }
}
