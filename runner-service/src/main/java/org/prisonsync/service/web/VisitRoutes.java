package org.prisonsync.service.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.visits.VisitRepairs;

/**
 * The visit repairs: upstream's {@code POST /prisoners/{offenderNo}/visits/resynchronise/{visitId}} (visitId is the
 * DPS reference, refused when it is not {@code offenderNo}'s visit) and the seed runbook's duplicate cancel as an
 * endpoint. {@code ?dryRun=true} plans without writing.
 */
public final class VisitRoutes implements Routes {
    private final VisitRepairs repairs;

    public VisitRoutes(VisitRepairs repairs) {
        this.repairs = repairs;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/prisoners/{offenderNo}/visits/resynchronise/{visitId}", ctx ->
                respond(ctx, repairs.resynchronise(ctx.pathParam("offenderNo"), ctx.pathParam("visitId"),
                        dryRun(ctx))));
        routes.put("/prisoners/{offenderNo}/visits/{nomisVisitId}/cancel-duplicate", ctx ->
                respond(ctx, repairs.cancelDuplicate(ctx.pathParam("offenderNo"),
                        Long.parseLong(ctx.pathParam("nomisVisitId")), dryRun(ctx))));
    }

    /** See {@link QueryParams#dryRun}: exactly {@code true} or {@code false}; absent writes, as upstream. */
    static boolean dryRun(Context ctx) {
        return QueryParams.dryRun(ctx);
    }

    static void respond(Context ctx, RepairReport report) {
        int status = switch (report.status()) {
            case REFUSED -> 409;
            case NOT_FOUND -> 404;
            default -> 200;
        };
        ctx.status(status).json(report);
    }
}
