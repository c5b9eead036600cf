package org.prisonsync.core.migration;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.prisonsync.core.telemetry.TelemetryEvent;

/** What migrating one entity to DPS achieved, before the engine saves its mapping. */
public sealed interface EntityWrite {

    /**
     * DPS holds the entity now under {@code dpsId}; {@code telemetry} goes on the entity-migrated event.
     * {@code duplicateDpsIds} are further unmapped copies of the same entity a resumed attempt found in DPS (an
     * earlier attempt wrote it more than once): each is reported for removal.
     */
    record Written(String dpsId, String prisonerNumber, Map<String, String> telemetry, List<String> duplicateDpsIds)
            implements EntityWrite {
        public Written {
            Objects.requireNonNull(dpsId, "dpsId");
            telemetry = TelemetryEvent.withoutNulls(telemetry);
            duplicateDpsIds = List.copyOf(Objects.requireNonNullElse(duplicateDpsIds, List.of()));
        }

        public Written(String dpsId, String prisonerNumber, Map<String, String> telemetry) {
            this(dpsId, prisonerNumber, telemetry, List.of());
        }
    }

    /**
     * Not migrated: {@code event} is tracked with {@code telemetry}. A {@code permanent} failure (DPS refused the
     * entity as invalid, NOMIS has no such entity) is not retried; any other is retried along the queue's ladder,
     * then given up on.
     */
    record Failed(String event, Map<String, String> telemetry, String reason, boolean permanent)
            implements EntityWrite {
        public Failed {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(reason, "reason");
            telemetry = TelemetryEvent.withoutNulls(telemetry);
        }
    }
}
