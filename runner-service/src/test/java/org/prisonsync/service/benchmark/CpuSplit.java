package org.prisonsync.service.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a phase's CPU went, by party: the service (this JVM less the benchmark's producer threads, which add their
 * own CPU time to {@link #producerNanos}), the producer, ElasticMQ's JVM, the simulator's JVM and PostgreSQL (every
 * process whose command is {@code postgres}; backends that exit inside a phase take their CPU with them, and the
 * service's pooled connections do not exit).
 */
final class CpuSplit {
    final LongAdder producerNanos = new LongAdder();
    private final ProcessHandle sqs;
    private final ProcessHandle simulator;
    private final ThreadCpu threads = new ThreadCpu();
    private long[] last;

    CpuSplit(Process sqs, Process simulator) {
        this.sqs = sqs.toHandle();
        this.simulator = simulator.toHandle();
        this.last = now();
    }

    /** CPU seconds of each party since the last lap. */
    Spent lap() {
        long[] now = now();
        long[] d = new long[now.length];
        for (int i = 0; i < now.length; i++) {
            d[i] = now[i] - last[i];
        }
        last = now;
        return new Spent((d[0] - d[1]) / 1e9, d[1] / 1e9, d[2] / 1e9, d[3] / 1e9, d[4] / 1e9, threads.lap());
    }

    private long[] now() {
        long service = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres") || c.equals("postgres"))
                        .orElse(false))
                .mapToLong(CpuSplit::cpu).sum();
        return new long[] {service, producerNanos.sum(), cpu(sqs), cpu(simulator), postgres};
    }

    private static long cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** {@code serviceThreads}: the service's threads' CPU seconds by what they do ({@link ThreadCpu}). */
    record Spent(double service, double producer, double elasticMq, double simulator, double postgres,
                 Map<String, Double> serviceThreads) {
        double total() {
            return service + producer + elasticMq + simulator + postgres;
        }

        /** Each party's CPU milliseconds per event and share of the phase's CPU. */
        String perEvent(long events) {
            double total = total();
            return String.format("service %.2f, producer %.2f, ElasticMQ %.2f, simulator %.2f, PostgreSQL %.2f ms/event"
                            + " (%.0f%% / %.0f%% / %.0f%% / %.0f%% / %.0f%%)",
                    ms(service, events), ms(producer, events), ms(elasticMq, events), ms(simulator, events),
                    ms(postgres, events), pct(service, total), pct(producer, total), pct(elasticMq, total),
                    pct(simulator, total), pct(postgres, total));
        }

        /**
         * The service's CPU milliseconds per event by thread group (its Java threads, the GC's and the JIT
         * compilers'), and the rest of the process's — measured on each thread's CPU clock, not sampled.
         */
        String serviceByThread(long events) {
            StringBuilder line = new StringBuilder();
            double threads = 0;
            for (Map.Entry<String, Double> group : serviceThreads.entrySet()) {
                line.append(String.format("%s %.2f, ", group.getKey(), ms(group.getValue(), events)));
                threads += group.getValue();
            }
            return line.append(String.format("the rest of the JVM %.2f ms/event",
                    ms(Math.max(0, service - threads), events))).toString();
        }

        private static double ms(double seconds, long events) {
            return events == 0 ? 0 : seconds * 1000 / events;
        }

        private static double pct(double part, double total) {
            return total <= 0 ? 0 : 100 * part / total;
        }
    }
}
