package org.prisonsync.core.queue;

import java.util.Map;

/** A message read (not removed) from a DLQ: its id, its body as it arrived, and its attributes incl. the reason. */
public record DlqMessage(String messageId, String body, Map<String, String> attributes) {
    public DlqMessage {
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
    }

    public String failureReason() {
        return attributes.getOrDefault(QueueAdmin.FAILURE_REASON_ATTRIBUTE, "");
    }
}
