package org.prisonsync.core.queue;

import java.util.List;

/** The upstream {@code GetDlqResult}: how many are on the DLQ and the ones returned. */
public record DlqMessages(long messagesFoundCount, List<DlqMessage> messages) {
    public DlqMessages {
        messages = List.copyOf(messages);
    }

    public int messagesReturnedCount() {
        return messages.size();
    }
}
