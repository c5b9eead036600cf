package org.prisonsync.service.reliability;

import org.prisonsync.core.testing.LoopbackPorts;
import org.prisonsync.core.visits.VisitsDomain;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.queue.DlqMessage;
import org.prisonsync.core.queue.QueueStatus;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.NomisVisit;
import org.prisonsync.core.visits.VisitTranslation;
import org.prisonsync.service.PrisonSyncService;
import org.prisonsync.service.ServiceConfig;
import org.prisonsync.service.ServiceMain;
import org.prisonsync.simulator.Faults;
import org.prisonsync.simulator.Simulator;
import org.prisonsync.sqs.SqsAdapters;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The fault matrix (issue 6): two service instances — one in this JVM (with ElasticMQ and the simulator), one a
 * separate JVM process — on one ElasticMQ, one PostgreSQL schema and the simulator; N DPS visit creates, each event
 * published 1–3 times, 5% of NOMIS creates timing out after succeeding, 5% NOMIS 5xx, 2% mapping-store failures,
 * latency on NOMIS reads; the second instance killed abruptly (SIGKILL) mid-run and restarted; poison messages
 * planted. Then it checks every DPS visit exists in NOMIS exactly once with a correct mapping, no NOMIS visit lacks a
 * mapping, and the DLQs hold exactly the planted poison — and prints the figures.
 *
 * <p>Run the full size with {@code mvn -q -pl runner-service test-compile exec:java …} as docs/benchmarks.md says;
 * {@code ReliabilityIT} runs it at CI size on every build.
 */
public final class ReliabilityHarness {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PG_URL = System.getProperty("prisonsync.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");

    /** What one run found. */
    public record Report(int eventsSent, long publishedCopies, long createsByA, long createsByB,
                         Map<String, Long> faultsInjected, int nomisVisits, int duplicates, int lost,
                         int unmappedNomisVisits, int plantedPoison, int poisonOnDlq, List<String> unexpectedDlq,
                         Duration timeToSettle, Duration total) {

        public String figures() {
            return String.format("""
                    reliability run
                      events sent (DPS visit creates)   %d
                      published copies (1-3 each)       %d
                      visits created by instance A / B  %d / %d (B was killed and restarted)
                      faults injected                   %s
                      NOMIS visits                      %d
                      duplicates found                  %d
                      records lost                      %d
                      NOMIS visits without a mapping    %d
                      poison planted / on a DLQ         %d / %d
                      unexpected DLQ messages           %d
                      time to settle after last event   %.1f s
                      total                             %.1f s""", eventsSent, publishedCopies,
                    createsByA, createsByB, faultsInjected, nomisVisits, duplicates, lost, unmappedNomisVisits,
                    plantedPoison, poisonOnDlq, unexpectedDlq.size(), timeToSettle.toMillis() / 1000.0,
                    total.toMillis() / 1000.0);
        }
    }

    private final int events;
    private final Path work;

    public ReliabilityHarness(int events, Path work) {
        this.events = events;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path work = Files.createTempDirectory("prison-sync-reliability");
        Report report = new ReliabilityHarness(events, work).run();
        System.out.println(report.figures());
        System.exit(report.duplicates() == 0 && report.lost() == 0 && report.unexpectedDlq().isEmpty() ? 0 : 1);
    }

