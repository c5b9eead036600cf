package org.prisonsync.cli;

import org.prisonsync.core.alerts.AlertsDomain;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.prisonsync.core.alerts.AlertDuplicate;
import org.prisonsync.core.alerts.AlertRepairs;
import org.prisonsync.core.alerts.AlertsMismatch;
import org.prisonsync.core.alerts.AlertsReconciliationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code alerts resync|duplicates|remove-duplicate|reconcile}: the alert runbook steps as commands. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Repair and reconcile alerts between NOMIS and DPS.",
        subcommands = {AlertsCommand.Resync.class, AlertsCommand.Duplicates.class,
            AlertsCommand.RemoveDuplicate.class, AlertsCommand.Reconcile.class})
public final class AlertsCommand {
    @ParentCommand
    PrisonSyncCommand root;

    AlertRepairs repairs() {
        return root.access.core().domain(AlertsDomain.class).repairs();
    }

    /** Resynchronises a prisoner's alerts. */
    @Command(name = "resync", mixinStandardHelpOptions = true,
            description = {"Make DPS hold exactly the alerts of the prisoner's current NOMIS booking (ADR004).",
                "The prisoner's mappings are replaced too. With --to-nomis, the reverse (DPS authoritative).",
                "Example: prison-sync alerts resync --prisoner A1234BC --dry-run"})
    static final class Resync implements Callable<Integer> {
        @ParentCommand
        AlertsCommand alerts;
        @Spec
        CommandSpec spec;
        @Option(names = "--prisoner", required = true, description = "prisoner number")
        String prisoner;
        @Option(names = "--to-nomis", description = "DPS is authoritative: make NOMIS match DPS")
        boolean toNomis;
        @Option(names = "--dry-run", description = "print the plan, change nothing")
        boolean dryRun;

        @Override
        public Integer call() {
            return VisitsCommand.print(spec, toNomis ? alerts.repairs().resynchroniseToNomis(prisoner, dryRun)
                    : alerts.repairs().resynchroniseFromNomis(prisoner, dryRun));
        }
    }

    /** Lists reported double-submit duplicates. */
    @Command(name = "duplicates", mixinStandardHelpOptions = true,
            description = "List the double-submitted DPS alerts reported for a prisoner (seed 000 runbook).")
    static final class Duplicates implements Callable<Integer> {
        @ParentCommand
        AlertsCommand alerts;
        @Spec
        CommandSpec spec;
        @Option(names = "--prisoner", required = true, description = "prisoner number")
        String prisoner;

        @Override
        public Integer call() {
            List<AlertDuplicate> found = alerts.repairs().duplicates(prisoner);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%d duplicate alert(s) reported for %s%n", found.size(), prisoner);
            for (AlertDuplicate d : found) {
                out.printf("  DPS alert %s (%s) duplicates DPS alert %s / NOMIS %s, reported %s%n", d.dpsAlertId(),
                        d.alertCode(), d.existingDpsId(), d.existingNomisId(), d.reportedAt());
            }
            return ExitCodes.OK;
        }
    }

    /** Removes a duplicate DPS alert. */
    @Command(name = "remove-duplicate", mixinStandardHelpOptions = true,
            description = {"Delete the DPS alert a double submit created (NOMIS refused it as already active).",
                "Refuses when the alert is mapped or has no mapped twin. Example: alerts remove-duplicate <uuid>"})
    static final class RemoveDuplicate implements Callable<Integer> {
        @ParentCommand
        AlertsCommand alerts;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "DPS_ALERT_ID", description = "the duplicate DPS alert's uuid")
        String dpsAlertId;
        @Option(names = "--dry-run", description = "print the plan, change nothing")
        boolean dryRun;

        @Override
        public Integer call() {
            return VisitsCommand.print(spec, alerts.repairs().removeDuplicate(dpsAlertId, dryRun));
        }
    }

    /** Runs the reconciliation now. */
    @Command(name = "reconcile", mixinStandardHelpOptions = true,
            description = "Compare active alerts per active prisoner, NOMIS vs DPS, and list the mismatches.")
    static final class Reconcile implements Callable<Integer> {
        @ParentCommand
        AlertsCommand alerts;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            AlertsReconciliationReport report = alerts.root.access.core().domain(AlertsDomain.class).reconciliation().run();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("checked %d of %d active prisoners: %d mismatch(es), %d error(s)%n", report.prisonersChecked(),
                    report.activePrisoners(), report.mismatches().size(),
                    report.pageErrors() + report.prisonerErrors());
            for (AlertsMismatch m : report.mismatches()) {
                out.printf("  %s: NOMIS %d, DPS %d; missing from DPS %s; missing from NOMIS %s%n", m.offenderNo(),
                        m.nomisCount(), m.dpsCount(), m.missingFromDps(), m.missingFromNomis());
            }
            return ExitCodes.OK;
        }
    }
}
