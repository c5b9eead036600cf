package org.prisonsync.core.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.prisonsync.core.telemetry.Telemetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Telemetry that turns the events an operator must act on into chat posts. {@link #track} only counts the event into
 * its group (constant time, no I/O, never throws), so a slow or failing webhook cannot slow or break a sync: posting
 * happens on this sink's own thread, once per window. A post that fails is counted and logged, not retried, so an
 * unreachable webhook never makes alerts pile up in memory.
 */
public final class OperatorNotifier implements Telemetry, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OperatorNotifier.class);
    /** The properties an operator searches by, shown first in each example when the event has them. */
    private static final List<String> IDS = List.of("offenderNo", "bookingId", "key", "nomisId", "dpsId",
            "duplicateNomisId", "duplicateDpsId", "queueName", "messageId", "migrationId", "run-id", "count", "reason");

    /** How long closing waits for a post in progress, and then for the last posts. */
    static final java.time.Duration LAST_POSTS = java.time.Duration.ofSeconds(5);

    private final ChatWebhook webhook;
    private final NotifySettings settings;
    private volatile List<NotifyRule> rules = List.of();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final AtomicLong posted = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private ScheduledExecutorService timer;

    public OperatorNotifier(ChatWebhook webhook, NotifySettings settings) {
        this.webhook = webhook;
        this.settings = settings;
    }

    /** The rules to alert on: the engines' and the installed domains' (known once the core is built). */
    public void rules(List<NotifyRule> notifyRules) {
        this.rules = List.copyOf(notifyRules);
    }

    /** Posts what gathered every window, on a thread of its own, until {@link #close}. */
    public synchronized OperatorNotifier start() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "operator-alerts");
                t.setDaemon(true);
                return t;
            });
            long every = settings.window().toMillis();
            timer.scheduleWithFixedDelay(this::flush, every, every, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    @Override
    public void track(String event, Map<String, String> properties) {
        try {
            for (NotifyRule rule : rules) {
                if (rule.matches(event)) {
                    if (!rule.applies(properties)) {
                        return;
                    }
                    synchronized (groups) {
                        groups.computeIfAbsent(event, e -> new Group(e, rule)).add(properties, settings);
                    }
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("operator alerts: could not note {}: {}", event, e.toString());
        }
    }

    /** Posts what gathered since the last flush: one message per event, the rest summed up in one more. */
    public void flush() {
        List<Group> due;
        synchronized (groups) {
            due = new ArrayList<>(groups.values());
            groups.clear();
        }
        if (due.isEmpty()) {
            return;
        }
        int limit = settings.maxPostsPerWindow();
        List<Group> posting = due.size() <= limit ? due : due.subList(0, limit - 1);
        for (Group group : posting) {
            post(group.text());
        }
        if (due.size() > limit) {
            List<Group> rest = due.subList(limit - 1, due.size());
            StringBuilder text = new StringBuilder("prison-sync: and " + rest.size() + " more kinds of alert:");
            rest.forEach(g -> text.append("\n• ").append(g.count).append(" × ").append(g.rule.title()).append(" (")
                    .append(g.event).append(')'));
            post(text.toString());
        }
    }

    private void post(String text) {
        try {
            webhook.post(text);
            posted.incrementAndGet();
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            LOG.warn("operator alerts: the webhook refused a post ({} failed so far): {}", failed.get(), e.toString());
        }
    }

    /** Posts made and posts the webhook failed. */
    public NotifierStats stats() {
        return new NotifierStats(posted.get(), failed.get());
    }

    /**
     * Posts what gathered, then stops; at most {@link #LAST_POSTS} waiting for a post in progress and as long again
     * for the last ones, so a webhook that hangs cannot hold a service's shutdown.
     */
    @Override
    public synchronized void close() {
        try {
            if (timer != null) {
                timer.shutdown();
                timer.awaitTermination(LAST_POSTS.toMillis(), TimeUnit.MILLISECONDS);
                timer.shutdownNow();
                timer = null;
            }
            Thread last = new Thread(this::flush, "operator-alerts-last");
            last.setDaemon(true);
            last.start();
            last.join(LAST_POSTS.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public record NotifierStats(long posted, long failed) {
    }

    /** One event's alerts in a window: how many, and the first few. */
    private static final class Group {
        private final String event;
        private final NotifyRule rule;
        private final List<Map<String, String>> examples = new ArrayList<>();
        private long count;

        Group(String event, NotifyRule rule) {
            this.event = event;
            this.rule = rule;
        }

        void add(Map<String, String> properties, NotifySettings settings) {
            count++;
            if (examples.size() < settings.examplesPerPost()) {
                examples.add(Map.copyOf(withoutNulls(properties)));
            }
        }

        String text() {
            StringBuilder text = new StringBuilder("prison-sync: ").append(count).append(" × ").append(rule.title())
                    .append(" (").append(event).append(')');
            for (Map<String, String> example : examples) {
                text.append("\n• ");
                IDS.stream().filter(example::containsKey)
                        .forEach(id -> text.append(id).append('=').append(example.get(id)).append(' '));
                text.append("→ `").append(rule.command(example)).append('`');
            }
            if (count > examples.size()) {
                text.append("\n… and ").append(count - examples.size()).append(" more");
            }
            return text.toString();
        }

        private static Map<String, String> withoutNulls(Map<String, String> properties) {
            Map<String, String> copy = new LinkedHashMap<>();
            properties.forEach((k, v) -> {
                if (k != null && v != null) {
                    copy.put(k, v);
                }
            });
            return copy;
        }
    }
}
