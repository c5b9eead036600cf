package org.prisonsync.core.message;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A NOMIS offender event (prison-offender-events): {@code eventType}, {@code eventDatetime},
 * {@code offenderIdDisplay}, {@code bookingId}, {@code nomisEventType}, {@code auditModuleName}; every other field
 * ({@code visitId}, {@code alertSeq} …) stays readable through {@link #field}. The prisoner number and the booking
 * id are validated when present ({@link Ids}): a malformed one is an invalid message, not a retry.
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
                JsonFields.string(json, "offenderIdDisplay")
                        .map(o -> Ids.requirePrisonerNumber(o, "offenderIdDisplay")),
                JsonFields.id(json, "bookingId"),
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

    /** A numeric id field ({@code visitId}, {@code bookingId}): positive, in ASCII digits ({@link Ids}). */
    public long requireLong(String name) {
        return JsonFields.requireId(fields, name);
    }

    /** A positive id field that fits an {@code int} ({@code alertSeq}). */
    public int requireIntId(String name) {
        return JsonFields.requireIntId(fields, name);
    }

    public String requireOffender() {
        return offenderIdDisplay.orElseThrow(() -> new InvalidMessageException("missing field 'offenderIdDisplay'"));
    }
}
