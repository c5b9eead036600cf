package org.prisonsync.core.alerts;

import java.util.List;
import java.util.function.Supplier;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import org.prisonsync.core.operation.TextRenderer;
import org.prisonsync.core.reconciliation.ReconciliationEngine;

/**
 * The alert operations both runners serve: upstream's resynchronise (NOMIS authoritative) and its reverse, the
 * double-submit duplicates and their removal, and the reconciliation of active alerts on demand (a run of the
 * engine's {@code alerts} reconciliation). The domain and the engine are resolved only when an operation runs.
 */
public final class AlertOperations {
    private static final String TO_NOMIS_UPDATE = "ROLE_PRISONER_TO_NOMIS__UPDATE__RW";
    private static final String RECONCILIATION = "ROLE_DPS_RECONCILIATION__RW";
    private static final Param PRISONER = Param.path("offenderNo", ParamType.PRISONER_NUMBER, "prisoner number")
            .option("--prisoner");

    private AlertOperations() {
    }

    /**
     * Every alert operation, reaching the domain through {@code alerts} and the reconciliation engine through
     * {@code reconciliations} when one runs.
     */
    public static List<Operation> all(Supplier<AlertsDomain> alerts, Supplier<ReconciliationEngine> reconciliations) {
        return List.of(resynchronise(alerts), resynchroniseToNomis(alerts), duplicates(alerts),
                removeDuplicate(alerts), reconcile(reconciliations));
    }

    static Operation resynchronise(Supplier<AlertsDomain> alerts) {
        return Operation.repair("alerts-resynchronise").role(TO_NOMIS_UPDATE)
                .post("/prisoners/{offenderNo}/alerts/resynchronise").cli("alerts", "resync")
                .summary("Make DPS hold exactly the alerts of the prisoner's current NOMIS booking (ADR004).")
                .description("""
                        The prisoner's mappings are replaced too. With --to-nomis, the reverse (DPS authoritative).

                        Example: prison-sync alerts resync --prisoner A1234BC --dry-run.""")
                .param(PRISONER)
                .renderer(TextRenderer.REPAIR)
                .handler(p -> Answer.of(alerts.get().repairs().resynchroniseFromNomis(p.string("offenderNo"),
                        p.dryRun())));
    }

    /** On the command line, {@code alerts resync --to-nomis}. */
    static Operation resynchroniseToNomis(Supplier<AlertsDomain> alerts) {
        return Operation.repair("alerts-resynchronise-to-nomis").role(TO_NOMIS_UPDATE)
                .post("/prisoners/{offenderNo}/alerts/resynchronise-to-nomis").cli("alerts", "resync")
                .cliFlag("--to-nomis")
                .summary("DPS is authoritative: make NOMIS match DPS.")
                .param(PRISONER)
                .renderer(TextRenderer.REPAIR)
                .handler(p -> Answer.of(alerts.get().repairs().resynchroniseToNomis(p.string("offenderNo"),
                        p.dryRun())));
    }

    static Operation duplicates(Supplier<AlertsDomain> alerts) {
        return Operation.query("alerts-duplicates").role(TO_NOMIS_UPDATE)
                .get("/prisoners/{offenderNo}/alerts/duplicates").cli("alerts", "duplicates")
                .summary("List the double-submitted DPS alerts reported for a prisoner (seed 000 runbook).")
                .param(PRISONER)
                .renderer(TextRenderer.withParams((body, p) -> {
                    List<?> found = (List<?>) body;
                    StringBuilder text = new StringBuilder(found.size() + " duplicate alert(s) reported for "
                            + p.string("offenderNo"));
                    for (Object each : found) {
                        AlertDuplicate d = (AlertDuplicate) each;
                        text.append(System.lineSeparator()).append(String.format(
                                "  DPS alert %s (%s) duplicates DPS alert %s / NOMIS %s, reported %s", d.dpsAlertId(),
                                d.alertCode(), d.existingDpsId(), d.existingNomisId(), d.reportedAt()));
                    }
                    return text.toString();
                }))
                .handler(p -> Answer.done(alerts.get().repairs().duplicates(p.string("offenderNo"))));
    }

    static Operation removeDuplicate(Supplier<AlertsDomain> alerts) {
        return Operation.repair("alerts-remove-duplicate").role(TO_NOMIS_UPDATE)
                .delete("/alerts/{dpsAlertId}/duplicate").cli("alerts", "remove-duplicate")
                .summary("Delete the DPS alert a double submit created (NOMIS refused it as already active).")
                .description("""
                        Refuses when the alert is mapped or has no mapped twin.

                        Example: prison-sync alerts remove-duplicate <uuid> --dry-run.""")
                .param(Param.path("dpsAlertId", ParamType.STRING, "the duplicate DPS alert's uuid").maxLength(100)
                        .positional("DPS_ALERT_ID"))
                .renderer(TextRenderer.REPAIR)
                .handler(p -> Answer.of(alerts.get().repairs().removeDuplicate(p.string("dpsAlertId"),
                        p.dryRun())));
    }

    /** Upstream's on-demand path, kept; the run is the engine's, so it is listed, shown and excluded as any run. */
    static Operation reconcile(Supplier<ReconciliationEngine> reconciliations) {
        return Operation.command("alerts-reconcile").role(RECONCILIATION)
                .post("/reconciliation/alerts").cli("alerts", "reconcile")
                .summary("Compare active alerts per active prisoner, NOMIS vs DPS, and list the mismatches.")
                .description("""
                        A run of the 'alerts' reconciliation, waited for: it is stored with its mismatches like the
                        scheduled run (see 'reconciliation runs alerts' and 'reconciliation show <run id>').""")
                .renderer(body -> {
                    AlertsReconciliationReport report = (AlertsReconciliationReport) body;
                    StringBuilder text = new StringBuilder(String.format(
                            "checked %d of %d active prisoners: %d mismatch(es), %d error(s); run %s %s",
                            report.prisonersChecked(), report.activePrisoners(), report.mismatches().size(),
                            report.pageErrors() + report.prisonerErrors(), report.runId(), report.status()));
                    for (AlertsMismatch m : report.mismatches()) {
                        text.append(System.lineSeparator()).append(String.format(
                                "  %s: NOMIS %d, DPS %d; missing from DPS %s; missing from NOMIS %s", m.offenderNo(),
                                m.nomisCount(), m.dpsCount(), m.missingFromDps(), m.missingFromNomis()));
                    }
                    return text.toString();
                })
                .handler(p -> Answer.done(ActiveAlertsReconciliation.runNow(reconciliations.get())));
    }
}
