package org.prisonsync.core.activities;

import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.JsonFields;

/**
 * The strict reading of the activities events at the edge: every id the events carry
 * ({@code additionalInformation.activityScheduleId}, {@code scheduledInstanceId}, {@code allocationId},
 * {@code attendanceId}, {@code bookingId}) is a positive number in ASCII digits, quoted or not. A field that is
 * missing or fails is refused with its name, and the message dead-lettered at once.
 */
final class ActivityEvents {
    private ActivityEvents() {
    }

    static long activityScheduleId(DomainEvent event) {
        return id(event, "activityScheduleId");
    }

    static long scheduledInstanceId(DomainEvent event) {
        return id(event, "scheduledInstanceId");
    }

    static long allocationId(DomainEvent event) {
        return id(event, "allocationId");
    }

    static long attendanceId(DomainEvent event) {
        return id(event, "attendanceId");
    }

    static long bookingId(DomainEvent event) {
        return id(event, "bookingId");
    }

    private static long id(DomainEvent event, String key) {
        // read from the event's own shape, so a refusal names the field as the message spells it
        return JsonFields.requireId(Map.of("additionalInformation", event.additionalInformation()),
                "additionalInformation." + key);
    }

    static Map<String, String> properties(Object... keysAndValues) {
        Map<String, String> props = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                props.put(String.valueOf(keysAndValues[i]), String.valueOf(keysAndValues[i + 1]));
            }
        }
        return props;
    }
}
