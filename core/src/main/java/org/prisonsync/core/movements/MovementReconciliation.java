package org.prisonsync.core.movements;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * The step every movement handler ends with: stamp the arriving half, let the store pair it atomically (noted as the
 * trail step {@value #PAIR_WRITTEN}), and turn the result into an outcome named after the upstream telemetry event
 * with its {@code matchOutcome}.
 */
public final class MovementReconciliation {
    /** Events that need no pairing (a TAP, an update, a TRANSFERRED receive …): not tracked upstream at all. */
    public static final String IGNORED = "movement-event-ignored";
    /**
     * The trail step of a movement's store write (its {@code mapping-written}): the half stored, or its pair
     * completed, in {@code matching_event_pair}.
     */
    public static final String PAIR_WRITTEN = "pair-written";

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
                     Map<String, String> properties, MessageContext context) {
        Instant now = clock.instant();
        MatchResult result = pairs.matchOrInsert(new MatchAttempt(half.withCreated(now), counterpart,
                now.minus(window), event));
        Map<String, String> props = new LinkedHashMap<>(properties);
        props.put("matchOutcome", result.outcome());
        if (result instanceof MatchResult.Redelivered) {
            return new SyncOutcome.Ignored(event, props, "the same event was already paired or stored");
        }
        context.step(PAIR_WRITTEN, "matchOutcome", result.outcome());
        return new SyncOutcome.Synced(event, props);
    }

    static SyncOutcome ignored(String eventType, Map<String, String> properties, String reason) {
        Map<String, String> props = new LinkedHashMap<>(properties);
        props.put("eventType", eventType);
        props.put("reason", reason);
        return new SyncOutcome.Ignored(IGNORED, props, reason);
    }
}
