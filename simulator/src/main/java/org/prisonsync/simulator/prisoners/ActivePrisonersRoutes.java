package org.prisonsync.simulator.prisoners;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.prisoners.ActivePrisonersPage;
import org.prisonsync.core.prisoners.inmemory.InMemoryActivePrisoners;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsNomisApi;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.Params;

/**
 * The NOMIS prisoner API's {@code GET /prisoners/ids/active?page&size} over {@link InMemoryActivePrisoners}: a Spring
 * page of {@code PrisonerIds {bookingId, offenderNo}}, the booking id being the prisoner's current one in the
 * simulated NOMIS (0 when it has none). The control API adds and removes active prisoners.
 */
final class ActivePrisonersRoutes {
    static final String ACTIVE = "GET /prisoners/ids/active";
    private static final int DEFAULT_PAGE_SIZE = 20;

    private final InMemoryActivePrisoners active;
    private final InMemoryAlertsNomisApi nomis;

    ActivePrisonersRoutes(InMemoryActivePrisoners active, InMemoryAlertsNomisApi nomis) {
        this.active = active;
        this.nomis = nomis;
    }

    void register(RoutesConfig routes, Guard guard) {
        routes.get("/prisoners/ids/active", guard.route(ACTIVE, this::page));
        routes.get("/simulator/nomis/active-prisoners", this::page);
        routes.put("/simulator/nomis/active-prisoners/{offenderNo}", this::add);
        routes.delete("/simulator/nomis/active-prisoners/{offenderNo}", this::remove);
    }

    void page(Context ctx) {
        int page = Params.intQuery(ctx, "page", 0);
        int size = Params.intQuery(ctx, "size", DEFAULT_PAGE_SIZE);
        if (page < 0 || size < 1) {
            throw ApiError.badRequest("page must be >= 0 and size >= 1");
        }
        ActivePrisonersPage found = active.page(page, size);
        List<Map<String, Object>> ids = found.prisonerNumbers().stream().map(this::ids).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", ids);
        body.put("totalElements", found.total());
        int totalPages = (int) ((found.total() + size - 1) / size);
        body.put("totalPages", totalPages);
        body.put("number", page);
        body.put("size", size);
        body.put("numberOfElements", ids.size());
        body.put("first", page == 0);
        body.put("last", page >= totalPages - 1);
        body.put("empty", ids.isEmpty());
        ctx.json(body);
    }

    void add(Context ctx) {
        active.add(Params.prisonerNumber(ctx, "offenderNo"));
        ctx.status(204);
    }

    void remove(Context ctx) {
        active.remove(Params.prisonerNumber(ctx, "offenderNo"));
        ctx.status(204);
    }

    private Map<String, Object> ids(String offenderNo) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("bookingId", nomis.currentBooking(offenderNo).orElse(0L));
        one.put("offenderNo", offenderNo);
        return one;
    }
}
