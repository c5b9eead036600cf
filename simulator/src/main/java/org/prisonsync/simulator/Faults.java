package org.prisonsync.simulator;

import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The faults the simulator injects into its NOMIS and DPS routes, so prison-sync's retries, timeouts and duplicate
 * handling can be exercised against something that really misbehaves. Rules are keyed by the route as declared,
 * {@code "METHOD /path/template"} (e.g. {@code "POST /prisoners/{offenderNo}/visits"}). Every roll comes from one
 * {@link Random} seeded from the settings, so a single-threaded run is repeatable. Thread-safe.
 */
public final class Faults {
    public static final String LATENCY = "latency";
    public static final String ERROR = "error";
    public static final String TIMEOUT_AFTER_SUCCESS = "timeoutAfterSuccess";
    public static final String DUPLICATE_PUBLISH = "duplicatePublish";

    /**
     * What to do to one route. {@code latencyMs} delays every call; {@code errorRate} of calls answer
     * {@code errorStatus} (500 when 0) without doing anything; {@code timeoutAfterSuccessRate} of the calls that do
     * run then hang {@code hangMs} before answering, so the caller times out on a write that did happen.
     */
    public record FaultRule(long latencyMs, double errorRate, int errorStatus, double timeoutAfterSuccessRate,
                            long hangMs) {
        public FaultRule {
            requireRate(errorRate, "errorRate");
            requireRate(timeoutAfterSuccessRate, "timeoutAfterSuccessRate");
            if (latencyMs < 0 || hangMs < 0) {
                throw new IllegalArgumentException("latencyMs and hangMs must not be negative");
            }
            errorStatus = errorStatus == 0 ? 500 : errorStatus;
            if (errorStatus < 400 || errorStatus > 599) {
                throw new IllegalArgumentException("errorStatus must be 4xx or 5xx, was " + errorStatus);
            }
        }

        public static FaultRule latency(long ms) {
            return new FaultRule(ms, 0, 500, 0, 0);
        }

        public static FaultRule errors(double rate, int status) {
            return new FaultRule(0, rate, status, 0, 0);
        }

        public static FaultRule timeoutAfterSuccess(double rate, long hangMs) {
            return new FaultRule(0, 0, 500, rate, hangMs);
        }
    }

    /** The faults drawn for one call. */
    record Decision(long latencyMs, int errorStatus, long hangMs) {
        static final Decision NONE = new Decision(0, 0, 0);

        boolean error() {
            return errorStatus != 0;
        }
    }

    private final Map<String, FaultRule> rules = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> injected = new ConcurrentHashMap<>();
    private final Random random;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile double duplicatePublishRate;

    Faults(long seed) {
        this.random = new Random(seed);
    }

    public void set(String route, FaultRule rule) {
        rules.put(Objects.requireNonNull(route, "route"), Objects.requireNonNull(rule, "rule"));
    }

    /** Removes every rule and the duplicate-publish rate; the injected counts stay. */
    public void clear() {
        rules.clear();
        duplicatePublishRate = 0;
    }

    /** The share of published events that are sent two or three times, identical, as SNS may redeliver. */
    public void setDuplicatePublishRate(double rate) {
        requireRate(rate, "duplicatePublishRate");
        duplicatePublishRate = rate;
    }

    public double duplicatePublishRate() {
        return duplicatePublishRate;
    }

    public Map<String, FaultRule> rules() {
        return new TreeMap<>(rules);
    }

    /** How many faults of each kind were injected: latency, error, timeoutAfterSuccess, duplicatePublish. */
    public Map<String, Long> injected() {
        Map<String, Long> snapshot = new TreeMap<>();
        injected.forEach((kind, adder) -> snapshot.put(kind, adder.sum()));
        return snapshot;
    }

    Decision decide(String route) {
        FaultRule rule = rules.get(route);
        if (rule == null) {
            return Decision.NONE;
        }
        if (rule.latencyMs() > 0) {
            count(LATENCY);
        }
        if (roll(rule.errorRate())) {
            count(ERROR);
            return new Decision(rule.latencyMs(), rule.errorStatus(), 0);
        }
        if (roll(rule.timeoutAfterSuccessRate())) {
            count(TIMEOUT_AFTER_SUCCESS);
            return new Decision(rule.latencyMs(), 0, rule.hangMs());
        }
        return new Decision(rule.latencyMs(), 0, 0);
    }

    /** How many copies of the next published event to send: 1, or 2-3 when a duplicate is injected. */
    int copiesToPublish() {
        if (!roll(duplicatePublishRate)) {
            return 1;
        }
        count(DUPLICATE_PUBLISH);
        synchronized (random) {
            return 2 + random.nextInt(2);
        }
    }

    /** Sleeps for a latency or a hang; returns early once the simulator closes so shutdown is not held up. */
    void pause(long millis) throws InterruptedException {
        if (millis > 0) {
            closed.await(millis, TimeUnit.MILLISECONDS);
        }
    }

    void releasePauses() {
        closed.countDown();
    }

    private boolean roll(double rate) {
        if (rate <= 0) {
            return false;
        }
        synchronized (random) {
            return random.nextDouble() < rate;
        }
    }

    private void count(String kind) {
        injected.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    private static void requireRate(double rate, String name) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + rate);
        }
    }
}
