package org.prisonsync.core.sync;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a domain says about one create, in either direction: names for telemetry and the mapping, the record's
 * id in the system it comes from, how to read it there and how to write it to the other system.
 *
 * @param entityName  telemetry prefix, e.g. {@code visit} → {@code visit-create-success}
 * @param entityType  mapping entity type, e.g. {@code VISIT}
 * @param sourceId    the record's id where it was created: the DPS id to NOMIS, the NOMIS id from NOMIS
 * @param source      reads the record from its system; empty when that system does not have it (yet)
 * @param target      writes it to the other system; {@code resumed} is true when an earlier attempt may already have
 *                    written it, so the writer must look the record up by its natural key before creating
 * @param direction   which way: decides which side of the mapping {@code sourceId} is, and the claim's key
 * @param names       the telemetry events ({@link CreateNames#toNomis} for upstream's to-NOMIS names)
 */
public record CreateRequest<S>(String entityName, String entityType, String sourceId, String prisonerNumber,
                               String mappingType, Map<String, String> telemetry, Source<S> source,
                               Target<S> target, CreateDirection direction, CreateNames names) {

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
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(mappingType, "mappingType");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        telemetry = Map.copyOf(Objects.requireNonNullElse(telemetry, Map.of()));
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(names, "names");
    }

    /** A create from DPS to NOMIS under upstream's names for {@code entityName}. */
    public CreateRequest(String entityName, String entityType, String dpsId, String prisonerNumber,
                         String mappingType, Map<String, String> telemetry, Source<S> source, Target<S> target) {
        this(entityName, entityType, dpsId, prisonerNumber, mappingType, telemetry, source, target,
                CreateDirection.TO_NOMIS, CreateNames.toNomis(entityName));
    }
}