    public Report run() throws Exception {
        long started = System.nanoTime();
        String schema = "reliab_" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> envA = environment(schema);
        RecordingTelemetry telemetry = new RecordingTelemetry();
        PrisonSyncService first = PrisonSyncService.start(ServiceConfig.from(envA), telemetry);
        Map<String, String> envB = secondInstance(envA);
        Process second = null;
        try {
            Simulator simulator = first.simulator().orElseThrow();
            second = startProcess(envB, work.resolve("instance-b-1.log"));
            awaitUp(envB.get("SERVER_PORT"));
            injectFaults(simulator);

            List<DpsVisit> booked = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                booked.add(simulator.dpsVisits().book(visit(i)));
                if (i == events / 3) {
                    second.destroyForcibly().waitFor();   // SIGKILL: no graceful shutdown, in-flight work abandoned
                    second = startProcess(envB, work.resolve("instance-b-2.log"));
                }
            }
            int poison = plantPoison(ServiceConfig.from(envA));
            long lastEvent = System.nanoTime();

            await("every visit mapped and the queues drained", Duration.ofMinutes(10), () ->
                    mappedCount(first, booked) == events && queuesDrained(first));
            Duration settle = Duration.ofNanos(System.nanoTime() - lastEvent);
            return verify(first, simulator, telemetry, booked, poison, settle,
                    Duration.ofNanos(System.nanoTime() - started));
        } finally {
            if (second != null) {
                second.destroy();
                second.waitFor();
            }
            first.close();
            dropSchema(schema);
        }
    }

    private Map<String, String> environment(String schema) {
        Map<String, String> env = new HashMap<>();
        env.put("SERVER_PORT", Integer.toString(LoopbackPorts.next()));
        env.put("EMBEDDED_SQS_PORT", Integer.toString(LoopbackPorts.next()));
        env.put("SIMULATOR_PORT", Integer.toString(LoopbackPorts.next()));
        env.put("DEMO_TRAFFIC_INTERVAL_MS", "0");
        env.put("DATABASE_URL", PG_URL);
        env.put("DATABASE_USERNAME", "postgres");
        env.put("DATABASE_PASSWORD", "");
        env.put("DATABASE_SCHEMA", schema);
        env.put("HMPPS_SQS_DEFAULT_ERROR_VISIBILITY_TIMEOUT", "1, 2, 5");
        env.put("SQS_VISIBILITY_TIMEOUT_SECONDS", "10");   // a killed instance's messages come back after 10 s
        env.put("API_TIMEOUT_MS", "800");
        env.put("SYNC_CLAIM_LEASE_SECONDS", "5");           // above the API timeout, short enough to settle fast
        env.put("CHAOS_MAPPING_SAVE_FAILURE_RATE", "0.02");
        return env;
    }

    private Map<String, String> secondInstance(Map<String, String> first) {
        Map<String, String> env = new HashMap<>(first);
        String simulator = "http://127.0.0.1:" + first.get("SIMULATOR_PORT");
        env.put("PRISON_SYNC_MODE", "production");
        env.put("SERVER_HOST", "127.0.0.1");
        env.put("SERVER_PORT", Integer.toString(LoopbackPorts.next()));
        env.put("SQS_ENDPOINT", "http://127.0.0.1:" + first.get("EMBEDDED_SQS_PORT"));
        env.put("AWS_ACCESS_KEY_ID", "x");
        env.put("AWS_SECRET_ACCESS_KEY", "x");
        env.put("SQS_WAIT_TIME_SECONDS", "1");
        env.put("NOMIS_API_URL", simulator);
        env.put("VISITS_API_URL", simulator);
        env.put("HMPPS_AUTH_URL", simulator + "/auth/oauth/token");
        return env;
    }

    private static void injectFaults(Simulator simulator) {
        simulator.faults().setDuplicatePublishRate(0.5);   // half the events reach the queue 2-3 times
        simulator.faults().set("POST /prisoners/{offenderNo}/visits", new Faults.FaultRule(0, 0.05, 503, 0.05, 1500));
        simulator.faults().set("GET /visits/{reference}", new Faults.FaultRule(3, 0.0, 500, 0.0, 0));
    }

    private static DpsVisit visit(int i) {
        LocalDateTime start = LocalDateTime.now().plusDays(2 + i % 30).withHour(9 + i % 8).withMinute(0)
                .withSecond(0).withNano(0);
        return new DpsVisit(String.format("rel-%06d", i), String.format("R%04dAB", i % 10_000), "MDI",
                "Visits Main Hall", "SOCIAL", "BOOKED", null, "OPEN", start, start.plusHours(1),
                List.of(4729570L), null);
    }

    /** Malformed JSON, an unknown type, a booked event without its reference, an oversized body. */
    private static int plantPoison(ServiceConfig config) throws IOException {
        List<String> bodies = List.of(
                "{this is not json",
                notification("{\"eventType\":\"no.such.event\",\"additionalInformation\":{}}"),
                notification("{\"eventType\":\"prison-visit.booked\",\"prisonerId\":\"A1234BC\","
                        + "\"additionalInformation\":{}}"),
                notification("{\"eventType\":\"prison-visit.booked\",\"prisonerId\":\"A1234BC\","
                        + "\"additionalInformation\":{\"padding\":\"" + "x".repeat(200_000) + "\"}}"));
        try (SqsClient sqs = SqsAdapters.client(config.sqs())) {
            String url = sqs.getQueueUrl(r -> r.queueName(config.queue(VisitsDomain.TO_NOMIS).queueName())).queueUrl();
            bodies.forEach(body -> sqs.sendMessage(r -> r.queueUrl(url).messageBody(body)));
        }
        return bodies.size();
    }

    private Report verify(PrisonSyncService first, Simulator simulator, RecordingTelemetry telemetry,
                          List<DpsVisit> booked, int poison, Duration settle, Duration total) {
        List<NomisVisit> nomis = simulator.nomisVisits().all();
        Map<String, List<NomisVisit>> byComment = nomis.stream()
                .collect(Collectors.groupingBy(v -> String.valueOf(v.commentText())));
        int duplicates = 0;
        int lost = 0;
        for (DpsVisit v : booked) {
            List<NomisVisit> copies = byComment.getOrDefault(VisitTranslation.bookingComment(v.reference()), List.of());
            Mapping mapping = first.core().mappings().findByDpsId("VISIT", v.reference()).orElse(null);
            if (copies.isEmpty() || mapping == null
                    || copies.stream().noneMatch(c -> Long.toString(c.visitId()).equals(mapping.nomisId()))) {
                lost++;
            }
            duplicates += Math.max(0, copies.size() - 1);
        }
        int unmapped = (int) nomis.stream().filter(n -> first.core().mappings()
                .findByNomisId("VISIT", Long.toString(n.visitId())).isEmpty()).count();
        List<DlqMessage> dlq = new ArrayList<>();
        for (var q : first.core().queues().all()) {
            dlq.addAll(first.core().queueAdmin().readDlq(q.dlqName(), 100).messages());
        }
        List<String> unexpected = dlq.stream().map(DlqMessage::failureReason)
                .filter(reason -> !(reason.contains("malformed") || reason.contains("additionalInformation.reference")))
                .toList();
        Map<String, Long> faults = new LinkedHashMap<>(simulator.faults().injected());
        faults.put("mappingSaveFailure(A)", telemetry.count("visit-mapping-create-failed"));
        long published = events + simulator.faults().injected().getOrDefault(Faults.DUPLICATE_PUBLISH, 0L);
        return new Report(booked.size(), published, telemetry.count("visit-create-success"), createsInLogsOfB(), faults, nomis.size(), duplicates, lost,
                unmapped, poison, dlq.size() - unexpected.size(), unexpected, settle, total);
    }

    /** Instance B runs in its own JVM: its successes are counted from its logs (both lives of it). */
    private long createsInLogsOfB() {
        long count = 0;
        for (String log : List.of("instance-b-1.log", "instance-b-2.log")) {
            try (var lines = Files.lines(work.resolve(log))) {
                count += lines.filter(l -> l.contains("telemetry - visit-create-success")).count();
            } catch (IOException e) {
                // a log that was never written counts as none
            }
        }
        return count;
    }

    private static long mappedCount(PrisonSyncService service, List<DpsVisit> booked) {
        return booked.stream().filter(v -> service.core().mappings().findByDpsId("VISIT", v.reference()).isPresent())
                .count();
    }

    private static boolean queuesDrained(PrisonSyncService service) {
        for (QueueStatus q : service.core().queueAdmin().status()) {
            if (q.messagesOnQueue() > 0 || q.messagesInFlight() > 0) {
                return false;
            }
        }
        return true;
    }

    private static Process startProcess(Map<String, String> env, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ServiceMain.class.getName());
        builder.environment().putAll(env);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder.start();
    }

    private static void awaitUp(String port) {
        HttpClient http = HttpClient.newHttpClient();
        await("instance B up on " + port, Duration.ofSeconds(60), () -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ping"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    private static String notification(String inner) {
        try {
            return JSON.writeValueAsString(Map.of("Type", "Notification", "MessageId", UUID.randomUUID().toString(),
                    "Message", inner));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean postgresReachable() {
        try (Connection ignored = DriverManager.getConnection(PG_URL, "postgres", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void dropSchema(String schema) {
        try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "")) {
            c.createStatement().execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            System.err.println("could not drop schema " + schema + ": " + e.getMessage());
        }
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

}
