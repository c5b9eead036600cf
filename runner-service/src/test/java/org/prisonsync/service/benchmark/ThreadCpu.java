package org.prisonsync.service.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The service's CPU by what its threads do, read from each thread's own CPU clock (not sampled): the queues'
 * workers (handling a message, and sending the delete batch their message completes), the pollers (receives), the
 * delete timers, the trail's writer, and every other Java thread. What the process spent beyond its Java threads is
 * the JVM's own work (GC, the JIT compilers) plus threads that ended inside the lap (the benchmark's producers, whose
 * CPU {@link CpuSplit} takes out on its own).
 */
final class ThreadCpu {
    private static final Map<String, Pattern> GROUPS = groups();

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private Map<Long, Long> last = snapshot();

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
        return spent;
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
