package org.prisonsync.core.sync;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.prisonsync.core.mapping.Mapping;

/**
 * One update (or cancel) from DPS to NOMIS: the mapping tells the target id, the source is re-read so the target gets
 * the latest state whatever order events arrive in.
 *
 * @param verb telemetry verb, e.g. {@code changed} → {@code visit-changed-success}
 */
public record UpdateRequest<S>(String entityName, String verb, String entityType, String dpsId,
                               String prisonerNumber, Map<String, String> telemetry, Source<S> source,
                               Target<S> target) {

    /** Reads the source record. */
    @FunctionalInterface
    public interface Source<S> {
        Optional<S> read();
    }

    /** Applies the record to the target entity the mapping names. */
    @FunctionalInterface
    public interface Target<S> {
        void write(S record, Mapping mapping);
    }

    public UpdateRequest {
        Objects.requireNonNull(entityName, "entityName");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(dpsId, "dpsId");
        telemetry = Map.copyOf(Objects.requireNonNullElse(telemetry, Map.of()));
    }
}
