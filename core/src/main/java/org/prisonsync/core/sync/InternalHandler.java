package org.prisonsync.core.sync;

import org.prisonsync.core.message.InternalMessage;

/** Handles one type of internal message ({@code RETRY_CREATE_MAPPING} …). */
@FunctionalInterface
public interface InternalHandler {
    SyncOutcome handle(InternalMessage message, MessageContext context);
}
