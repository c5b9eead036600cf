package org.prisonsync.core.queue;

import org.prisonsync.core.message.InboundMessage;

/**
 * Handles one delivery and says what to do with it. Implementations never throw: every failure becomes a
 * {@link Disposition}. The engine's implementation is {@link org.prisonsync.core.sync.MessageProcessor}.
 */
@FunctionalInterface
public interface MessageHandler {
    Disposition handle(InboundMessage message);
}
