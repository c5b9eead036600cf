package org.prisonsync.core.sync;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a domain says about one create from DPS to NOMIS: names for telemetry and the mapping, the DPS id,
 * how to read the source record, and how to write it to the target.
 *
 * @param entityName  telemetry prefix, e.g. {@code visit} → {@code visit-create-success}
 * @param entityType  mapping entity type, e.g. {@code VISIT}
 * @param source      reads the record from DPS; empty when DPS does not have it (yet)
 * @param target      writes it to NOMIS; {@code resumed} is true when an earlier attempt may already have written it,
 *                    so the writer must look the record up by its natural key before creating
 */
public record CreateRequest<S>(String entityName, String entityType, String dpsId, String prisonerNumber,
                               String mappingType, Map<String, String> telemetry, Source<S> source,
                               Target<S> target) {

    /** Reads the source record. */
    @FunctionalInterface
    public interface Source<S> {
        Optional<S> read();
    }

    /** Writes the record to the target and returns its id there. */
    @FunctionalInterface
    public interface Target<S> {
        TargetWrite write(S record, boolean resumed);
    }

    public CreateRequest {
        Objects.requireNonNull(entityName, "entityName");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(dpsId, "dpsId");
        Objects.requireNonNull(mappingType, "mappingType");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        telemetry = Map.copyOf(Objects.requireNonNullElse(telemetry, Map.of()));
    }
}
