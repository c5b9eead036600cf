package org.prisonsync.core.message;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A NOMIS offender event (prison-offender-events): {@code eventType}, {@code eventDatetime},
 * {@code offenderIdDisplay}, {@code bookingId}, {@code nomisEventType}, {@code auditModuleName}; every other field
 * ({@code visitId}, {@code alertSeq} …) stays readable through {@link #field}.
 */
public record OffenderEvent(String eventType, String eventDatetime, Optional<String> offenderIdDisplay,
                            Optional<Long> bookingId, String nomisEventType, Optional<String> auditModuleName,
                            Map<String, Object> fields) {

    /** NOMIS writes made through the NOMIS prisoner API on prison-sync's behalf carry this audit module prefix. */
    public static final String DPS_SYNCHRONISATION = "DPS_SYNCHRONISATION";

    public OffenderEvent {
        Objects.requireNonNull(eventType, "eventType");
        fields = Map.copyOf(Objects.requireNonNullElse(fields, Map.of()));
    }

    public static OffenderEvent from(Map<String, Object> json) {
        return new OffenderEvent(
                JsonFields.requireString(json, "eventType"),
                JsonFields.string(json, "eventDatetime").orElse(null),
                JsonFields.string(json, "offenderIdDisplay"),
                JsonFields.longValue(json, "bookingId"),
                JsonFields.string(json, "nomisEventType").orElse(null),
                JsonFields.string(json, "auditModuleName"),
                json);
    }

    /** A write we made ourselves: the echo of a DPS change, never to be synchronised back. */
    public boolean originatesInDps() {
        return auditModuleName.map(m -> m.startsWith(DPS_SYNCHRONISATION)).orElse(false);
    }

    public Optional<String> field(String name) {
        return JsonFields.string(fields, name);
    }

    public long requireLong(String name) {
        return JsonFields.requireLong(fields, name);
    }

    public String requireOffender() {
        return offenderIdDisplay.orElseThrow(() -> new InvalidMessageException("missing field 'offenderIdDisplay'"));
    }
}
