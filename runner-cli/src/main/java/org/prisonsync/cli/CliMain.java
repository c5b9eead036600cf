package org.prisonsync.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.queue.UnknownQueueException;
import org.prisonsync.core.telemetry.FanOutTelemetry;
import org.prisonsync.core.telemetry.LoggingTelemetry;
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
        CoreAccess access = new CoreAccess(() -> buildCore(PrisonSyncConfig.from(env)));
        return run(args, access, out, err);
    }

    /** Runs one command line against a given core (tests, embedding). */
    public static int run(String[] args, CoreAccess access, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new PrisonSyncCommand(access));
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

    private static PrisonSyncCore buildCore(PrisonSyncConfig config) {
        return CliComponent.build(config, new FanOutTelemetry(List.of(new LoggingTelemetry()))).core();
    }
}
