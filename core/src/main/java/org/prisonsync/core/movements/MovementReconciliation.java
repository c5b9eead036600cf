package org.prisonsync.core.movements;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * The step every movement handler ends with: stamp the arriving half, let the store pair it atomically, and turn the
 * result into an outcome named after the upstream telemetry event with its {@code matchOutcome}.
 */
public final class MovementReconciliation {
    /** Events that need no pairing (a TAP, an update, a TRANSFERRED receive …): not tracked upstream at all. */
    public static final String IGNORED = "movement-event-ignored";

    private final MatchingEventPairs pairs;
    private final Clock clock;
    private final MovementSettings settings;

    public MovementReconciliation(MatchingEventPairs pairs, Clock clock, MovementSettings settings) {
        this.pairs = pairs;
        this.clock = clock;
        this.settings = settings;
    }

    public MovementSettings settings() {
        return settings;
    }

    SyncOutcome pair(MatchingEventPair half, Counterpart counterpart, Duration window, String event,
                     Map<String, String> properties) {
        Instant now = clock.instant();
        MatchResult result = pairs.matchOrInsert(new MatchAttempt(half.withCreated(now), counterpart,
                now.minus(window), event));
        Map<String, String> props = new LinkedHashMap<>(properties);
        props.put("matchOutcome", result.outcome());
        if (result instanceof MatchResult.Redelivered) {
            return new SyncOutcome.Ignored(event, props, "the same event was already paired or stored");
        }
        return new SyncOutcome.Synced(event, props);
    }

    static SyncOutcome ignored(String eventType, Map<String, String> properties, String reason) {
        Map<String, String> props = new LinkedHashMap<>(properties);
        props.put("eventType", eventType);
        props.put("reason", reason);
        return new SyncOutcome.Ignored(IGNORED, props, reason);
    }
}
