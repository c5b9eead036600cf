package org.prisonsync.simulator.visits;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsDpsApi;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.store.RouteTable;
import org.prisonsync.simulator.store.RouteTable.Method;

/**
 * The DPS visit scheduler endpoints prison-sync calls, as a table over {@link InMemoryVisitsDpsApi}; the port's change
 * feed raises the events ({@link VisitEventPublisher}). The read of one visit is served at the path it shares with
 * NOMIS's, for a segment that is not all digits (see {@link VisitsSimulation}). The cancel goes through
 * the port, so the {@code prison-visit.cancelled} it raises carries source {@code NOMIS}, as upstream marks it. The
 * search finds a migrated visit again by its natural key; the delete removes a migrated duplicate (the visit
 * scheduler's repair route as prison-sync assumes it: upstream publishes no delete).
 */
final class DpsRoutes {
    private final InMemoryVisitsDpsApi dps;
    private final ObjectMapper mapper;

    DpsRoutes(InMemoryVisitsDpsApi dps, ObjectMapper mapper) {
        this.dps = dps;
        this.mapper = mapper;
    }

    RouteTable table() {
        return RouteTable.builder()
                .find("/visits/{reference}", ctx -> ctx.pathParam("visitIdOrReference"), dps::findVisit,
                        DpsWire::visit, DpsRoutes::notFound)
                .servedAt(NomisRoutes.SHARED_VISIT_PATH, ctx -> !NomisRoutes.isNomisVisitId(ctx))
                .update(Method.PUT, "/migrate-visits/{reference}/cancel", this::cancel, DpsWire::visit,
                        RouteTable.noEvent())
                .page("/visits/search", VisitSearch::parse, query -> query.page(dps.all()), DpsWire::visit)
                // only a visit the migrate endpoint created: a visit booked in DPS is 404 here
                .delete("/migrate-visits/{reference}", ctx -> ctx.pathParam("reference"), dps::deleteMigratedVisit,
                        reference -> "Migrated visit " + reference + " not found")
                .build();
    }

    private DpsVisit cancel(Context ctx) {
        String reference = ctx.pathParam("reference");
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        String outcomeStatus = body.requiredObject("cancelOutcome").requiredNonBlank("outcomeStatus");
        String actionedBy = body.optionalText("actionedBy").orElse(null);
        Cancellations.require(dps.cancelVisit(reference, outcomeStatus, actionedBy), "Visit " + reference,
                notFound(reference));
        return dps.findVisit(reference).orElseThrow(() -> ApiError.notFound(notFound(reference)));
    }

    private static String notFound(String reference) {
        return "Visit " + reference + " not found";
    }
}
