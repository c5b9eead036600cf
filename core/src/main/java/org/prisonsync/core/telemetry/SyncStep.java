package org.prisonsync.core.telemetry;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a sync as it happened: its name ({@code received}, {@code dps-read}, {@code mapping-written}...), when,
 * and the few facts that are its own (the {@code received} step's event type, message id and receive count). A step
 * names no prisoner or entity: those are known only once the sync ends, so it takes them from its outcome then.
 */
public record SyncStep(String name, Instant at, Map<String, String> detail) {
    public SyncStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(at, "at");
        detail = detail == null || detail.isEmpty() ? Map.of() : Map.copyOf(TelemetryEvent.withoutNulls(detail));
    }
}
