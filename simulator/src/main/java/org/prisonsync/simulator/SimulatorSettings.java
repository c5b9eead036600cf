package org.prisonsync.simulator;

import java.time.Instant;
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
 * @param idBase         0: NOMIS visit ids count from 1, bookings from 1000 and DPS references follow from the seed
 *                       alone, the same on every start (what tests want). Otherwise NOMIS visit ids and booking ids
 *                       count from {@code idBase + 1} and DPS references are drawn afresh, so ids never meet those an
 *                       earlier run left in a kept database ({@link #idBaseAt})
 * @param demoPrisoners  whether NOMIS and DPS start with a few active prisoners and their alerts
 *                       ({@link DemoPrisoners}), for the embedded default's {@code alerts reconcile}
 */
public record SimulatorSettings(String host, int port, String mockVisitsPrisonId, List<Long> mockVisitsVisitors,
                                String toNomisQueue, String fromNomisQueue, long seed, boolean requireAuth,
                                String alertsToNomisQueue, String alertsFromNomisQueue, long idBase,
                                boolean demoPrisoners) {

    public static final String PRISON_ID_ENV = "MOCK_VISITS_PRISON_ID";
    public static final String VISITORS_ENV = "MOCK_VISITS_VISITORS";
    public static final String DEMO_PRISONERS_ENV = "DEMO_PRISONERS";
    /**
     * Ids per millisecond of {@link #idBaseAt}: a run would have to use more than this many per millisecond it ran
     * (a million a second) to reach the ids of a run started after it.
     */
    static final long IDS_PER_MILLISECOND = 1000;
    /** Ids stay below 2^53, so JSON readers that take numbers as doubles (JavaScript) keep them exact. */
    private static final long MAX_ID_BASE = (1L << 53) - 1_000_000_000L;

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
        if (idBase < 0 || idBase > MAX_ID_BASE) {
            throw new IllegalArgumentException("idBase must be 0-" + MAX_ID_BASE + ", was " + idBase);
        }
    }

    /** Loopback, a dynamic port, prison MDI, two visitors, seed 42, no auth, ids from 1, no demo prisoners. */
    public static SimulatorSettings defaults(String toNomisQueue, String fromNomisQueue) {
        return new SimulatorSettings("127.0.0.1", 0, "MDI", List.of(4729570L, 4729580L), toNomisQueue,
                fromNomisQueue, 42, false, null, null, 0, false);
    }

    /**
     * The id base of a simulator started at {@code start}: its epoch milliseconds times {@value #IDS_PER_MILLISECOND}
     * (e.g. 1779032791123000), so each start numbers past every id an earlier start used, whatever the database kept.
     */
    public static long idBaseAt(Instant start) {
        return Math.multiplyExact(start.toEpochMilli(), IDS_PER_MILLISECOND);
    }

    /**
     * {@code base} with the {@code MOCK_VISITS_*} and {@code DEMO_PRISONERS} ({@code true}/{@code false}) overrides
     * found in {@code env}; blank values are ignored.
     */
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
        String demo = env.get(DEMO_PRISONERS_ENV);
        if (demo != null && !demo.isBlank()) {
            result = result.withDemoPrisoners(parseBoolean(DEMO_PRISONERS_ENV, demo.trim()));
        }
        return result;
    }

    private static boolean parseBoolean(String name, String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, was '" + value + "'");
        };
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
                fromNomisQueue, seed, requireAuth, alertsToNomisQueue, alertsFromNomisQueue, idBase, demoPrisoners);
    }

    public SimulatorSettings withRequireAuth(boolean required) {
        return new SimulatorSettings(host, port, mockVisitsPrisonId, mockVisitsVisitors, toNomisQueue,
                fromNomisQueue, seed, required, alertsToNomisQueue, alertsFromNomisQueue, idBase, demoPrisoners);
    }

    public SimulatorSettings withMockVisitsPrisonId(String prisonId) {
        return new SimulatorSettings(host, port, prisonId, mockVisitsVisitors, toNomisQueue, fromNomisQueue, seed,
                requireAuth, alertsToNomisQueue, alertsFromNomisQueue, idBase, demoPrisoners);
    }

    public SimulatorSettings withMockVisitsVisitors(List<Long> visitors) {
        return new SimulatorSettings(host, port, mockVisitsPrisonId, visitors, toNomisQueue, fromNomisQueue, seed,
                requireAuth, alertsToNomisQueue, alertsFromNomisQueue, idBase, demoPrisoners);
    }

    public SimulatorSettings withSeed(long newSeed) {
        return new SimulatorSettings(host, port, mockVisitsPrisonId, mockVisitsVisitors, toNomisQueue,
                fromNomisQueue, newSeed, requireAuth, alertsToNomisQueue, alertsFromNomisQueue, idBase,
                demoPrisoners);
    }

    /** The same settings numbering ids from {@code base + 1} (see {@link #idBase}); 0 numbers from 1. */
    public SimulatorSettings withIdBase(long base) {
        return new SimulatorSettings(host, port, mockVisitsPrisonId, mockVisitsVisitors, toNomisQueue,
                fromNomisQueue, seed, requireAuth, alertsToNomisQueue, alertsFromNomisQueue, base, demoPrisoners);
    }

    public SimulatorSettings withDemoPrisoners(boolean seeded) {
        return new SimulatorSettings(host, port, mockVisitsPrisonId, mockVisitsVisitors, toNomisQueue,
                fromNomisQueue, seed, requireAuth, alertsToNomisQueue, alertsFromNomisQueue, idBase, seeded);
    }

    /** The same settings publishing alert events to these queues (either null: that direction is not published). */
    public SimulatorSettings withAlertQueues(String toNomis, String fromNomis) {
        return new SimulatorSettings(host, port, mockVisitsPrisonId, mockVisitsVisitors, toNomisQueue,
                fromNomisQueue, seed, requireAuth, toNomis, fromNomis, idBase, demoPrisoners);
    }
}
