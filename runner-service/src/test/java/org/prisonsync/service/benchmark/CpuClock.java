package org.prisonsync.service.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * CPU time spent between laps by this JVM (the service) and by the upstream's JVM (simulator and ElasticMQ). On a
 * machine shared with other builds the wall-clock seconds swing with the load; the CPU seconds show what a phase
 * cost each side, and so whether a change made the work smaller or only met a quieter machine.
 */
final class CpuClock {
    private final ProcessHandle upstream;
    private long service;
    private long simulator;

    CpuClock(Process upstream) {
        this.upstream = upstream.toHandle();
        this.service = serviceNanos();
        this.simulator = upstreamNanos();
    }

    /** The CPU time of each side since the last lap (or since this clock was made). */
    Spent lap() {
        long nowService = serviceNanos();
        long nowSimulator = upstreamNanos();
        Spent spent = new Spent((nowService - service) / 1e9, (nowSimulator - simulator) / 1e9);
        service = nowService;
        simulator = nowSimulator;
        return spent;
    }

    private static long serviceNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private long upstreamNanos() {
        return upstream.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    record Spent(double serviceSeconds, double simulatorSeconds) {
        @Override
        public String toString() {
            return String.format("%.1f / %.1f", serviceSeconds, simulatorSeconds);
        }
    }
}
