package org.prisonsync.core.migration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.InvalidMessageException;
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

    /**
     * Reads and checks a message's context: a type name of sane length, an id in upstream's format and an estimate
     * in range; anything else throws {@link InvalidMessageException} (dead-lettered at once). Whether the run exists
     * is {@link RunCheck}'s question.
     */
    public static MigrationContext of(InternalMessage message) {
        Map<String, Object> p = message.payload();
        String type = JsonFields.requireString(p, "type");
        if (type.length() > CommandLimits.MAX_TYPE_LENGTH) {
            throw new InvalidMessageException("migration type is longer than " + CommandLimits.MAX_TYPE_LENGTH
                    + " characters");
        }
        String migrationId = JsonFields.requireString(p, "migrationId");
        if (!migrationId.matches(CommandLimits.MIGRATION_ID_PATTERN)) {
            throw new InvalidMessageException("migrationId '" + CommandLimits.excerpt(migrationId)
                    + "' is not a migration id (yyyy-MM-ddTHH:mm:ss)");
        }
        long estimatedCount = JsonFields.requireLong(p, "estimatedCount");
        if (estimatedCount < 0 || estimatedCount > CommandLimits.MAX_ESTIMATED_COUNT) {
            throw new InvalidMessageException("estimatedCount " + estimatedCount + " is outside 0.."
                    + CommandLimits.MAX_ESTIMATED_COUNT);
        }
        return new MigrationContext(type, migrationId, estimatedCount, JsonFields.object(p, "body"),
                JsonFields.object(p, "properties"));
    }
}
