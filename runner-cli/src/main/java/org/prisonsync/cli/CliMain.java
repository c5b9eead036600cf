package org.prisonsync.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.migration.MigrationDescriptor;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.queue.UnknownQueueException;
import org.prisonsync.core.telemetry.FanOutTelemetry;
import org.prisonsync.core.telemetry.LoggingTelemetry;
import org.prisonsync.wiring.Json;
import org.prisonsync.wiring.PrisonSyncConfig;
import picocli.CommandLine;

/** Builds the command line over a lazily built core, runs it and exits with its code. */
public final class CliMain {
    private CliMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line against the configuration in {@code env}. */
    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        PrisonSyncConfig config;
        try {
            config = PrisonSyncConfig.from(env);
        } catch (RuntimeException e) {
            // As before the operations: --help still works, and any command fails on the configuration (exit 1).
            return run(args, new CoreAccess(() -> {
                throw e;
            }), List.of(), List.of(), out, err);
        }
        // Building the graph provides nothing yet: the core is built on first use, and the operations' handlers
        // reach their services lazily, so listing them for --help touches no queue or database.
        CliComponent component = CliComponent.build(config, new FanOutTelemetry(List.of(new LoggingTelemetry())));
        List<Operation> operations = component.operations().stream()
                .sorted(Comparator.comparing(Operation::name)).toList();
        List<MigrationDescriptor> migrationTypes = component.migrationTypes().stream()
                .sorted(Comparator.comparing(MigrationDescriptor::name)).toList();
        CoreAccess access = new CoreAccess(component::core, component::mappingStore,
                component::migrationHistory, () -> DomainDeclaration.mappedEntityTypes(component.declarations()));
        try {
            return run(args, access, operations, migrationTypes, out, err);
        } finally {
            // The command's events reach the trail (and its alerts the webhook) before the process ends, the
            // trail's writer stops, and then the database closes, releasing the H2 file's lock for the next command:
            // whatever the command opened, through the CLI's access or an operation's own lazy way to the core.
            component.openedResources().closeAll();
        }
    }

    /** Runs one command line against a given core (tests, embedding). */
    public static int run(String[] args, CoreAccess access, PrintWriter out, PrintWriter err) {
        return run(args, access, List.of(), out, err);
    }

    /** Runs one command line against a given core, with a subcommand for each of {@code operations}. */
    public static int run(String[] args, CoreAccess access, List<Operation> operations, PrintWriter out,
                          PrintWriter err) {
        return run(args, access, operations, List.of(), out, err);
    }

    /**
     * Runs one command line against a given core, with a subcommand for each of {@code operations} and a
     * {@code migrate <type>} command for each of {@code migrationTypes}.
     */
    public static int run(String[] args, CoreAccess access, List<Operation> operations,
                          List<MigrationDescriptor> migrationTypes, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(access, operations, migrationTypes);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            commandLine.getErr().println("error: " + e.getMessage());
            if (e instanceof UnknownQueueException) {
                return ExitCodes.NOT_FOUND;
            }
            if (e instanceof UpstreamUnavailable || e instanceof UpstreamRejected) {
                return ExitCodes.UNAVAILABLE;
            }
            return ExitCodes.ERROR;
        });
        return cli.execute(args);
    }

    /**
     * The whole command line: the hand-written commands, a {@code migrate <type>} command per migration type, then
     * the operations' commands (so a type's own operations, e.g. {@code migrate <type> remove-duplicate}, join its
     * command).
     */
    static CommandLine commandLine(CoreAccess access, List<Operation> operations,
                                   List<MigrationDescriptor> migrationTypes) {
        CommandLine cli = new CommandLine(new PrisonSyncCommand(access, migrationTypes));
        new MigrationCommands(access).addTo(cli.getSubcommands().get("migrate"), migrationTypes);
        new OperationCommands(Json::mapper).addTo(cli, operations);
        return cli;
    }
}
