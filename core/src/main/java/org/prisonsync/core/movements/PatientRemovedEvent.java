package org.prisonsync.core.movements;

import java.time.LocalDateTime;
import java.util.Map;
import org.prisonsync.core.message.JsonFields;
import org.prisonsync.core.message.Notification;

/** DPS {@code restricted-patients.patient.removed}: the prisoner is no longer a restricted patient. */
public record PatientRemovedEvent(String prisonerNumber, String occurredAt, LocalDateTime domainTime) {
    public static final String EVENT_TYPE = "restricted-patients.patient.removed";

    public static PatientRemovedEvent from(Notification notification) {
        Map<String, Object> json = notification.message();
        return new PatientRemovedEvent(
                EventFields.requirePrisoner(json, "additionalInformation.prisonerNumber"),
                JsonFields.requireString(json, "occurredAt"),
                MovementTimes.requireLocal(json, "occurredAt"));
    }
}
