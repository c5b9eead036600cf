package org.prisonsync.core.mapping;

/** The result of saving a mapping: a conflict is a value carrying both rows, as the mapping service's 409 does. */
public sealed interface MappingSaveResult {

    /** Written now. */
    record Saved(Mapping mapping) implements MappingSaveResult {
    }

    /** The identical pair was already there (a redelivered save): nothing to do. */
    record AlreadySaved(Mapping existing) implements MappingSaveResult {
    }

    /**
     * Another pair already holds the NOMIS id or the DPS id: {@code duplicate} is what we tried to save,
     * {@code existing} the row in the way.
     */
    record Conflict(Mapping duplicate, Mapping existing) implements MappingSaveResult {
    }
}
