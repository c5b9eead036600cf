package org.prisonsync.jdbc.internal;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;
import org.prisonsync.core.UpstreamUnavailable;

/**
 * Running again a transaction that lost to a concurrent one over per-prisoner locks and rows: a racing first insert
 * of a lock row (unique violation), a serialization failure, a deadlock or an H2 lock timeout all say "try the
 * transaction again". A few attempts with a short, growing pause; then the failure is {@link UpstreamUnavailable}.
 */
public final class ConflictRetry {
    public static final int ATTEMPTS = 8;
    private static final Set<String> RETRYABLE = Set.of("23505", "40001", "40P01", "HYT00");

    private ConflictRetry() {
    }

    /** {@code work} (one transaction), run again while it fails retryably, at most {@link #ATTEMPTS} times. */
    public static <T> T retrying(String doing, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (JdbiException e) {
                if (attempt >= ATTEMPTS || !isRetryable(e)) {
                    throw SqlFailures.unavailable(doing, e);
                }
                pause(attempt, doing);
            }
        }
    }

    public static boolean isRetryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && RETRYABLE.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Waits a little longer after each lost attempt, so the winner can commit. */
    public static void pause(int attempt, String doing) {
        try {
            Thread.sleep(attempt * 5L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamUnavailable("interrupted while " + doing, e);
        }
    }
}
