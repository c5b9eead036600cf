package org.prisonsync.service.web;

import io.javalin.config.RoutesConfig;
import org.prisonsync.core.alerts.AlertRepairs;
import org.prisonsync.core.alerts.AlertsReconciliation;

/**
 * Alert repairs and reconciliation: upstream's {@code POST /prisoners/{offenderNo}/alerts/resynchronise} (NOMIS is
 * authoritative), the reverse direction, the double-submit duplicate removal, and an on-demand reconciliation of
 * active alerts. Every repair takes {@code ?dryRun=true}.
 */
public final class AlertRoutes implements Routes {
    private final AlertRepairs repairs;
    private final AlertsReconciliation reconciliation;

    public AlertRoutes(AlertRepairs repairs, AlertsReconciliation reconciliation) {
        this.repairs = repairs;
        this.reconciliation = reconciliation;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/prisoners/{offenderNo}/alerts/resynchronise", ctx -> VisitRoutes.respond(ctx,
                repairs.resynchroniseFromNomis(ctx.pathParam("offenderNo"), VisitRoutes.dryRun(ctx))));
        routes.post("/prisoners/{offenderNo}/alerts/resynchronise-to-nomis", ctx -> VisitRoutes.respond(ctx,
                repairs.resynchroniseToNomis(ctx.pathParam("offenderNo"), VisitRoutes.dryRun(ctx))));
        routes.get("/prisoners/{offenderNo}/alerts/duplicates", ctx ->
                ctx.json(repairs.duplicates(ctx.pathParam("offenderNo"))));
        routes.delete("/alerts/{dpsAlertId}/duplicate", ctx -> VisitRoutes.respond(ctx,
                repairs.removeDuplicate(ctx.pathParam("dpsAlertId"), VisitRoutes.dryRun(ctx))));
        routes.post("/reconciliation/alerts", ctx -> ctx.json(reconciliation.run()));
    }
}
