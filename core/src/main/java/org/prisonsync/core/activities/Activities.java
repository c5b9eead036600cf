package org.prisonsync.core.activities;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;
import org.prisonsync.core.message.Ids;

/** Checks shared by the activities records, so each refuses bad data with the same words. */
final class Activities {
    /** The sessions of a day as both systems name them: morning, afternoon, evening. */
    static final Set<String> TIME_SLOTS = Set.of("AM", "PM", "ED");

    private Activities() {
    }

    static String requireTimeSlot(String slot, String field) {
        if (!TIME_SLOTS.contains(slot)) {
            throw new IllegalArgumentException(field + " is not AM, PM or ED: " + Ids.quote(slot));
        }
        return slot;
    }

    static void requireTimes(LocalTime start, LocalTime end) {
        Objects.requireNonNull(start, "startTime");
        Objects.requireNonNull(end, "endTime");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("endTime " + end + " is before startTime " + start);
        }
    }

    static void requirePositive(long value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be positive, was " + value);
        }
    }

    static String requireCode(String code, int max, String field) {
        Objects.requireNonNull(code, field);
        if (code.isBlank() || code.length() > max) {
            throw new IllegalArgumentException(field + " must be 1 to " + max + " characters: " + Ids.quote(code));
        }
        return code;
    }
}
