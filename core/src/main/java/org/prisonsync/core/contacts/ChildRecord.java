package org.prisonsync.core.contacts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.prisonsync.core.message.OffenderEvent;

/**
 * A child record as one system holds it: its id there (a NOMIS sequence for identifiers and employments), the person
 * it is under, its parent's id on that system (the person's own for a person's records; a relationship's NOMIS contact
 * id or DPS prisoner contact id), its fields under DPS's names (absent values left out, so two records compare equal on
 * what they hold), and, in NOMIS, the audit module that wrote it last (null from DPS, whose events say their source).
 */
public record ChildRecord(long id, long personId, long parentId, Map<String, Object> fields, String writtenBy) {
    /** A record whose parent is the person. */
    public ChildRecord(long id, long personId, Map<String, Object> fields, String writtenBy) {
        this(id, personId, personId, fields, writtenBy);
    }

    public ChildRecord {
        Objects.requireNonNull(fields, "fields");
        Map<String, Object> present = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (v != null) {
                present.put(k, v);
            }
        });
        fields = Collections.unmodifiableMap(present);
    }

    /** Written in NOMIS by our own synchronisation. */
    public boolean writtenBySync() {
        return writtenBy != null && writtenBy.startsWith(OffenderEvent.DPS_SYNCHRONISATION);
    }

    /** The same fields, whatever the ids: what a lost create's record looks like. */
    public boolean sameFields(ChildRecord other) {
        return fields.equals(other.fields);
    }
}
