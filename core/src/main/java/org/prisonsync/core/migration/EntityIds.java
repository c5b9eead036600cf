package org.prisonsync.core.migration;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.message.JsonFields;

/**
 * The NOMIS ids of a {@code MIGRATE_ENTITY}: one to {@link CommandLimits#MAX_IDS_PER_MESSAGE} of them, each ASCII
 * digits within a long. An id that is not a NOMIS id can never be migrated, so the message is refused at once rather
 * than retried for minutes. Repeats are dropped (one entity is written once per message).
 */
final class EntityIds {
    /** {@link Long#MAX_VALUE} has 19 digits. */
    private static final int MAX_DIGITS = 19;

    private EntityIds() {
    }

    static List<String> of(Map<String, Object> body) {
        Object value = body.get("ids");
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new InvalidMessageException("MIGRATE_ENTITY without ids");
        }
        if (list.size() > CommandLimits.MAX_IDS_PER_MESSAGE) {
            throw new InvalidMessageException("MIGRATE_ENTITY with " + list.size() + " ids, more than "
                    + CommandLimits.MAX_IDS_PER_MESSAGE);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Object id : list) {
            ids.add(require(id));
        }
        return List.copyOf(ids);
    }

    /** One NOMIS id as text; a JSON decoder may hand a number back, as a double in the worst case. */
    static String require(Object id) {
        String text;
        if (id instanceof String s) {
            text = s;
        } else if (id instanceof Long || id instanceof Integer) {
            text = id.toString();
        } else if (id instanceof Double d && d == Math.rint(d) && d >= 0 && d < 1e15) {
            text = Long.toString(d.longValue());
        } else {
            throw new InvalidMessageException("id " + describe(id) + " is not a NOMIS id");
        }
        if (text.isEmpty() || text.length() > MAX_DIGITS || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidMessageException("id '" + CommandLimits.excerpt(text)
                    + "' is not a NOMIS id (ASCII digits only)");
        }
        try {
            Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidMessageException("id " + text + " is beyond a NOMIS id's range");
        }
        return text;
    }

    /** The id of a {@code RETRY_MIGRATION_MAPPING}. */
    static String requireIn(Map<String, Object> json, String field) {
        return require(JsonFields.find(json, field)
                .orElseThrow(() -> new InvalidMessageException("missing field '" + field + "'")));
    }

    private static String describe(Object id) {
        return id == null ? "null" : CommandLimits.excerpt(String.valueOf(id));
    }
}
