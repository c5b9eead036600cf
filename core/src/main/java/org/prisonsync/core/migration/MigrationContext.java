package org.prisonsync.core.migration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.JsonFields;

/**
 * Upstream's {@code MigrationContext}, the payload of every migration message: the migration type's name, the run's
 * id, the estimate, a message-specific {@code body} and free {@code properties}.
 */
public record MigrationContext(String type, String migrationId, long estimatedCount, Map<String, Object> body,
                               Map<String, Object> properties) {

    public MigrationContext {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(migrationId, "migrationId");
        body = Map.copyOf(Objects.requireNonNullElse(body, Map.of()));
        properties = Map.copyOf(Objects.requireNonNullElse(properties, Map.of()));
    }

    public MigrationContext withBody(Map<String, Object> newBody) {
        return new MigrationContext(type, migrationId, estimatedCount, newBody, properties);
    }

    public InternalMessage message(String messageType) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type);
        payload.put("migrationId", migrationId);
        payload.put("estimatedCount", estimatedCount);
        payload.put("body", body);
        payload.put("properties", properties);
        return new InternalMessage(messageType, payload);
    }

    public static MigrationContext of(InternalMessage message) {
        Map<String, Object> p = message.payload();
        return new MigrationContext(JsonFields.requireString(p, "type"), JsonFields.requireString(p, "migrationId"),
                JsonFields.longValue(p, "estimatedCount").orElse(0L), JsonFields.object(p, "body"),
                JsonFields.object(p, "properties"));
    }
}
