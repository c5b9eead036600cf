package org.prisonsync.service;

import org.prisonsync.core.movements.MovementsDomain;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.movements.BookingMovement;
import org.prisonsync.core.movements.MatchingEventPair;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.testing.MovementEvents;
import org.prisonsync.core.message.Notification;
import org.prisonsync.simulator.Simulator;

/**
 * Issue 4 end to end on PostgreSQL: NOMIS movement events and DPS received/released events arrive on the
 * reconciliation queue (SQS), the previous movement is read from the Prison API (the simulator, over HTTP), pairs are
 * matched in {@code matching_event_pair}; both halves delivered at once to concurrent consumers match exactly once;
 * an unpaired release is reported by the housekeeping endpoint.
 */
class MovementsReconciliationIT {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;
    static String schema = "movements_it_" + UUID.randomUUID().toString().substring(0, 8);
    static PrisonSyncService service;
    static ServiceConfig config;
    static RecordingTelemetry telemetry = new RecordingTelemetry();

    @BeforeAll
    static void start() {
        Map<String, String> env = ServiceFixture.embeddedOnPostgres(data, schema);
        env.put("HMPPS_SQS_QUEUES_MOVEMENTS_CONCURRENCY", "8");
        config = ServiceConfig.from(env);
        service = PrisonSyncService.start(config, telemetry);
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
            ServiceFixture.dropSchema(schema);
        }
    }

    @Test
    void bothHalvesArrivingTogetherAreMatchedExactlyOnce() {
        Simulator simulator = service.simulator().orElseThrow();
        LocalDateTime now = LocalDateTime.now(LONDON).truncatedTo(ChronoUnit.SECONDS);
        List<Notification> events = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long booking = 900_000 + i;
            String prisoner = String.format("M%04dAA", i);
            simulator.prisonMovements().add(booking, new BookingMovement(1, "COURT", "MDI", "ADM", "IN", now, "N",
                    now, null));
            events.add(MovementEvents.externalMovement(prisoner, booking, 1, "ADM", "N", "IN", now));
            events.add(MovementEvents.received(prisoner, "NEW_ADMISSION", Instant.now()));
        }
        MessageQueue queue = service.messageQueue();
        events.parallelStream().forEach(e -> queue.send(config.queue(MovementsDomain.QUEUE).queueName(), e));

        ServiceFixture.await("100 matched pairs", Duration.ofSeconds(60), () -> countMatched("M") == 100);
        for (int i = 0; i < 100; i++) {
            List<MatchingEventPair> rows = service.core().domain(MovementsDomain.class).queries().ofPrisoner(String.format("M%04dAA", i));
            assertThat(rows).singleElement().satisfies(p -> {
                assertThat(p.matched()).isTrue();
                assertThat(p.domainReason()).isEqualTo("NEW_ADMISSION");
                assertThat(p.offenderReason()).isEqualTo("N");
            });
        }
    }

    @Test
    void anUnpairedReleaseIsReportedByHousekeeping() throws Exception {
        Simulator simulator = service.simulator().orElseThrow();
        LocalDateTime now = LocalDateTime.now(LONDON).truncatedTo(ChronoUnit.SECONDS);
        long booking = 800_001;
        simulator.prisonMovements().add(booking, new BookingMovement(1, "COURT", "MDI", "ADM", "IN",
                now.minusDays(30), "N", now.minusDays(30), null));
        simulator.prisonMovements().add(booking, new BookingMovement(2, "MDI", "OUT", "REL", "OUT", now, "CR",
                now, null));
        service.messageQueue().send(config.queue(MovementsDomain.QUEUE).queueName(),
                MovementEvents.externalMovement("U0001AA", booking, 2, "REL", "CR", "OUT", now));
        ServiceFixture.await("the release recorded", Duration.ofSeconds(30),
                () -> !service.core().domain(MovementsDomain.class).queries().ofPrisoner("U0001AA").isEmpty());

        String window = "?from=" + now.minusHours(1) + "&to=" + now.plusHours(1);
        HttpResponse<String> report = ServiceFixture.http("GET",
                "http://127.0.0.1:" + service.port() + "/reconciliation/housekeeping" + window);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).startsWith("Found ").contains("non-matching");
        assertThat(telemetry.named("non-match-event")).isNotEmpty();
        assertThat(telemetry.named("non-match-event").get(telemetry.named("non-match-event").size() - 1)
                .properties().values().toString()).contains("U0001AA");
        HttpResponse<String> unmatched = ServiceFixture.http("GET",
                "http://127.0.0.1:" + service.port() + "/reconciliation/movements/prisoner/U0001AA");
        assertThat(JSON.readTree(unmatched.body()).get(0).get("matched").asBoolean()).isFalse();
    }

    private static long countMatched(String prefix) {
        long matched = 0;
        for (int i = 0; i < 100; i++) {
            matched += service.core().domain(MovementsDomain.class).queries().ofPrisoner(String.format(prefix + "%04dAA", i)).stream()
                    .filter(MatchingEventPair::matched).count();
        }
        return matched;
    }
}
