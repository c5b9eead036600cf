package org.prisonsync.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.prisonsync.core.migration.CancelOutcome;
import org.prisonsync.core.migration.HistoryQuery;
import org.prisonsync.core.migration.InProgressMigration;
import org.prisonsync.core.migration.MigrationFailure;
import org.prisonsync.core.migration.MigrationPreview;
import org.prisonsync.core.migration.MigrationRun;
import org.prisonsync.core.migration.MigrationStatus;
import org.prisonsync.core.migration.Migrations;
import org.prisonsync.core.migration.StartResult;
import org.prisonsync.core.migration.UnknownMigrationTypeException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code migrate visits|status|history|cancel|failures|rooms}: the {@code /migrate} endpoints as commands. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Bulk migration of NOMIS data to DPS (visits), run by the service's consumers.",
            "Preview, start and watch a run, see its history and the entities it failed on, cancel it, and manage "
                + "the visit room mappings future visits need."},
        subcommands = {MigrateCommand.Visits.class, MigrateCommand.Status.class, MigrateCommand.History.class,
            MigrateCommand.Cancel.class, MigrateCommand.Failures.class},
        footer = {"", "Examples:",
            "  prison-sync migrate rooms usage --prison MDI          rooms future visits use, mapped or not",
            "  prison-sync migrate rooms add MDI MDI-VISITS-SOC_VIS VISITS-MAIN-HALL",
            "  prison-sync migrate visits --prison MDI --preview    estimate and warnings, starts nothing",
            "  prison-sync migrate visits --prison MDI --wait       start, then a live progress bar",
            "  prison-sync migrate status                           the running migration",
            "  prison-sync migrate history --only-failures",
            "  prison-sync migrate failures 2026-11-24T10:00:00     each failed visit and why",
            "  prison-sync migrate cancel 2026-11-24T10:00:00",
            "  prison-sync migrate visits remove-duplicate --nomis-visit-id 123 --dps-reference ab-cd-ef-gh --dry-run"})
public final class MigrateCommand {
    /** The visits migration's type name, as {@code /migrate/visits} and the history name it. */
    static final String VISITS = "VISITS";
    /** Whether standard output is a terminal (a live bar) or a file or pipe (a line every few seconds). */
    static java.util.function.BooleanSupplier terminal = () -> System.console() != null;

    @ParentCommand
    PrisonSyncCommand root;

    Migrations migrations() {
        return root.access.core().migrations();
    }

    static void printRun(PrintWriter out, MigrationRun run) {
        out.printf("%-19s %-19s %-20s %-20s %9d %9d %7d  %s%n", run.migrationId(), run.status(),
                run.whenStarted(), run.whenEnded() == null ? "-" : run.whenEnded(), run.estimatedCount(),
                run.migratedCount(), run.failedCount(), run.filterJson());
    }

    static void printRunHeader(PrintWriter out) {
        out.printf("%-19s %-19s %-20s %-20s %9s %9s %7s  %s%n", "MIGRATION ID", "STATUS", "STARTED", "ENDED",
                "ESTIMATED", "MIGRATED", "FAILED", "FILTER");
    }

