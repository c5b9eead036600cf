package org.prisonsync.core.movements;

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

    private static boolean hasOffset(String text) {
        int time = text.indexOf('T');
        if (time < 0) {
            return false;
        }
        String clock = text.substring(time);
        return clock.endsWith("Z") || clock.indexOf('+') > 0 || clock.indexOf('-') > 0;
    }
}
