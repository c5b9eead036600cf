package org.prisonsync.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.prisonsync.core.migration.CancelOutcome;
import org.prisonsync.core.migration.HistoryQuery;
import org.prisonsync.core.migration.InProgressMigration;
import org.prisonsync.core.migration.MigrationFailure;
import org.prisonsync.core.migration.MigrationHistory;
import org.prisonsync.core.migration.MigrationDescriptor;
import org.prisonsync.core.migration.MigrationRun;
import org.prisonsync.core.migration.MigrationStatus;
import org.prisonsync.core.migration.MigrationType;
import org.prisonsync.core.migration.Migrations;
import org.prisonsync.core.migration.UnknownMigrationTypeException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code migrate <type>|status|history|cancel|failures}: the {@code /migrate} endpoints as commands. The start of
 * each migration type ({@code migrate <type> [filter options]}) is made from the type's descriptor by
 * {@link MigrationCommands}; the rest take the type, or the migration id, and work for every type alike.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Bulk migration of NOMIS data to DPS, one command per migration type, run by the service.",
            "Preview, start and watch a run, see its history and the entities it failed on, and cancel it. A type's "
                + "own operations (mappings its entities need, repairs of what a run left) are listed with it."},
        subcommands = {MigrateCommand.Status.class, MigrateCommand.History.class, MigrateCommand.Cancel.class,
            MigrateCommand.Failures.class},
        footer = {"", "Examples (TYPE is one of the migration types listed above):",
            "  prison-sync migrate TYPE --preview [filter]   estimate and warnings only",
            "  prison-sync migrate TYPE --wait [filter]      start, then a live progress bar",
            "  prison-sync migrate status                    the running one (if one type)",
            "  prison-sync migrate history TYPE --only-failures",
            "  prison-sync migrate failures 2026-11-24T10:00:00   each failed entity, why",
            "  prison-sync migrate cancel 2026-11-24T10:00:00"})
public final class MigrateCommand {
    private static final String TYPE = "the migration type, as 'migrate --help' lists them; may be left out when only "
            + "one is installed";
    /** Whether standard output is a terminal (a live bar) or a file or pipe (a line every few seconds). */
    static java.util.function.BooleanSupplier terminal = () -> System.console() != null;

    @ParentCommand
    PrisonSyncCommand root;

    Migrations migrations() {
        return root.access.core().migrations();
    }

    /**
     * The declared type {@code name} names, matched as the core's registry matches it (blanks trimmed, any case,
     * {@code -} for {@code _}), so a command answers the same with or without the core.
     */
    Optional<MigrationDescriptor> declared(String name) {
        String key = MigrationDescriptor.keyOf(name);
        return root.migrationTypes.stream().filter(d -> d.name().equals(key)).findFirst();
    }

    /**
     * The type a command was given, or, when none was, the only type installed: with several, which one is meant
     * cannot be guessed, so leaving it out is a usage error listing them.
     */
    String typeOrTheOnlyOne(String given, CommandSpec spec) {
        if (given != null) {
            return given;
        }
        List<MigrationDescriptor> declared = root.migrationTypes;
        if (declared.size() == 1) {
            return declared.get(0).name();
        }
        throw new ParameterException(spec.commandLine(), declared.isEmpty() ? "no migration type is installed"
                : "give the migration type, one of: "
                        + declared.stream().map(MigrationDescriptor::name).collect(Collectors.joining(", ")));
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

    /** Shows the active run of a type. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "The running migration of a type with live counts from the queues.")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        MigrateCommand migrate;
        @Spec
        CommandSpec spec;
        @Parameters(arity = "0..1", paramLabel = "TYPE", description = TYPE)
        String type;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            String name = migrate.typeOrTheOnlyOne(type, spec);
            Migrations migrations = migrate.migrations();
            if (migrations.types().find(name).isEmpty()) {
                out.println(new UnknownMigrationTypeException(name).getMessage());
                return ExitCodes.NOT_FOUND;
            }
            Optional<InProgressMigration> active = migrations.active(name);
            if (active.isEmpty()) {
                out.printf("no %s migration is running%n", migrations.types().require(name).name());
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
            description = "Runs of a type, newest first.")
    static final class History implements Callable<Integer> {
        @ParentCommand
        MigrateCommand migrate;
        @Spec
        CommandSpec spec;
        @Parameters(arity = "0..1", paramLabel = "TYPE", description = TYPE)
        String type;
        @Option(names = "--only-failures", description = "only runs with failed entities")
        boolean onlyFailures;
        @Option(names = "--prison", description = "only runs whose filter names this prison")
        String prison;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            String name = migrate.typeOrTheOnlyOne(type, spec);
            Optional<MigrationHistory> store = migrate.root.access.migrationHistory();
            List<MigrationRun> runs;
            if (store.isPresent() && !migrate.root.migrationTypes.isEmpty()) {
                // Reading past runs needs their store only: the wiring's descriptors are exactly the core's installed
                // types (the core refuses to start otherwise), so the type is checked against them, not the core.
                Optional<MigrationDescriptor> declared = migrate.declared(name);
                if (declared.isEmpty()) {
                    out.println(new UnknownMigrationTypeException(name).getMessage());
                    return ExitCodes.NOT_FOUND;
                }
                runs = store.get().find(query(declared.get().name()));
            } else {
                Migrations migrations = migrate.migrations();
                if (migrations.types().find(name).isEmpty()) {
                    out.println(new UnknownMigrationTypeException(name).getMessage());
                    return ExitCodes.NOT_FOUND;
                }
                runs = migrations.history(query(migrations.types().require(name).name()));
            }
            printRunHeader(out);
            runs.forEach(r -> printRun(out, r));
            return ExitCodes.OK;
        }

        private HistoryQuery query(String typeName) {
            return new HistoryQuery(typeName, null, null, onlyFailures, prison);
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

        static int untilEnded(Migrations migrations, MigrationDescriptor described, String id, long estimated,
                              PrintWriter out, boolean terminal) throws InterruptedException {
            MigrationType<?> type = migrations.types().require(described.name());
            long started = System.nanoTime();
            ProgressBar bar = new ProgressBar(out, terminal, Duration.ofSeconds(5), started);
            while (true) {
                Optional<InProgressMigration> active = migrations.active(type.name())
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
                // Almost always a rerun: the engine skips what is mapped and says so per entity in telemetry. No
                // count: the failed count is the whole DLQ, which may still hold an earlier run's failures.
                out.printf("the other %s estimated were skipped as already mapped (by an earlier run or by sync):"
                        + " each is logged as %s-migration-entity-ignored with migrationId=%s%n", described.entities(),
                        type.telemetryName(), id);
            }
            if (run.failedCount() > 0) {
                out.printf("see why with 'migrate failures %s'; after fixing, 'dlq retry %s'%n", id,
                        type.queue().dlqName());
            }
            return run.status() == MigrationStatus.COMPLETED && run.failedCount() == 0 ? ExitCodes.OK
                    : ExitCodes.ERROR;
        }
    }
}
