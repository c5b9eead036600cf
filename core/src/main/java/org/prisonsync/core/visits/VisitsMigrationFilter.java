package org.prisonsync.core.visits;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.message.JsonFields;

/**
 * Upstream's {@code VisitsMigrationFilter}: prisons (all when empty), visit types (default {@code SCON}), and a
 * window on the visit's <em>creation</em> time, so a later run can take only what was created since the last one.
 * {@code ignoreMissingRoom} leaves out visits without a room (those the DPS synchronisation created).
 */
public record VisitsMigrationFilter(List<String> prisonIds, List<String> visitTypes, LocalDateTime fromDateTime,
                                    LocalDateTime toDateTime, boolean ignoreMissingRoom) {

    public VisitsMigrationFilter {
        prisonIds = List.copyOf(prisonIds == null ? List.of() : prisonIds);
        visitTypes = List.copyOf(visitTypes == null || visitTypes.isEmpty() ? List.of("SCON") : visitTypes);
        if (fromDateTime != null && toDateTime != null && toDateTime.isBefore(fromDateTime)) {
            throw new IllegalArgumentException("toDateTime " + toDateTime + " is before fromDateTime "
                    + fromDateTime);
        }
    }

    public static VisitsMigrationFilter ofPrisons(String... prisonIds) {
        return new VisitsMigrationFilter(List.of(prisonIds), null, null, null, false);
    }

    /** The filter as JSON values, with upstream's field names; dates as ISO local date-times. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("prisonIds", prisonIds);
        json.put("visitTypes", visitTypes);
        if (fromDateTime != null) {
            json.put("fromDateTime", fromDateTime.toString());
        }
        if (toDateTime != null) {
            json.put("toDateTime", toDateTime.toString());
        }
        json.put("ignoreMissingRoom", ignoreMissingRoom);
        return json;
    }

    public static VisitsMigrationFilter fromJson(Map<String, Object> json) {
        try {
            return new VisitsMigrationFilter(strings(json, "prisonIds"), strings(json, "visitTypes"),
                    JsonFields.string(json, "fromDateTime").map(LocalDateTime::parse).orElse(null),
                    JsonFields.string(json, "toDateTime").map(LocalDateTime::parse).orElse(null),
                    JsonFields.string(json, "ignoreMissingRoom").map(Boolean::parseBoolean).orElse(false));
        } catch (java.time.format.DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidMessageException("invalid visits migration filter: " + e.getMessage());
        }
    }

    /** Whether a visit with these properties is selected (the in-memory NOMIS and the simulator use it). */
    public boolean matches(String prisonId, String visitType, LocalDateTime whenCreated, String room) {
        return (prisonIds.isEmpty() || prisonIds.contains(prisonId))
                && visitTypes.contains(visitType)
                && (fromDateTime == null || (whenCreated != null && !whenCreated.isBefore(fromDateTime)))
                && (toDateTime == null || (whenCreated != null && !whenCreated.isAfter(toDateTime)))
                && (!ignoreMissingRoom || room != null);
    }

    private static List<String> strings(Map<String, Object> json, String field) {
        return JsonFields.list(json, field).stream().map(String::valueOf).toList();
    }
}
