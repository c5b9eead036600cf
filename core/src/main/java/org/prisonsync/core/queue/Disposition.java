package org.prisonsync.core.queue;

import java.time.Duration;
import java.util.Objects;

/** What the event source must do with a delivery once it has been handled. */
public sealed interface Disposition {

    /** Done (synchronised, skipped, or deliberately ignored): delete the message. */
    record Ack() implements Disposition {
    }

    /** Not yet: make the message visible again after {@code delay}. */
    record Retry(Duration delay, String reason) implements Disposition {
        public Retry {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /** Give up: move the message, unchanged, to the queue's DLQ with {@code reason} attached, then delete it. */
    record DeadLetter(String reason) implements Disposition {
        public DeadLetter {
            Objects.requireNonNull(reason, "reason");
        }
    }

    Disposition ACK = new Ack();
}
