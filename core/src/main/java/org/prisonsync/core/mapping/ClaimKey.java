package org.prisonsync.core.mapping;

import java.util.Objects;

/** The entity a create is about to write, identified by its source id: e.g. ({@code VISIT}, DPS reference). */
public record ClaimKey(String entityType, String sourceId) {
    public ClaimKey {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(sourceId, "sourceId");
    }
}
