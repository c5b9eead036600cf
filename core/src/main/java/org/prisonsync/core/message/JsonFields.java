package org.prisonsync.core.message;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads fields out of decoded JSON maps by dotted path ({@code additionalInformation.reference}). Numbers and
 * strings are both accepted where an id is expected, because upstream events quote ids inconsistently
 * ({@code "bookingId":"1234"} and {@code "bookingId":1234} both occur); either way only ASCII digits are read
 * ({@link Ids}), so an id that can never be valid is rejected here, at the edge.
 */
public final class JsonFields {
    private JsonFields() {
    }

    public static Optional<Object> find(Map<String, Object> json, String path) {
        Object current = json;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            current = map.get(part);
            if (current == null) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    public static Optional<String> string(Map<String, Object> json, String path) {
        return find(json, path).map(JsonFields::asText).filter(s -> !s.isBlank());
    }

    public static String requireString(Map<String, Object> json, String path) {
        return string(json, path).orElseThrow(() -> new InvalidMessageException("missing field '" + path + "'"));
    }

    /** A whole number (a count, a page number: zero and negatives allowed), read by {@link Ids#requireLong}. */
    public static Optional<Long> longValue(Map<String, Object> json, String path) {
        return present(json, path).map(value -> Ids.requireLong(value, path));
    }

    public static long requireLong(Map<String, Object> json, String path) {
        return longValue(json, path).orElseThrow(() -> new InvalidMessageException("missing field '" + path + "'"));
    }

    /** A positive numeric id (booking, visit), quoted or not, in ASCII digits: {@link Ids#requirePositiveLong}. */
    public static Optional<Long> id(Map<String, Object> json, String path) {
        return present(json, path).map(value -> Ids.requirePositiveLong(value, path));
    }

    public static long requireId(Map<String, Object> json, String path) {
        return id(json, path).orElseThrow(() -> new InvalidMessageException("missing field '" + path + "'"));
    }

    /** A positive id that must fit an {@code int} (a movement or alert sequence): {@link Ids#requirePositiveInt}. */
    public static int requireIntId(Map<String, Object> json, String path) {
        return present(json, path).map(value -> Ids.requirePositiveInt(value, path))
                .orElseThrow(() -> new InvalidMessageException("missing field '" + path + "'"));
    }

    /** The raw value at the path, absent when missing or a blank string (which reads as missing everywhere). */
    private static Optional<Object> present(Map<String, Object> json, String path) {
        return find(json, path).filter(v -> !(v instanceof String text) || !text.isBlank());
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Map<String, Object> json, String path) {
        return find(json, path).filter(Map.class::isInstance).map(o -> (Map<String, Object>) o).orElse(Map.of());
    }

    public static List<?> list(Map<String, Object> json, String path) {
        return find(json, path).filter(List.class::isInstance).map(o -> (List<?>) o).orElse(List.of());
    }

    private static String asText(Object value) {
        if (value instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }
}