    /** Starts (or previews) a visits migration; {@code remove-duplicate} repairs a duplicate it reported. */
    @Command(name = "visits", mixinStandardHelpOptions = true,
            description = {"Migrate the NOMIS visits a filter selects (all prisons and SCON when none given).",
                "--from/--to select by the visit's CREATION time (local), so a later run can take only what was "
                    + "created since. Future visits need their room mapped ('migrate rooms').",
                "Exit codes with --wait: 0 completed without failures, 1 completed with failures or cancelled; "
                    + "3 another visits migration is already running."})
    static final class Visits implements Callable<Integer> {
        @ParentCommand
        MigrateCommand migrate;
        @Spec
        CommandSpec spec;
        @Option(names = "--prison", paramLabel = "PRISON", description = "a prison id (repeat for several)")
        List<String> prisons = new ArrayList<>();
        @Option(names = "--visit-type", paramLabel = "TYPE", description = "SCON or OFFI (repeat; default SCON)")
        List<String> visitTypes = new ArrayList<>();
        @Option(names = "--from", description = "created at or after, e.g. 2026-01-01T00:00:00")
        LocalDateTime from;
        @Option(names = "--to", description = "created at or before")
        LocalDateTime to;
        @Option(names = "--ignore-missing-room", description = "leave out visits without a room")
        boolean ignoreMissingRoom;
        @Option(names = "--preview", description = "print the estimate and warnings, start nothing")
        boolean preview;
        @Option(names = "--wait", description = "watch the run to its end with a progress bar")
        boolean await;

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            Migrations migrations = migrate.migrations();
            // The filter as the API's body gives it, read by the migration type itself (by name: the CLI names no
            // domain's classes).
            Map<String, Object> filter = new LinkedHashMap<>();
            filter.put("prisonIds", prisons);
            filter.put("visitTypes", visitTypes);
            if (from != null) {
                filter.put("fromDateTime", from.toString());
            }
            if (to != null) {
                filter.put("toDateTime", to.toString());
            }
            filter.put("ignoreMissingRoom", ignoreMissingRoom);
            if (preview) {
                MigrationPreview p = migrations.preview(VISITS, filter);
                out.printf("%s migration would select %,d visit(s) (filter %s)%n", p.type(), p.estimatedCount(),
                        filter);
                p.warnings().forEach(w -> out.println("warning: " + w));
                if (p.warnings().isEmpty()) {
                    out.println("no warnings");
                }
                out.println("(preview: nothing started)");
                return ExitCodes.OK;
            }
            StartResult result = migrations.start(VISITS, filter);
            if (result instanceof StartResult.AlreadyInProgress busy) {
                out.printf("%s: %s (see 'migrate status')%n", busy.message(), busy.activeMigrationId());
                return ExitCodes.REFUSED;
            }
            StartResult.Started started = (StartResult.Started) result;
            String id = started.context().migrationId();
            out.printf("started visits migration %s: %,d visit(s) estimated%n", id, started.context().estimatedCount());
            if (!await) {
                out.printf("watch it with 'migrate status', cancel it with 'migrate cancel %s'%n", id);
                return ExitCodes.OK;
            }
            return Watch.untilEnded(migrations, id, started.context().estimatedCount(), out, terminal.getAsBoolean());
        }
    }

    /** Shows the active run of a type. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "The running migration of a type (default VISITS) with live counts from the queues.")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        MigrateCommand migrate;
        @Spec
        CommandSpec spec;
        @Parameters(arity = "0..1", paramLabel = "TYPE", defaultValue = VISITS)
        String type;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Optional<InProgressMigration> active;
            try {
                active = migrate.migrations().active(type);
            } catch (UnknownMigrationTypeException e) {
                out.println(e.getMessage());
                return ExitCodes.NOT_FOUND;
            }
            if (active.isEmpty()) {
                out.printf("no %s migration is running%n", type);
                return ExitCodes.OK;
            }
            InProgressMigration m = active.get();
            out.printf("%s %s %s, started %s%n  migrated %,d of %,d estimated; %,d message(s) waiting, %,d in flight,"
                    + " %,d on the DLQ%n", m.migrationType(), m.migrationId(), m.status(), m.whenStarted(),
                    m.recordsMigrated(), m.estimatedRecordCount(), m.toBeProcessedCount(), m.beingProcessedCount(),
                    m.recordsFailed());
            return ExitCodes.OK;
        }
    }

    /** Lists past runs. */
    @Command(name = "history", mixinStandardHelpOptions = true,
            description = "Runs of a type (default VISITS), newest first.")
    static final class History implements Callable<Integer> {
        @ParentCommand
        MigrateCommand migrate;
        @Spec
        CommandSpec spec;
        @Parameters(arity = "0..1", paramLabel = "TYPE", defaultValue = VISITS)
        String type;
        @Option(names = "--only-failures", description = "only runs with failed entities")
        boolean onlyFailures;
        @Option(names = "--prison", description = "only runs whose filter names this prison")
        String prison;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Migrations migrations = migrate.migrations();
            if (migrations.types().find(type).isEmpty()) {
                out.println(new UnknownMigrationTypeException(type).getMessage());
                return ExitCodes.NOT_FOUND;
            }
            List<MigrationRun> runs = migrations.history(new HistoryQuery(type, null, null, onlyFailures, prison));
            printRunHeader(out);
            runs.forEach(r -> printRun(out, r));
            return ExitCodes.OK;
        }
    }

    /** Cancels a run. */
    @Command(name = "cancel", mixinStandardHelpOptions = true,
            description = {"Cancel a running migration; what was migrated stays migrated.",
                "Its queue is purged (now and for a while after) and it ends CANCELLED."})
    static final class Cancel implements Callable<Integer> {
        @ParentCommand
        MigrateCommand migrate;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "MIGRATION_ID")
        String migrationId;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            CancelOutcome outcome = migrate.migrations().cancel(migrationId);
            if (outcome instanceof CancelOutcome.NotFound) {
                out.printf("no migration %s%n", migrationId);
                return ExitCodes.NOT_FOUND;
            }
            if (outcome instanceof CancelOutcome.NotActive notActive) {
                out.printf("migration %s is %s: nothing to cancel%n", migrationId, notActive.run().status());
                return ExitCodes.REFUSED;
            }
            out.printf("cancel of %s requested: the queue is being purged; it ends %s shortly%n", migrationId,
                    MigrationStatus.CANCELLED);
            return ExitCodes.OK;
        }
    }

    /** Lists a run's failed entities with their reasons. */
    @Command(name = "failures", mixinStandardHelpOptions = true,
            description = {"List each entity a run gave up on, with the reason.",
                "One migrated since (after a DLQ retry) is no longer listed."})
    static final class Failures implements Callable<Integer> {
        @ParentCommand
        MigrateCommand migrate;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "MIGRATION_ID")
        String migrationId;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Migrations migrations = migrate.migrations();
            if (migrations.run(migrationId).isEmpty()) {
                out.printf("no migration %s%n", migrationId);
                return ExitCodes.NOT_FOUND;
            }
            List<MigrationFailure> failures = migrations.failures(migrationId);
            out.printf("%s: %d failed entit%s%n", migrationId, failures.size(), failures.size() == 1 ? "y" : "ies");
            for (MigrationFailure f : failures) {
                out.printf("  %-12s %s  %s%n", f.entityId(), f.when(), f.reason());
            }
            return ExitCodes.OK;
        }
    }

    /** Polls a run until it ends, drawing the progress bar. */
    static final class Watch {
        private static final Duration POLL = Duration.ofMillis(500);

        private Watch() {
        }

        static int untilEnded(Migrations migrations, String id, long estimated, PrintWriter out, boolean terminal)
                throws InterruptedException {
            long started = System.nanoTime();
            ProgressBar bar = new ProgressBar(out, terminal, Duration.ofSeconds(5), started);
            while (true) {
                Optional<InProgressMigration> active = migrations.active(VISITS)
                        .filter(m -> m.migrationId().equals(id));
                if (active.isEmpty()) {
                    break;
                }
                bar.update(active.get().recordsMigrated(), estimated, System.nanoTime());
                Thread.sleep(POLL.toMillis());
            }
            MigrationRun run = migrations.run(id).orElseThrow();
            bar.update(run.migratedCount(), estimated, System.nanoTime());
            bar.finish();
            out.printf("%s %s: %,d migrated, %,d failed%n", id, run.status(), run.migratedCount(), run.failedCount());
            if (run.status() == MigrationStatus.COMPLETED && run.migratedCount() + run.failedCount() < estimated) {
                // Almost always a rerun: the engine skips what is mapped and says so per visit in telemetry. No count:
                // the failed count is the whole DLQ, which may still hold an earlier run's failures.
                out.printf("the other visits estimated were skipped as already mapped (by an earlier run or by sync):"
                        + " each is logged as visits-migration-entity-ignored with migrationId=%s%n", id);
            }
            if (run.failedCount() > 0) {
                out.printf("see why with 'migrate failures %s'; after fixing, 'dlq retry %s'%n", id,
                        migrations.types().require(VISITS).queue().dlqName());
            }
            return run.status() == MigrationStatus.COMPLETED && run.failedCount() == 0 ? ExitCodes.OK
                    : ExitCodes.ERROR;
        }
    }
}
