package org.prisonsync.service;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A job the service runs on a fixed interval (movement housekeeping every 2 hours, alerts reconciliation daily).
 * With several instances each runs it; the jobs are idempotent, so that only repeats a report. A failed run is
 * logged and the next one comes on time. An interval of zero disables the job.
 */
final class ScheduledJob implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ScheduledJob.class);
    private final ScheduledExecutorService timer;

    private ScheduledJob(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Starts {@code job} every {@code interval}; its result's {@code toString} is logged as the run's summary. */
    static ScheduledJob every(String name, Duration interval, Supplier<Object> job) {
        if (interval.isZero() || interval.isNegative()) {
            return new ScheduledJob(null);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> {
            try {
                log.info("{}: {}", name, job.get());
            } catch (RuntimeException e) {
                log.error("{} failed; it runs again in {}", name, interval, e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return new ScheduledJob(timer);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
