package org.prisonsync.service;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.prisonsync.core.movements.HousekeepingReport;
import org.prisonsync.core.movements.MovementHousekeeping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs movement housekeeping on a fixed interval (upstream: every 2 hours over the window now−4h … now−2h, so each
 * row is examined once). With several instances each runs it; the work is idempotent (matching takes the prisoner's
 * lock and only completes rows still unmatched) and the non-match report repeats the same rows, so duplicates are
 * harmless. An interval of zero disables it.
 */
final class HousekeepingSchedule implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HousekeepingSchedule.class);
    private final ScheduledExecutorService timer;

    private HousekeepingSchedule(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    static HousekeepingSchedule start(MovementHousekeeping housekeeping, Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            return new HousekeepingSchedule(null);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "movement-housekeeping");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> {
            try {
                HousekeepingReport report = housekeeping.run(false);
                log.info("movement housekeeping: {}", report.summary());
            } catch (RuntimeException e) {
                log.error("movement housekeeping failed; it runs again in {}", interval, e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return new HousekeepingSchedule(timer);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
