package org.prisonsync.core.migration;

import java.time.Instant;
import java.util.Objects;

/** One entity a migration gave up on, and why (its last failure). */
public record MigrationFailure(String migrationId, String type, String entityId, String reason, Instant when) {
    public MigrationFailure {
        Objects.requireNonNull(migrationId, "migrationId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(when, "when");
        reason = reason == null ? "" : reason;
    }
}
