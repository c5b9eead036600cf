package org.prisonsync.service;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * How long each phase of the start took, and when the service was ready counted from the JVM's own start: the
 * breakdown issue 18 asks for, printed once in the log so a slow start can be read off without a profiler. Phases
 * run on several threads at once (ElasticMQ beside the database), so they need not add up to the total.
 */
final class StartupPhases {
    private final List<String> timings = new ArrayList<>();

    <T> T time(String phase, Supplier<T> work) {
        long started = System.nanoTime();
        T result = work.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        synchronized (timings) {
            timings.add(phase + " " + millis + " ms");
        }
        return result;
    }

    /** A phase timed by whoever ran it (one begun inside another step, as the simulator's signing key). */
    void record(String phase, java.time.Duration took) {
        synchronized (timings) {
            timings.add(phase + " " + took.toMillis() + " ms");
        }
    }

    void time(String phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    /** The phases in the order they ended, and the time since the JVM started. */
    String summary() {
        synchronized (timings) {
            return "ready " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms after the JVM started ("
                    + String.join(", ", timings) + ")";
        }
    }
}
