package org.prisonsync.core.movements;

import java.time.LocalDateTime;
import java.util.Map;
import org.prisonsync.core.message.JsonFields;
import org.prisonsync.core.message.Notification;

/** DPS {@code prisoner-offender-search.prisoner.received}; {@code prisonId} may be null. */
public record PrisonerReceivedEvent(String nomsNumber, String reason, String prisonId, String occurredAt,
                                    LocalDateTime domainTime) {
    public static final String EVENT_TYPE = "prisoner-offender-search.prisoner.received";

    public static PrisonerReceivedEvent from(Notification notification) {
        Map<String, Object> json = notification.message();
        return new PrisonerReceivedEvent(
                EventFields.requirePrisoner(json, "additionalInformation.nomsNumber"),
                EventFields.requireCode(json, "additionalInformation.reason", EventFields.MAX_REASON),
                EventFields.code(json, "additionalInformation.prisonId", EventFields.MAX_CODE),
                JsonFields.requireString(json, "occurredAt"),
                MovementTimes.requireLocal(json, "occurredAt"));
    }
}
