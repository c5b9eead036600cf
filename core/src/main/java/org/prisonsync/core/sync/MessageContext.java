package org.prisonsync.core.sync;

/** Where a message came from: handlers send follow-up messages (mapping retries) back to the same queue. */
public record MessageContext(String queueName, String messageId, int receiveCount) {
}
