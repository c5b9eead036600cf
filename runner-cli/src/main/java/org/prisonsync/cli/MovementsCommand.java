package org.prisonsync.cli;

import org.prisonsync.core.movements.MovementsDomain;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.prisonsync.core.movements.BatchMatch;
import org.prisonsync.core.movements.HousekeepingReport;
import org.prisonsync.core.movements.MatchingEventPair;
import org.prisonsync.core.movements.MovementTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code movements unmatched|housekeeping|show}: the movement reconciliation (seed 003) from the command line. */
@Command(name = "movements", mixinStandardHelpOptions = true,
        description = {"Movement reconciliation: NOMIS admissions and releases paired with DPS events.",
            "Every NOMIS admission or release must be paired with the DPS received/released event. See what is "
                + "unpaired and why, run the housekeeping on demand."},
        subcommands = {MovementsCommand.Unmatched.class, MovementsCommand.Housekeeping.class,
            MovementsCommand.Show.class})
public final class MovementsCommand {
    @ParentCommand
    PrisonSyncCommand root;

    static void printPairs(PrintWriter out, List<MatchingEventPair> pairs) {
        out.printf("%-6s %-9s %-8s %-8s %-26s %-26s %s%n", "ID", "TYPE", "PRISONER", "MATCHED", "DPS (reason time)",
                "NOMIS (reason time)", "MISSING / NOTE");
        for (MatchingEventPair p : pairs) {
            out.printf("%-6s %-9s %-8s %-8s %-26s %-26s %s%n", p.id(), p.matchType(), p.prisonerNumber(),
                    p.matched() ? "yes" : "NO", half(p.domainReason(), p.domainTime()),
                    half(p.offenderReason(), p.offenderTime()),
                    p.matched() ? (p.comment() == null ? "" : p.comment()) : p.missingHalf());
        }
    }

    private static String half(String reason, LocalDateTime time) {
        return time == null && reason == null ? "-" : (reason == null ? "?" : reason) + " " + (time == null ? "" : time);
    }

    /** A window end as core reads it ({@link MovementTimes#instant}), so the CLI and the service agree. */
    static final class WindowEnd implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return MovementTimes.instant("it", value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not " + MovementTimes.WINDOW_FORMATS);
            }
        }
    }

    /** Lists unmatched pairs. */
    @Command(name = "unmatched", mixinStandardHelpOptions = true,
            description = {"List the unmatched pairs created in a window (default: all).",
                "Each shows the half that is missing. --from and --to are read as the service's "
                    + "/reconciliation/movements/unmatched reads them: an ISO date or date-time, Europe/London unless "
                    + "it has an offset, e.g. 2026-11-24, 2026-11-24T10:00:00 or 2026-11-24T10:00:00Z.",
                "--from after --to is a usage error (exit 2)."})
    static final class Unmatched implements Callable<Integer> {
        @ParentCommand
        MovementsCommand movements;
        @Spec
        CommandSpec spec;
        @Option(names = "--from", paramLabel = "WHEN", converter = WindowEnd.class,
                description = "created at or after (default: the beginning)")
        Instant from;
        @Option(names = "--to", paramLabel = "WHEN", converter = WindowEnd.class,
                description = "created at or before (default: now)")
        Instant to;

        @Override
        public Integer call() {
            List<MatchingEventPair> pairs;
            try {
                pairs = movements.root.access.core().domain(MovementsDomain.class).queries()
                        .unmatchedBetween(from == null ? Instant.EPOCH : from, to == null ? Instant.now() : to);
            } catch (IllegalArgumentException badWindow) {
                throw new ParameterException(spec.commandLine(), badWindow.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%d unmatched pair(s)%n", pairs.size());
            if (!pairs.isEmpty()) {
                printPairs(out, pairs);
            }
            return ExitCodes.OK;
        }
    }

    /** Runs housekeeping now. */
    @Command(name = "housekeeping", mixinStandardHelpOptions = true,
            description = {"Run the housekeeping now: match late pairs, report the unmatched, purge old pairs.",
                "Late pairs are hospital releases, merges without a post-merge admission and booking moves; what "
                    + "is still unmatched is reported (non-match-event); matched pairs older than the retention "
                    + "are purged. Default window: now-4h to now-2h.",
                "Example: prison-sync movements housekeeping --from 2026-11-24T06:00:00 --dry-run"})
    static final class Housekeeping implements Callable<Integer> {
        @ParentCommand
        MovementsCommand movements;
        @Spec
        CommandSpec spec;
        @Option(names = "--from", description = "window start (local time)")
        LocalDateTime from;
        @Option(names = "--to", description = "window end (local time)")
        LocalDateTime to;
        @Option(names = "--dry-run", description = "report what it would match and purge, change nothing")
        boolean dryRun;

        @Override
        public Integer call() {
            HousekeepingReport report = movements.root.access.core().domain(MovementsDomain.class).housekeeping().run(from, to, dryRun);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("window %s .. %s%s%n", report.from(), report.to(), report.dryRun() ? " (dry run)" : "");
            out.printf("%s matched pairs older than %s %s%n", report.dryRun() ? "would purge" : "purged",
                    report.purgeCutoff(), "(" + report.purged() + ")");
            for (BatchMatch match : report.matches()) {
                out.printf("%s %s%n", report.dryRun() ? "would match" : "matched", match);
            }
            out.println(report.summary());
            if (!report.unmatched().isEmpty()) {
                printPairs(out, report.unmatched());
            }
            return ExitCodes.OK;
        }
    }

    /** Shows one prisoner's pairs. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show every pair (matched or not) of one prisoner, newest first.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        MovementsCommand movements;
        @Spec
        CommandSpec spec;
        @Option(names = "--prisoner", required = true, description = "prisoner number, e.g. A1234BC")
        String prisoner;

        @Override
        public Integer call() {
            List<MatchingEventPair> pairs = movements.root.access.core().domain(MovementsDomain.class).queries().ofPrisoner(prisoner);
            if (pairs.isEmpty()) {
                spec.commandLine().getErr().println("no movement pairs for " + prisoner);
                return ExitCodes.NOT_FOUND;
            }
            printPairs(spec.commandLine().getOut(), pairs);
            return ExitCodes.OK;
        }
    }
}
