package org.prisonsync.service.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.queue.DlqMessage;
import org.prisonsync.core.queue.DlqMessages;

/**
 * The hmpps-sqs {@code GetDlqResult} shape, with the failure reason of each message: bodies are returned parsed as
 * JSON, and as text when they are not JSON (a poison message).
 */
final class DlqView {
    private DlqView() {
    }

    static Map<String, Object> of(DlqMessages found, ObjectMapper json) {
        List<Map<String, Object>> messages = new ArrayList<>();
        for (DlqMessage m : found.messages()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("body", bodyOf(m.body(), json));
            entry.put("messageId", m.messageId());
            entry.put("failureReason", m.failureReason());
            messages.add(entry);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("messagesFoundCount", found.messagesFoundCount());
        result.put("messagesReturnedCount", found.messagesReturnedCount());
        result.put("messages", messages);
        return result;
    }

    private static Object bodyOf(String body, ObjectMapper json) {
        try {
            return json.readValue(body, Map.class);
        } catch (Exception notJson) {
            return body;
        }
    }
}
