package org.prisonsync.cli;

import org.prisonsync.core.testing.LoopbackPorts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the CLI tests that run commands beside a running embedded service share: the service's environment (free
 * ports, no demo traffic or prisoners, quick retries), which the CLI then reads to reach the same queues and database,
 * and one command's exit code with everything it printed.
 */
final class CliBesideService {
    private CliBesideService() {
    }

    /** One command's exit code and its stdout followed by its stderr. */
    record Result(int code, String out) {
    }

    static Map<String, String> embeddedEnv(Path dataDir) {
        Map<String, String> env = new HashMap<>();
        env.put("SERVER_PORT", Integer.toString(LoopbackPorts.next()));
        env.put("EMBEDDED_SQS_PORT", Integer.toString(LoopbackPorts.next()));
        env.put("SIMULATOR_PORT", Integer.toString(LoopbackPorts.next()));
        env.put("PRISON_SYNC_DATA_DIR", dataDir.toString());
        env.put("DEMO_TRAFFIC_INTERVAL_MS", "0");
        env.put("DEMO_PRISONERS", "false");
        env.put("HMPPS_SQS_DEFAULT_ERROR_VISIBILITY_TIMEOUT", "1");
        return env;
    }

    static Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CliMain.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out + err.toString());
    }

}
