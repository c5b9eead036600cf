package org.prisonsync.core.reconciliation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One item whose two sides differ. {@code fields} say which item it is and what differs, in the order an operator
 * reads them (e.g. {@code offenderNo}, {@code bookingId}) and become the mismatch telemetry's properties;
 * {@code nomisValue} and {@code dpsValue} are each side's value as compared (null when a side has none);
 * {@code note} says in one line what looks wrong.
 *
 * <p>A difference the compare can explain (the prisoner was released, a known-harmless case) carries the
 * {@value #EXPLAINED} field naming the explanation: the run keeps it, labelled, so an operator sees it, but does not
 * raise it (no {@code -mismatch} event, not in the run's mismatch count; {@code -mismatch-explained} instead).
 */
public record Mismatch(String key, Map<String, String> fields, String nomisValue, String dpsValue,
                       LikelySide likelySide, String note) {
    /** The field naming why a difference needs no action ({@code RELEASED}, {@code TRANSFERRED} …). */
    public static final String EXPLAINED = "explained";

    public Mismatch {
        Limits.key(key);
        Objects.requireNonNull(fields, "fields");
        if (fields.size() > Limits.FIELDS) {
            throw new IllegalArgumentException("a mismatch has at most " + Limits.FIELDS + " fields");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name == null || name.isEmpty() || name.length() > Limits.FIELD_NAME || value == null) {
                throw new IllegalArgumentException("a mismatch field needs a name of 1 to " + Limits.FIELD_NAME
                        + " characters and a value: " + name);
            }
            copy.put(name, Limits.text("field " + name, value, Limits.VALUE));
        });
        fields = Collections.unmodifiableMap(copy);
        if (nomisValue != null) {
            Limits.text("nomisValue", nomisValue, Limits.VALUE);
        }
        if (dpsValue != null) {
            Limits.text("dpsValue", dpsValue, Limits.VALUE);
        }
        Objects.requireNonNull(likelySide, "likelySide");
        Limits.text("note", note, Limits.TEXT);
        if (note.indexOf('\n') >= 0 || note.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a note is one line");
        }
    }

    /** The explanation of a difference that is kept but not raised, if it has one. */
    public Optional<String> explanation() {
        return Optional.ofNullable(fields.get(EXPLAINED));
    }
}
