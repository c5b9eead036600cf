package org.prisonsync.core.appointments;

import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.JsonFields;

/**
 * The strict reading of the appointment events at the edge: {@code additionalInformation.appointmentInstanceId}
 * is a positive number in ASCII digits, quoted or not; missing or anything else is refused with its name and the
 * message dead-lettered at once.
 */
final class AppointmentEvents {
    private AppointmentEvents() {
    }

    static long instanceId(DomainEvent event) {
        // read from the event's own shape, so a refusal names the field as the message spells it
        return JsonFields.requireId(Map.of("additionalInformation", event.additionalInformation()),
                "additionalInformation.appointmentInstanceId");
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
