package org.prisonsync.core.sync;

import org.prisonsync.core.message.Notification;

/**
 * Synchronises one event type. Returns an outcome for every business result; may throw
 * {@link org.prisonsync.core.message.InvalidMessageException} (rejected) or
 * {@link org.prisonsync.core.UpstreamUnavailable} (retried), which the processor turns into outcomes.
 */
@FunctionalInterface
public interface EventHandler {
    SyncOutcome handle(Notification event, MessageContext context);
}
