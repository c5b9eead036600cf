package org.prisonsync.service.benchmark;

import org.prisonsync.core.testing.LoopbackPorts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Issue 18's start-up figures, from built jars as an operator starts them: the time from launching
 * {@code java -jar prison-sync-service.jar} on the embedded default to its first {@code 200} from {@code /health}
 * (with the service's own breakdown line), and the time of the CLI's common commands that touch no queue, plain and
 * with the class archive {@code bin/prison-sync} makes — each against the JVM's own floor ({@code java -version}) measured in the same run. Each figure is the median of
 * {@code runs} launches after one unmeasured launch (which creates the database file the CLI then reads).
 *
 * <p>Arguments: the service jar, the CLI jar, launches per figure (default 5).
 */
public final class StartupBenchmark {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path serviceJar = Path.of(args.length > 0 ? args[0] : "runner-service/target/prison-sync-service.jar");
        Path cliJar = Path.of(args.length > 1 ? args[1] : "runner-cli/target/prison-sync-cli.jar");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        for (Path jar : List.of(serviceJar, cliJar)) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException(jar + " is not built: mvn -B package -DskipTests");
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path data = Files.createTempDirectory("startup-benchmark");
        System.out.printf("[startup] %d launches per figure, %s, data in %s%n", runs, System.getProperty("java.version"),
                data);

        long floor = median(runs, () -> timeCommand(List.of(java, "-version"), Map.of()));
        System.out.printf("[startup] JVM floor (java -version): median %d ms%n", floor);

        long plain = measureService(java, serviceJar, data, runs, List.of(), "plain java -jar");
        // What bin/prison-sync-service does: the first run records the classes it loaded into an archive as it
        // exits (AppCDS), later runs map them instead of loading and verifying each class again.
        Path archive = data.resolve("prison-sync-service.jsa");
        startService(java, serviceJar, data, List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off"));
        long shared = measureService(java, serviceJar, data, runs,
                List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off"), "with the class archive");
        System.out.printf("[startup] class archive: %d ms against %d ms plain (%.2f x)%n", shared, plain,
                (double) shared / plain);

        Map<String, String> cliEnv = Map.of("PRISON_SYNC_DATA_DIR", data.toString());
        measureCli(java, cliJar, cliEnv, runs, floor, List.of(), "plain");
        // What bin/prison-sync does: its first command after a build records the classes it loaded into an archive
        // beside the jar (here always the same command, one that reads a domain's facts), later commands map them.
        Path cliArchive = data.resolve("prison-sync-cli.jsa");
        List<String> record = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + cliArchive, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-jar", cliJar.toString(), "mapping", "show", "--prisoner", "A1234BC"));
        timeCommand(record, cliEnv);
        measureCli(java, cliJar, cliEnv, runs, floor, List.of("-XX:SharedArchiveFile=" + cliArchive, "-Xlog:cds=off"),
                "with the class archive");
        // ... and the client compiler only, as bin/prison-sync launches it: a second's command never repays C2.
        measureCli(java, cliJar, cliEnv, runs, floor, List.of("-XX:SharedArchiveFile=" + cliArchive, "-Xlog:cds=off",
                "-XX:TieredStopAtLevel=1"), "as bin/prison-sync runs it");
    }

    /** The CLI's common commands that touch no queue, each the median of {@code runs} after an unmeasured run. */
    private static void measureCli(String java, Path cliJar, Map<String, String> cliEnv, int runs, long floor,
                                   List<String> options, String label) {
        for (List<String> command : List.of(List.of("--help"), List.of("events", "--prisoner", "A1234BC"),
                List.of("mapping", "show", "--prisoner", "A1234BC"), List.of("reconciliation", "runs", "incentives"),
                List.of("migrate", "history", "visits"))) {
            List<String> line = new ArrayList<>(List.of(java));
            line.addAll(options);
            line.addAll(List.of("-jar", cliJar.toString()));
            line.addAll(command);
            timeCommand(line, cliEnv);   // unmeasured first run
            long median = median(runs, () -> timeCommand(line, cliEnv));
            System.out.printf("[startup] cli (%s) %-40s median %4d ms (%.1f x the JVM floor; goal < 1000 ms: %s)%n",
                    label, String.join(" ", command), median, (double) median / floor,
                    median < 1000 ? "met" : "NOT met");
        }
    }

    private record Started(long millis, String breakdown) {
    }

    private static long measureService(String java, Path jar, Path data, int runs, List<String> options,
                                       String label) throws Exception {
        startService(java, jar, data, options);   // unmeasured: the first launch creates the database file
        List<Long> service = new ArrayList<>();
        String breakdown = null;
        for (int i = 0; i < runs; i++) {
            Started started = startService(java, jar, data, options);
            service.add(started.millis());
            breakdown = started.breakdown();
            System.out.printf("[startup]   service (%s) run %d: /health 200 after %d ms%n", label, i + 1,
                    started.millis());
        }
        long median = median(service);
        System.out.printf("[startup] service (%s): /health 200 after median %d ms (min %d, max %d; goal <= 3000 ms:"
                + " %s)%n", label, median, service.stream().min(Comparator.naturalOrder()).orElseThrow(),
                service.stream().max(Comparator.naturalOrder()).orElseThrow(), median <= 3000 ? "met" : "NOT met");
        System.out.printf("[startup] service's own breakdown (%s, last run): %s%n", label, breakdown);
        return median;
    }

    /** Launches the service jar on free ports, waits for /health 200, then stops it as an orchestrator would. */
    private static Started startService(String java, Path jar, Path data, List<String> options) throws Exception {
        int port = LoopbackPorts.next();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+ExitOnOutOfMemoryError"));
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("SERVER_PORT", Integer.toString(port),
                "EMBEDDED_SQS_PORT", Integer.toString(LoopbackPorts.next()), "SIMULATOR_PORT", Integer.toString(LoopbackPorts.next()),
                "PRISON_SYNC_DATA_DIR", data.toString(), "DEMO_TRAFFIC_INTERVAL_MS", "0"));
        long started = System.nanoTime();
        Process process = builder.start();
        AtomicReference<String> breakdown = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    int at = line.indexOf("ready ");
                    if (at >= 0 && line.contains("after the JVM started")) {
                        breakdown.set(line.substring(at));
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        URI health = URI.create("http://127.0.0.1:" + port + "/health");
        long deadline = started + GIVE_UP.toNanos();
        long millis = -1;
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (answers(health)) {
                millis = (System.nanoTime() - started) / 1_000_000;
                break;
            }
            Thread.sleep(10);
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        reader.join(2000);
        if (millis < 0) {
            throw new IllegalStateException("the service did not answer /health within " + GIVE_UP);
        }
        return new Started(millis, breakdown.get());
    }

    private static boolean answers(URI health) {
        try {
            return HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long timeCommand(List<String> command, Map<String, String> env) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().putAll(env);
            long started = System.nanoTime();
            int exit = builder.start().waitFor();
            long millis = (System.nanoTime() - started) / 1_000_000;
            // 4 is the CLI's "nothing found" (no mapping for the prisoner on a fresh database): a normal answer
            if (exit != 0 && exit != 4) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
            }
            return millis;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private interface Timed {
        long millis();
    }

    private static long median(int runs, Timed timed) {
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            all.add(timed.millis());
        }
        return median(all);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

}
