package org.prisonsync.simulator.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
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
import org.prisonsync.simulator.Faults;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.Simulator;

/**
 * The DPS alerts API endpoints prison-sync calls, over {@link InMemoryAlertsDpsApi}, serving writes with
 * {@code Source: NOMIS} through the port (so their events carry source NOMIS); DPS users act through the control API.
 *
 * <p>{@code POST /prisoners/{id}/alerts} is both NOMIS's and the alerts API's create; in production they are
 * different hosts. One route serves both and dispatches on the {@code Source} header, which the alerts API's callers
 * send and NOMIS's do not. Faults are still keyed by the logical route.
 */
final class DpsAlertRoutes {
    static final String GET = "GET /alerts/{alertUuid}";
    static final String CREATE = "POST /prisoners/{prisonNumber}/alerts";
    static final String UPDATE = "PUT /alerts/{alertUuid}";
    static final String DELETE = "DELETE /alerts/{alertUuid}";
    static final String LIST = "GET /prisoners/{prisonNumber}/alerts";
    static final String RESYNC = "POST /resync/{prisonNumber}/alerts";
    static final List<String> FAULTABLE = List.of(GET, CREATE, UPDATE, DELETE, LIST, RESYNC);
    private static final int DEFAULT_PAGE_SIZE = 10;

    private final InMemoryAlertsDpsApi dps;
    private final ObjectMapper mapper;

    DpsAlertRoutes(InMemoryAlertsDpsApi dps, ObjectMapper mapper) {
        this.dps = dps;
        this.mapper = mapper;
    }

    void register(RoutesConfig routes, Guard guard, NomisAlertRoutes nomis) {
        routes.post("/prisoners/{offenderNo}/alerts", ctx -> {
            if (ctx.header("Source") != null) {
                guard.handle(CREATE, ctx, this::create);
            } else {
                guard.handle(NomisAlertRoutes.CREATE, ctx, nomis::create);
            }
        });
        routes.get("/prisoners/{offenderNo}/alerts", guard.route(LIST, this::list));
        routes.get("/alerts/{alertUuid}", guard.route(GET, this::get));
        routes.put("/alerts/{alertUuid}", guard.route(UPDATE, this::update));
        routes.delete("/alerts/{alertUuid}", guard.route(DELETE, this::delete));
        routes.post("/resync/{offenderNo}/alerts", guard.route(RESYNC, this::resync));
    }

    void get(Context ctx) {
        ctx.json(AlertWire.dpsAlert(find(ctx.pathParam("alertUuid"))));
    }

    void create(Context ctx) {
        requireNomisSource(ctx);
        String prisonNumber = ctx.pathParam("offenderNo");
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        DpsAlertRequest request = new DpsAlertRequest(body.requiredNonBlank("alertCode"),
                body.optionalText("description").orElse(null), body.optionalText("authorisedBy").orElse(null),
                body.optionalDate("activeFrom").orElseGet(() -> LocalDate.now(Simulator.NOMIS_ZONE)),
                body.optionalDate("activeTo").orElse(null));
        try {
            DpsAlert created = dps.createAlert(prisonNumber, request, ctx.header("Username"));
            ctx.status(201).json(AlertWire.dpsAlert(created));
        } catch (UpstreamRejected e) {
            throw NomisAlertRoutes.asApiError(e);
        }
    }

    /** {@code UpdateAlert}: the alert becomes what is sent (an absent {@code activeTo} clears it); the code stays. */
    void update(Context ctx) {
        requireNomisSource(ctx);
        String uuid = ctx.pathParam("alertUuid");
        DpsAlert current = find(uuid);
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        DpsAlertRequest request = new DpsAlertRequest(current.alertCode(),
                body.optionalText("description").orElse(null), body.optionalText("authorisedBy").orElse(null),
                body.optionalDate("activeFrom").orElse(current.activeFrom()),
                body.optionalDate("activeTo").orElse(null));
        if (!dps.updateAlert(uuid, request, ctx.header("Username"))) {
            throw ApiError.notFound("Alert " + uuid + " not found");
        }
        ctx.json(AlertWire.dpsAlert(find(uuid)));
    }

    void delete(Context ctx) {
        requireNomisSource(ctx);
        String uuid = ctx.pathParam("alertUuid");
        if (!dps.deleteAlert(uuid, ctx.header("Username"))) {
            throw ApiError.notFound("Alert " + uuid + " was not found or already deleted");
        }
        ctx.status(204);
    }

    /** A Spring {@code Page}, {@code page} zero-based. */
    void list(Context ctx) {
        int page = Params.intQuery(ctx, "page", 0);
        int size = Params.intQuery(ctx, "size", DEFAULT_PAGE_SIZE);
        if (page < 0 || size < 1) {
            throw ApiError.badRequest("page must be >= 0 and size >= 1");
        }
        ctx.json(page(dps.alertsOf(ctx.pathParam("offenderNo")).stream().map(AlertWire::dpsAlert).toList(),
                page, size));
    }

    void resync(Context ctx) {
        String prisonNumber = ctx.pathParam("offenderNo");
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
        ctx.status(201).json(answer);
    }

    static Map<String, Object> page(List<?> all, int page, int size) {
        long from = (long) page * size;
        List<?> content = from >= all.size() ? List.of()
                : all.subList((int) from, (int) Math.min(all.size(), from + size));
        int totalPages = (all.size() + size - 1) / size;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", content);
        body.put("totalElements", all.size());
        body.put("totalPages", totalPages);
        body.put("number", page);
        body.put("size", size);
        body.put("numberOfElements", content.size());
        body.put("first", page == 0);
        body.put("last", page >= totalPages - 1);
        body.put("empty", content.isEmpty());
        return body;
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
        return dps.findAlert(uuid).orElseThrow(() -> ApiError.notFound("Alert " + uuid + " not found"));
    }
}
