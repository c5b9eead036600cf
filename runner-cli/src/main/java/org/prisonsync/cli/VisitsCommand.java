package org.prisonsync.cli;

import org.prisonsync.core.visits.VisitsDomain;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.visits.VisitRepairs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code visits resync|cancel-duplicate}: the visit runbook steps as commands. */
@Command(name = "visits", mixinStandardHelpOptions = true, description = "Repair visits between DPS and NOMIS.",
        subcommands = {VisitsCommand.Resync.class, VisitsCommand.CancelDuplicate.class})
public final class VisitsCommand {
    @ParentCommand
    PrisonSyncCommand root;

    VisitRepairs repairs() {
        return root.access.core().domain(VisitsDomain.class).repairs();
    }

    static int print(CommandSpec spec, RepairReport report) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %s%s%n", report.operation(), report.status(), report.message().isEmpty() ? ""
                : " - " + report.message());
        for (String action : report.actions()) {
            out.printf("  %s %s%n", report.dryRun() ? "would" : "did:", action);
        }
        return ExitCodes.of(report);
    }

    /** Re-runs the DPS→NOMIS sync of one visit. */
    @Command(name = "resync", mixinStandardHelpOptions = true,
            description = {"Make NOMIS match one DPS visit, creating and mapping it if NOMIS lacks it.",
                "A visit NOMIS has is updated instead, and cancelled if DPS has cancelled it. Replaces upstream's "
                    + "resynchronise endpoint; with --prisoner, refused (exit 3) unless the visit is that "
                    + "prisoner's, as the endpoint does.",
                "Example: prison-sync visits resync ab-cd-ef-gh --prisoner A1234BC --dry-run"})
    static final class Resync implements Callable<Integer> {
        @ParentCommand
        VisitsCommand visits;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "REFERENCE", description = "the DPS visit reference")
        String reference;
        @Option(names = "--prisoner", description = "the prisoner number (offenderNo) the visit must belong to")
        String prisoner;
        @Option(names = "--dry-run", description = "print the plan, change nothing")
        boolean dryRun;

        @Override
        public Integer call() {
            VisitRepairs repairs = visits.repairs();
            return print(spec, prisoner == null ? repairs.resynchronise(reference, dryRun)
                    : repairs.resynchronise(prisoner, reference, dryRun));
        }
    }

    /** Cancels a duplicate NOMIS visit (seed 000 runbook). */
    @Command(name = "cancel-duplicate", mixinStandardHelpOptions = true,
            description = {"Cancel a duplicate NOMIS visit (outcome ADMIN).",
                "What the runbook does after a 'duplicate visit detected' alert. Refuses to cancel the visit the "
                    + "mapping points at.",
                "Example: prison-sync visits cancel-duplicate --prisoner A1234BC --nomis-visit-id 123 --dry-run"})
    static final class CancelDuplicate implements Callable<Integer> {
        @ParentCommand
        VisitsCommand visits;
        @Spec
        CommandSpec spec;
        @Option(names = "--prisoner", required = true, description = "the prisoner number (offenderNo)")
        String prisoner;
        @Option(names = "--nomis-visit-id", required = true, description = "the duplicate NOMIS visit id")
        long nomisVisitId;
        @Option(names = "--dry-run", description = "print the plan, change nothing")
        boolean dryRun;

        @Override
        public Integer call() {
            return print(spec, visits.repairs().cancelDuplicate(prisoner, nomisVisitId, dryRun));
        }
    }
}
