package org.prisonsync.core.migration;

import java.util.Map;
import java.util.Objects;
import org.prisonsync.core.telemetry.TelemetryEvent;

/** What migrating one entity to DPS achieved, before the engine saves its mapping. */
public sealed interface EntityWrite {

    /** DPS holds the entity now under {@code dpsId}; {@code telemetry} goes on the entity-migrated event. */
    record Written(String dpsId, String prisonerNumber, Map<String, String> telemetry) implements EntityWrite {
        public Written {
            Objects.requireNonNull(dpsId, "dpsId");
            telemetry = TelemetryEvent.withoutNulls(telemetry);
        }
    }

    /**
     * Not migrated: {@code event} is tracked with {@code telemetry}. A {@code permanent} failure (DPS refused the
     * entity as invalid) is not retried; any other is retried along the queue's ladder, then given up on.
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
