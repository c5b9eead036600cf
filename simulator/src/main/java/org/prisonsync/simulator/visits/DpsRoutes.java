package org.prisonsync.simulator.visits;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsDpsApi;
import org.prisonsync.core.visits.CancelResult;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;

/**
 * The DPS visit scheduler endpoints prison-sync calls, over {@link InMemoryVisitsDpsApi}. The cancel goes through
 * the port, so the {@code prison-visit.cancelled} it raises carries source {@code NOMIS}, as upstream marks it. The
 * search finds a migrated visit again by its natural key; the delete removes a migrated duplicate (the visit
 * scheduler's repair route as prison-sync assumes it: upstream publishes no delete).
 */
final class DpsRoutes {
    static final String GET = "GET /visits/{reference}";
    static final String CANCEL = "PUT /migrate-visits/{reference}/cancel";
    static final String SEARCH = "GET /visits/search";
    static final String DELETE_MIGRATED = "DELETE /migrate-visits/{reference}";

    private final InMemoryVisitsDpsApi dps;
    private final ObjectMapper mapper;

    DpsRoutes(InMemoryVisitsDpsApi dps, ObjectMapper mapper) {
        this.dps = dps;
        this.mapper = mapper;
    }

    void get(Context ctx, String reference) {
        ctx.json(DpsWire.visit(find(reference)));
    }

    void cancel(Context ctx) {
        String reference = ctx.pathParam("reference");
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        String outcomeStatus = body.requiredObject("cancelOutcome").requiredNonBlank("outcomeStatus");
        String actionedBy = body.optionalText("actionedBy").orElse(null);
        CancelResult result = dps.cancelVisit(reference, outcomeStatus, actionedBy);
        if (result == CancelResult.NOT_FOUND) {
            throw ApiError.notFound("Visit " + reference + " not found");
        }
        if (result == CancelResult.ALREADY_CANCELLED) {
            throw ApiError.conflict("Visit already cancelled", "Visit " + reference + " is already cancelled", null);
        }
        ctx.json(DpsWire.visit(find(reference)));
    }

    void search(Context ctx) {
        ctx.json(VisitSearch.page(ctx, dps.all()));
    }

    /** Only a visit the migrate endpoint created: a visit booked in DPS is 404 here. */
    void deleteMigrated(Context ctx) {
        String reference = ctx.pathParam("reference");
        if (!dps.deleteMigratedVisit(reference)) {
            throw ApiError.notFound("Migrated visit " + reference + " not found");
        }
        ctx.status(204);
    }

    private DpsVisit find(String reference) {
        return dps.findVisit(reference).orElseThrow(() -> ApiError.notFound("Visit " + reference + " not found"));
    }
}
