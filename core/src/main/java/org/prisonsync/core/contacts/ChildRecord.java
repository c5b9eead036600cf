package org.prisonsync.core.contacts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.prisonsync.core.message.OffenderEvent;

/**
 * A child record as one system holds it: its id there (a NOMIS sequence for identifiers and employments), the person
 * it is under, its parent's id on that system (the person's own for a person's records; a relationship's NOMIS contact
 * id or DPS prisoner contact id) and the same as text ({@code parentKey}: the general form, and the only one of a
 * prisoner's records, whose parent is an offender number and who have no person), its fields under DPS's names (absent values left out, so two records compare equal on
 * what they hold), and, in NOMIS, the audit module that wrote it last (null from DPS, whose events say their source).
 */
public record ChildRecord(long id, long personId, long parentId, String parentKey, Map<String, Object> fields,
                          String writtenBy) {
    /** The {@code personId} (and numeric {@code parentId}) of a record whose parent is no person: a prisoner's. */
    public static final long NO_PERSON = 0;

    /** A record whose parent has a numeric id: its key is that id. */
    public ChildRecord(long id, long personId, long parentId, Map<String, Object> fields, String writtenBy) {
        this(id, personId, parentId, Long.toString(parentId), fields, writtenBy);
    }

    /** A record whose parent is a prisoner, keyed by offender number; it belongs to no person. */
    public static ChildRecord ofPrisoner(long id, String offenderNo, Map<String, Object> fields, String writtenBy) {
        return new ChildRecord(id, NO_PERSON, NO_PERSON, offenderNo, fields, writtenBy);
    }

    /** A record whose parent is the person. */
    public ChildRecord(long id, long personId, Map<String, Object> fields, String writtenBy) {
        this(id, personId, personId, fields, writtenBy);
    }

    public ChildRecord {
        Objects.requireNonNull(parentKey, "parentKey");
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
