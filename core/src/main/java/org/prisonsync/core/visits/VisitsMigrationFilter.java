package org.prisonsync.core.visits;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.message.InvalidMessageException;

/**
 * Upstream's {@code VisitsMigrationFilter}: prisons (all when empty), visit types (default {@code SCON}), and a
 * window on the visit's <em>creation</em> time, so a later run can take only what was created since the last one.
 * {@code ignoreMissingRoom} leaves out visits without a room (those the DPS synchronisation created).
 */
public record VisitsMigrationFilter(List<String> prisonIds, List<String> visitTypes, LocalDateTime fromDateTime,
                                    LocalDateTime toDateTime, boolean ignoreMissingRoom) {
    /** Upstream's field names, in the order the refusal lists them. */
    private static final List<String> FIELDS = List.of("prisonIds", "visitTypes", "fromDateTime", "toDateTime",
            "ignoreMissingRoom");

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

    /**
     * The filter from JSON values (the API's body, a queued message's copy). Strict, because a field it cannot read
     * would otherwise fall back to its default and widen the run: an unknown field, a string where a list is
     * expected, a list item that is not a non-blank string, a date that is not a local date-time, or a
     * non-boolean {@code ignoreMissingRoom} is refused with {@link InvalidMessageException} naming the field.
     * A null value is the field's default, as an absent one.
     */
    public static VisitsMigrationFilter fromJson(Map<String, Object> json) {
        for (String field : json.keySet()) {
            if (!FIELDS.contains(field)) {
                throw invalid("unknown field '" + field + "'; the filter takes " + String.join(", ", FIELDS));
            }
        }
        LocalDateTime from = dateTime(json, "fromDateTime");
        LocalDateTime to = dateTime(json, "toDateTime");
        List<String> prisons = strings(json, "prisonIds");
        List<String> types = strings(json, "visitTypes");
        Object ignore = json.get("ignoreMissingRoom");
        if (ignore != null && !(ignore instanceof Boolean)) {
            throw invalid("field 'ignoreMissingRoom' must be true or false");
        }
        try {
            return new VisitsMigrationFilter(prisons, types, from, to, Boolean.TRUE.equals(ignore));
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
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
        Object value = json.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw invalid("field '" + field + "' must be a list of strings, e.g. [\"MDI\"]");
        }
        List<String> strings = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String text) || text.isBlank()) {
                throw invalid("field '" + field + "' must be a list of non-blank strings, e.g. [\"MDI\"]");
            }
            strings.add(text);
        }
        return strings;
    }

    private static LocalDateTime dateTime(Map<String, Object> json, String field) {
        Object value = json.get(field);
        if (value == null) {
            return null;
        }
        try {
            if (value instanceof String text) {
                return LocalDateTime.parse(text);
            }
        } catch (DateTimeParseException e) {
            // the message below says what is expected
        }
        throw invalid("field '" + field + "' must be a local date-time like 2026-11-24T10:00:00");
    }

    private static InvalidMessageException invalid(String why) {
        return new InvalidMessageException("invalid visits migration filter: " + why);
    }
}
