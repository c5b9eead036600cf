package org.prisonsync.core.sync;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.prisonsync.core.mapping.Mapping;

/**
 * What handling one message achieved. Every outcome names its telemetry event; {@link MessageProcessor} tracks it
 * and turns the outcome into a disposition: {@link RetryLater} retries along the ladder (then the DLQ),
 * {@link Rejected} goes to the DLQ at once, every other outcome is acknowledged.
 */
public sealed interface SyncOutcome {

    String event();

    Map<String, String> properties();

    /** The other system now agrees. */
    record Synced(String event, Map<String, String> properties) implements SyncOutcome {
        public Synced {
            properties = copy(event, properties);
        }
    }

    /** A create for an entity that is already mapped: a redelivery, nothing to do. */
    record AlreadyMapped(String event, Map<String, String> properties) implements SyncOutcome {
        public AlreadyMapped {
            properties = copy(event, properties);
        }
    }

    /** Deliberately not synchronised: an echo of our own write, a switched-off or unknown event, nothing to delete. */
    record Ignored(String event, Map<String, String> properties, String reason) implements SyncOutcome {
        public Ignored {
            properties = copy(event, properties);
        }
    }

    /**
     * Accepted, the work itself left to a follow-up message that is queued (by this handler or an earlier one):
     * finance absorbs a transaction's row events into one delayed sync.
     */
    record Deferred(String event, Map<String, String> properties, String reason) implements SyncOutcome {
        public Deferred {
            properties = copy(event, properties);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The target was written but the mapping collides with another pair: reported and alerted, not retried. */
    record Duplicate(String event, Map<String, String> properties, Mapping duplicate, Mapping existing)
            implements SyncOutcome {
        public Duplicate {
            properties = copy(event, properties);
        }
    }

    /** The target was written; saving the mapping failed and a {@code RETRY_CREATE_MAPPING} message will finish it. */
    record MappingRetryQueued(String event, Map<String, String> properties) implements SyncOutcome {
        public MappingRetryQueued {
            properties = copy(event, properties);
        }
    }

    /**
     * Could not finish now (a party unavailable, a parent not yet mapped): retry after the ladder's delay, or after
     * {@code minDelay} if that is longer (e.g. until another consumer's write claim runs out, so the wait does not
     * burn deliveries).
     */
    record RetryLater(String event, Map<String, String> properties, String reason, Duration minDelay)
            implements SyncOutcome {
        public RetryLater {
            properties = copy(event, properties);
            Objects.requireNonNull(reason, "reason");
            minDelay = minDelay == null || minDelay.isNegative() ? Duration.ZERO : minDelay;
        }

        public RetryLater(String event, Map<String, String> properties, String reason) {
            this(event, properties, reason, Duration.ZERO);
        }

        /**
         * The least wait between tries for a parent that is not mapped yet. The parent's own create is usually in
         * flight (or in its own retry after a timeout), so retrying sooner only spends the child's deliveries: on a
         * short test ladder (1 s) five tries are gone before a parent that met one timeout is mapped. On the
         * production ladder (3, 10, 60, 600 s) this changes nothing after the first try.
         */
        public static final Duration PARENT_WAIT = Duration.ofSeconds(5);

        /** A child whose parent is not mapped yet: retried after at least {@link #PARENT_WAIT}. */
        public static RetryLater awaitingParent(String event, Map<String, String> properties, String reason) {
            return new RetryLater(event, properties, reason, PARENT_WAIT);
        }

        /** An upstream that failed or refused for now: retried, its message the {@code reason} (also a property). */
        public static RetryLater upstreamFailed(String event, Map<String, String> properties, RuntimeException e) {
            Map<String, String> withReason = new java.util.LinkedHashMap<>(properties);
            withReason.put("reason", e.getMessage());
            return new RetryLater(event, withReason, e.getMessage());
        }
    }

    /** Can never succeed as it stands (malformed, missing field): dead-letter now with the reason. */
    record Rejected(String event, Map<String, String> properties, String reason) implements SyncOutcome {
        public Rejected {
            properties = copy(event, properties);
            Objects.requireNonNull(reason, "reason");
        }
    }

    private static Map<String, String> copy(String event, Map<String, String> properties) {
        Objects.requireNonNull(event, "event");
        return org.prisonsync.core.telemetry.TelemetryEvent.withoutNulls(properties);
    }
}
