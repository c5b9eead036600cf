package org.prisonsync.service.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.queue.DlqMessage;
import org.prisonsync.core.queue.DlqMessages;
import org.prisonsync.core.queue.QueueAdmin;
import org.prisonsync.core.queue.QueueDefinition;

/**
 * The upstream {@code /queue-admin} endpoints with the same response shapes ({@code GetDlqResult},
 * {@code RetryDlqResult}, {@code PurgeQueueResult}), plus the failure reason of each dead-lettered message.
 */
public final class QueueAdminRoutes implements Routes {
    private final QueueAdmin admin;
    private final ObjectMapper json;

    public QueueAdminRoutes(QueueAdmin admin, ObjectMapper json) {
        this.admin = admin;
        this.json = json;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/queue-admin/get-dlq-messages/{dlqName}", this::getDlqMessages);
        routes.put("/queue-admin/retry-dlq/{dlqName}", ctx ->
                ctx.json(Map.of("messagesFoundCount", admin.retryDlq(ctx.pathParam("dlqName")))));
        routes.put("/queue-admin/retry-all-dlqs", this::retryAll);
        routes.put("/queue-admin/purge-queue/{queueName}", ctx ->
                ctx.json(Map.of("messagesFoundCount", admin.purge(ctx.pathParam("queueName")))));
    }

    private void getDlqMessages(Context ctx) {
        String max = ctx.queryParam("maxMessages");
        DlqMessages found = admin.readDlq(ctx.pathParam("dlqName"), max == null ? 100 : Integer.parseInt(max));
        List<Map<String, Object>> messages = new ArrayList<>();
        for (DlqMessage m : found.messages()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("body", bodyOf(m.body()));
            entry.put("messageId", m.messageId());
            entry.put("failureReason", m.failureReason());
            messages.add(entry);
        }
        ctx.json(Map.of("messagesFoundCount", found.messagesFoundCount(),
                "messagesReturnedCount", found.messagesReturnedCount(), "messages", messages));
    }

    private void retryAll(Context ctx) {
        List<Map<String, Object>> results = new ArrayList<>();
        for (QueueDefinition q : admin.queues()) {
            results.add(Map.of("messagesFoundCount", admin.retryDlq(q.dlqName())));
        }
        ctx.json(results);
    }

    /** Upstream returns the body parsed as JSON; a body that is not JSON (a poison message) is returned as text. */
    private Object bodyOf(String body) {
        try {
            return json.readValue(body, Map.class);
        } catch (Exception notJson) {
            return body;
        }
    }
}
