package org.prisonsync.core.movements;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.message.JsonFields;

/**
 * Turns event times into the local times stored in a pair. DPS {@code occurredAt} is an offset time, stored as
 * Europe/London local time (as upstream does); NOMIS times are local already and kept as sent — should one carry an
 * offset, it is brought to London time too, so both halves compare on one clock.
 */
public final class MovementTimes {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** How {@link #instant} reads a window end, for help texts and refusals. */
    public static final String WINDOW_FORMATS = "an ISO date or date-time, local to Europe/London unless it has an"
            + " offset: 2026-11-24, 2026-11-24T10:00:00 or 2026-11-24T10:00:00Z";

    private MovementTimes() {
    }

    public static LocalDateTime requireLocal(Map<String, Object> json, String path) {
        String text = JsonFields.requireString(json, path);
        try {
            if (hasOffset(text)) {
                return OffsetDateTime.parse(text).atZoneSameInstant(LONDON).toLocalDateTime();
            }
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidMessageException("field '" + path + "' is not a date-time: " + text);
        }
    }

    /**
     * An operator's window end, read one way wherever it is typed (the CLI's {@code movements unmatched} and the
     * service's {@code /reconciliation/movements/unmatched}): an ISO date ({@code 2026-11-24}, midnight), a local
     * date-time ({@code 2026-11-24T10:00:00}), both in Europe/London, or a date-time with an offset
     * ({@code 2026-11-24T10:00:00Z}, {@code …+01:00}). Anything else is refused naming the parameter.
     */
    public static Instant instant(String name, String text) {
        String value = text.trim();
        try {
            if (value.indexOf('T') < 0) {
                return LocalDate.parse(value).atStartOfDay(LONDON).toInstant();
            }
            if (hasOffset(value)) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).atZone(LONDON).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be " + WINDOW_FORMATS + ", not '" + text + "'");
        }
    }

    private static boolean hasOffset(String text) {
        int time = text.indexOf('T');
        if (time < 0) {
            return false;
        }
        String clock = text.substring(time);
        return clock.endsWith("Z") || clock.indexOf('+') > 0 || clock.indexOf('-') > 0;
    }
}
