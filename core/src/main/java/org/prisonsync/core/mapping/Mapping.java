package org.prisonsync.core.mapping;

import java.time.Instant;
import java.util.Objects;

/**
 * One NOMIS⇄DPS id pair. Ids are canonical strings: a composite NOMIS key such as booking id + sequence is written
 * {@code "1234:2"} ({@link NomisKey}). {@code prisonerNumber} and {@code label} may be null; {@code whenCreated} is
 * set by the store.
 */
public record Mapping(String entityType, String nomisId, String dpsId, String prisonerNumber, String mappingType,
                      String label, Instant whenCreated) {

    public Mapping {
        requireText(entityType, "entityType");
        requireText(nomisId, "nomisId");
        requireText(dpsId, "dpsId");
        requireText(mappingType, "mappingType");
    }

    public static Mapping of(String entityType, String nomisId, String dpsId, String prisonerNumber,
                             String mappingType) {
        return new Mapping(entityType, nomisId, dpsId, prisonerNumber, mappingType, null, null);
    }

    public Mapping withLabel(String newLabel) {
        return new Mapping(entityType, nomisId, dpsId, prisonerNumber, mappingType, newLabel, whenCreated);
    }

    public Mapping createdAt(Instant when) {
        return new Mapping(entityType, nomisId, dpsId, prisonerNumber, mappingType, label, when);
    }

    /** Same entity type and the same ids on both sides: saving it again is a no-op, not a conflict. */
    public boolean samePairAs(Mapping other) {
        return entityType.equals(other.entityType) && nomisId.equals(other.nomisId) && dpsId.equals(other.dpsId);
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
