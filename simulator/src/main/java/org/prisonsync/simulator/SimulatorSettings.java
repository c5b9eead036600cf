package org.prisonsync.simulator;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link Simulator} runs: where it listens, which prison and visitors its made-up visits use (the upstream
 * {@code MOCK_VISITS_PRISON_ID} / {@code MOCK_VISITS_VISITORS} overrides), which queues receive the events it
 * publishes, the seed of every random choice (faults, traffic, references) and whether the NOMIS and DPS routes want
 * a bearer token from its own token endpoint.
 *
 * @param toNomisQueue   physical queue receiving DPS domain events (what prison-sync sends to NOMIS)
 * @param fromNomisQueue physical queue receiving NOMIS offender events (what prison-sync takes from NOMIS)
 * @param alertsToNomisQueue   physical queue receiving DPS {@code person.alert.*} events; null: not published
 * @param alertsFromNomisQueue physical queue receiving NOMIS {@code ALERT-*} events and the prisoner-level domain
 *                             events (merged, booking moved, received); null: not published
 */
public record SimulatorSettings(String host, int port, String mockVisitsPrisonId, List<Long> mockVisitsVisitors,
                                String toNomisQueue, String fromNomisQueue, long seed, boolean requireAuth,
                                String alertsToNomisQueue, String alertsFromNomisQueue) {

    public static final String PRISON_ID_ENV = "MOCK_VISITS_PRISON_ID";
    public static final String VISITORS_ENV = "MOCK_VISITS_VISITORS";

    public SimulatorSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(mockVisitsPrisonId, "mockVisitsPrisonId");
        Objects.requireNonNull(toNomisQueue, "toNomisQueue");
        Objects.requireNonNull(fromNomisQueue, "fromNomisQueue");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        if (mockVisitsPrisonId.isBlank()) {
            throw new IllegalArgumentException("mockVisitsPrisonId must not be blank");
        }
        mockVisitsVisitors = List.copyOf(Objects.requireNonNullElse(mockVisitsVisitors, List.of()));
    }

    /** Loopback, a dynamic port, prison MDI, two visitors, seed 42, no auth. */
    public static SimulatorSettings defaults(String toNomisQueue, String fromNomisQueue) {
        return new SimulatorSettings("127.0.0.1", 0, "MDI", List.of(4729570L, 4729580L), toNomisQueue,
                fromNomisQueue, 42, false, null, null);
    }

    /** {@code base} with the {@code MOCK_VISITS_*} overrides found in {@code env}; blank values are ignored. */
    public static SimulatorSettings fromEnv(Map<String, String> env, SimulatorSettings base) {
        String prison = env.get(PRISON_ID_ENV);
        String visitors = env.get(VISITORS_ENV);
        SimulatorSettings result = base;
        if (prison != null && !prison.isBlank()) {
            result = result.withMockVisitsPrisonId(prison.trim());
        }
        if (visitors != null && !visitors.isBlank()) {
            result = result.withMockVisitsVisitors(parseVisitors(visitors));
        }
        return result;
    }

    private static List<Long> parseVisitors(String commaList) {
        try {
            return Arrays.stream(commaList.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(VISITORS_ENV + " must be a comma list of person ids, was '"
                    + commaList + "'", e);
        }
    }

    public SimulatorSettings withPort(int newPort) {
        return new SimulatorSettings(host, newPort, mockVisitsPrisonId, mockVisitsVisitors, toNomisQueue,
                fromNomisQueue, seed, requireAuth, alertsToNomisQueue,
                alertsFromNomisQueue);
    }

    public SimulatorSettings withRequireAuth(boolean required) {
        return new SimulatorSettings(host, port, mockVisitsPrisonId, mockVisitsVisitors, toNomisQueue,
                fromNomisQueue, seed, required, alertsToNomisQueue, alertsFromNomisQueue);
    }

    public SimulatorSettings withMockVisitsPrisonId(String prisonId) {
        return new SimulatorSettings(host, port, prisonId, mockVisitsVisitors, toNomisQueue, fromNomisQueue, seed,
                requireAuth, alertsToNomisQueue, alertsFromNomisQueue);
    }

    public SimulatorSettings withMockVisitsVisitors(List<Long> visitors) {
        return new SimulatorSettings(host, port, mockVisitsPrisonId, visitors, toNomisQueue, fromNomisQueue, seed,
                requireAuth, alertsToNomisQueue, alertsFromNomisQueue);
    }

    public SimulatorSettings withSeed(long newSeed) {
        return new SimulatorSettings(host, port, mockVisitsPrisonId, mockVisitsVisitors, toNomisQueue,
                fromNomisQueue, newSeed, requireAuth, alertsToNomisQueue, alertsFromNomisQueue);
    }

    /** The same settings publishing alert events to these queues (either null: that direction is not published). */
    public SimulatorSettings withAlertQueues(String toNomis, String fromNomis) {
        return new SimulatorSettings(host, port, mockVisitsPrisonId, mockVisitsVisitors, toNomisQueue,
                fromNomisQueue, seed, requireAuth, toNomis, fromNomis);
    }
}
