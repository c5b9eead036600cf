package org.prisonsync.core.sync;

import java.time.Duration;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.QueueDefinition;

/**
 * The one rule from outcome to disposition. A retryable outcome waits the ladder's step for its receive count until
 * the queue's {@code maxReceiveCount} deliveries are used up, then is dead-lettered; a rejected one is dead-lettered
 * at once; everything else is acknowledged.
 */
public final class DispositionPolicy {
    /** SQS allows a message to stay invisible for at most 12 hours. */
    static final Duration MAX_DELAY = Duration.ofHours(12);

    public Disposition decide(SyncOutcome outcome, InboundMessage message, QueueDefinition queue) {
        if (outcome instanceof SyncOutcome.Rejected rejected) {
            return new Disposition.DeadLetter(rejected.reason());
        }
        if (outcome instanceof SyncOutcome.RetryLater retry) {
            if (message.receiveCount() >= queue.maxReceiveCount()) {
                return new Disposition.DeadLetter(retry.reason() + " (gave up after " + message.receiveCount()
                        + " deliveries)" + triage(retry));
            }
            Duration step = queue.ladderFor(message.envelope().type()).delayAfter(message.receiveCount());
            Duration delay = step.compareTo(retry.minDelay()) >= 0 ? step : retry.minDelay();
            return new Disposition.Retry(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay, retry.reason());
        }
        return Disposition.ACK;
    }

    /** How many of the outcome's ids a dead-letter reason names at most. */
    static final int IDS_NAMED = 8;

    /**
     * What a person reading the DLQ needs first (seed 000, "Activities Synchronisation Error Handling"): which outcome
     * and ids the message was about, and whether retrying can help. An upstream's 4xx refusal ({@code HTTP 4xx:}, as
     * {@link org.prisonsync.core.UpstreamRejected} words it) will be refused again: read it, then purge; anything else
     * (a 5xx, a timeout, a parent not mapped yet) may pass once the other side recovers: {@code dlq retry} later.
     */
    static String triage(SyncOutcome.RetryLater retry) {
        StringBuilder about = new StringBuilder("; about ").append(retry.event());
        retry.properties().entrySet().stream()
                .filter(e -> e.getKey().endsWith("Id") || e.getKey().equals("offenderNo"))
                .limit(IDS_NAMED)
                .forEach(e -> about.append(' ').append(e.getKey()).append('=').append(e.getValue()));
        boolean refused = retry.reason().matches("(?s)^HTTP 4\\d\\d:.*");
        return about.append(refused ? "; not recoverable (refused with a 4xx): read it, then purge"
                : "; recoverable (5xx, timeout or not ready yet): retry it later").toString();
    }
}
