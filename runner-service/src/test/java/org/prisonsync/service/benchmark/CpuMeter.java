package org.prisonsync.service.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time spent by each process of a benchmark run: this JVM (the service), the upstream JVM (simulator and
 * ElasticMQ) and the PostgreSQL backends of the service's connections (found by their application name). On a
 * machine shared with other work, wall time says how busy the machine was; CPU per visit says what the code costs.
 * Linux only ({@code /proc}); where it cannot read a process it counts nothing for it.
 */
final class CpuMeter {
    /** Linux reports {@code /proc/<pid>/stat} times in USER_HZ, which is 100 on every architecture we run on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final Process upstream;
    private final String pgUrl;
    private final String applicationName;

    CpuMeter(Process upstream, String pgUrl, String applicationName) {
        this.upstream = upstream;
        this.pgUrl = pgUrl;
        this.applicationName = applicationName;
    }

    /** CPU nanoseconds so far: the service, the upstream JVM, and per PostgreSQL backend of the service. */
    record Snapshot(long service, long upstream, Map<Long, Long> postgres) {
        /** Milliseconds of CPU per item since {@code before}: service, upstream, PostgreSQL, total. */
        String perItem(Snapshot before, long items) {
            double s = (service - before.service) / 1e6 / items;
            double u = (upstream - before.upstream) / 1e6 / items;
            long pgNanos = 0;
            for (Map.Entry<Long, Long> e : postgres.entrySet()) {
                pgNanos += e.getValue() - before.postgres.getOrDefault(e.getKey(), 0L);
            }
            double p = pgNanos / 1e6 / items;
            return String.format("service %.3f + upstream %.3f + PostgreSQL %.3f = %.3f ms", s, u, p, s + u + p);
        }
    }

    Snapshot snapshot() {
        long service = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new Snapshot(service, procCpu(upstream.pid()), postgres());
    }

    private Map<Long, Long> postgres() {
        Map<Long, Long> cpu = new HashMap<>();
        try (Connection c = DriverManager.getConnection(pgUrl, "postgres", "");
             PreparedStatement s = c.prepareStatement("select pid from pg_stat_activity where application_name = ?")) {
            s.setString(1, applicationName);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long pid = rs.getLong(1);
                    cpu.put(pid, procCpu(pid));
                }
            }
        } catch (SQLException e) {
            // PostgreSQL's share is then missing from the figures, not wrong in them
        }
        return cpu;
    }

    /** utime + stime of a process (fields 14 and 15 of /proc/pid/stat, counted after the command's parenthesis). */
    static long procCpu(long pid) {
        try {
            return statCpu(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU nanoseconds in a process's or a thread's {@code stat} file: utime + stime, the 14th and 15th fields. */
    static long statCpu(Path stat) throws IOException {
        String text = Files.readString(stat);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
    }
}
