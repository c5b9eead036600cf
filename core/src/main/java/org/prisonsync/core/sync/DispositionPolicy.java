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
                        + " deliveries)");
            }
            Duration step = queue.ladderFor(message.envelope().type()).delayAfter(message.receiveCount());
            Duration delay = step.compareTo(retry.minDelay()) >= 0 ? step : retry.minDelay();
            return new Disposition.Retry(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay, retry.reason());
        }
        return Disposition.ACK;
    }
}
