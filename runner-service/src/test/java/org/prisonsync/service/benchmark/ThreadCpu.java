package org.prisonsync.service.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The service's CPU by what its threads do, read from each thread's own CPU clock (not sampled): the queues'
 * workers (handling a message, and sending the delete batch their message completes), the pollers (receives), the
 * delete timers, the trail's writer, and every other Java thread; and, read from Linux's per-thread counters, the
 * JVM's GC and JIT compiler threads. What the process spent beyond all of these is the rest of the JVM (its VM
 * thread, threads that ended inside the lap, the benchmark's producers less what {@link CpuSplit} takes out).
 */
final class ThreadCpu {
    private static final Map<String, Pattern> GROUPS = groups();

    /** The JVM's own threads, by the names Linux knows them by ({@code /proc/self/task/<tid>/comm}). */
    private static final Map<String, Pattern> JVM_GROUPS = Map.of(
            "GC", Pattern.compile("GC Thread.*|G1 .*"),
            "JIT compilers", Pattern.compile("C[12] CompilerThre.*"));

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private Map<Long, Long> last = snapshot();
    private Map<String, Long> lastJvm = jvmThreads();

    private static Map<String, Pattern> groups() {
        Map<String, Pattern> groups = new LinkedHashMap<>();
        groups.put("workers", Pattern.compile("sqs-.*-worker-\\d+"));
        groups.put("receives", Pattern.compile("sqs-.*-poller-\\d+"));
        groups.put("delete timers", Pattern.compile("sqs-.*-deletes-\\d+"));
        groups.put("trail writer", Pattern.compile("event-trail-writer"));
        return groups;
    }

    /** CPU seconds by group since the last lap, with "other threads" for the Java threads no group names. */
    Map<String, Double> lap() {
        Map<Long, Long> now = snapshot();
        Map<Long, String> named = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(now.keySet().stream().mapToLong(Long::longValue).toArray())) {
            if (info != null) {
                named.put(info.getThreadId(), info.getThreadName());
            }
        }
        Map<String, Double> spent = new LinkedHashMap<>();
        GROUPS.keySet().forEach(group -> spent.put(group, 0.0));
        spent.put("other threads", 0.0);
        for (Map.Entry<Long, Long> thread : now.entrySet()) {
            long delta = thread.getValue() - last.getOrDefault(thread.getKey(), 0L);
            String name = named.getOrDefault(thread.getKey(), "");
            String group = GROUPS.entrySet().stream().filter(g -> g.getValue().matcher(name).matches())
                    .map(Map.Entry::getKey).findFirst().orElse("other threads");
            spent.merge(group, delta / 1e9, Double::sum);
        }
        last = now;
        Map<String, Long> jvm = jvmThreads();
        for (String group : List.of("GC", "JIT compilers")) {
            spent.put(group, (jvm.getOrDefault(group, 0L) - lastJvm.getOrDefault(group, 0L)) / 1e9);
        }
        lastJvm = jvm;
        return spent;
    }

    /**
     * CPU nanoseconds so far of the JVM's GC and JIT threads, which the JVM's thread bean does not list: read from
     * each task's {@code stat} ({@link CpuMeter#statCpu}). Empty where {@code /proc} is not there.
     */
    private static Map<String, Long> jvmThreads() {
        Map<String, Long> cpu = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    long nanos = CpuMeter.statCpu(task.resolve("stat"));
                    JVM_GROUPS.forEach((group, pattern) -> {
                        if (pattern.matcher(name).matches()) {
                            cpu.merge(group, nanos, Long::sum);
                        }
                    });
                } catch (IOException | RuntimeException taskEnded) {
                    // a thread that ended while being read: its CPU leaves with it
                }
            }
        } catch (IOException noProc) {
            return Map.of();
        }
        return cpu;
    }

    private Map<Long, Long> snapshot() {
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long nanos = threads.getThreadCpuTime(id);
            if (nanos >= 0) {
                cpu.put(id, nanos);
            }
        }
        return cpu;
    }
}
