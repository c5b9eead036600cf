package org.prisonsync.core.message;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads fields out of decoded JSON maps by dotted path ({@code additionalInformation.reference}). Numbers and
 * strings are both accepted where an id is expected, because upstream events quote ids inconsistently
 * ({@code "bookingId":"1234"} and {@code "bookingId":1234} both occur).
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

    public static Optional<Long> longValue(Map<String, Object> json, String path) {
        Optional<String> text = string(json, path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.get().trim()));
        } catch (NumberFormatException e) {
            throw new InvalidMessageException("field '" + path + "' is not a whole number: " + text.get());
        }
    }

    public static long requireLong(Map<String, Object> json, String path) {
        return longValue(json, path).orElseThrow(() -> new InvalidMessageException("missing field '" + path + "'"));
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
