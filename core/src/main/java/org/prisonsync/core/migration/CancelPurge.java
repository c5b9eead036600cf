package org.prisonsync.core.migration;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upstream's "purge now and again in the near future": a page being read while the cancel arrives can still put
 * entity messages on the queue, so the queue is purged every {@code frequency} for {@code total}; only then is the
 * {@code CANCEL_MIGRATION} check sent (earlier, a purge would remove it too).
 */
final class CancelPurge implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CancelPurge.class);

    private final MigrationPorts ports;
    private final MigrationSettings settings;
    private ScheduledExecutorService scheduler;

    CancelPurge(MigrationPorts ports, MigrationSettings settings) {
        this.ports = ports;
        this.settings = settings;
    }

    void purgeThenCheck(MigrationType<?> type, MigrationContext context) {
        String queueName = type.queue().queueName();
        ports.queueAdmin().purge(queueName);
        Duration total = settings.cancelPurgeTotal();
        Duration every = settings.cancelPurgeFrequency();
        if (total.isZero() || every.isZero()) {
            ports.queue().send(queueName, CompletionCheck.cancelCheck(context, 0));
            return;
        }
        long rounds = Math.max(1, total.toMillis() / every.toMillis());
        ScheduledExecutorService executor = scheduler();
        for (long round = 1; round <= rounds; round++) {
            boolean last = round == rounds;
            executor.schedule(() -> {
                try {
                    ports.queueAdmin().purge(queueName);
                    if (last) {
                        ports.queue().send(queueName, CompletionCheck.cancelCheck(context, 0));
                    }
                } catch (RuntimeException e) {
                    log.warn("purging {} for cancelled migration {} failed: {}", queueName, context.migrationId(),
                            e.getMessage());
                }
            }, every.toMillis() * round, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized ScheduledExecutorService scheduler() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "migration-cancel-purge");
                t.setDaemon(true);
                return t;
            });
        }
        return scheduler;
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
