package org.prisonsync.wiring;

import java.util.Map;

/** Typed reads of the environment, failing with the variable's name on a bad value. */
public record Env(Map<String, String> values) {
    public Env {
        values = Map.copyOf(values);
    }

    public boolean has(String key) {
        String v = values.get(key);
        return v != null && !v.isBlank();
    }

    public String get(String key, String fallback) {
        return has(key) ? values.get(key).trim() : fallback;
    }

    public int integer(String key, int fallback) {
        if (!has(key)) {
            return fallback;
        }
        String text = values.get(key).trim();
        try {
            // ASCII digits only: Integer.parseInt would read other scripts' digits ("٥" as 5)
            if (!text.matches("-?[0-9]{1,10}")) {
                throw new NumberFormatException(text);
            }
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + values.get(key) + "'");
        }
    }

    /** Exactly {@code true} or {@code false} (any case); anything else is refused rather than read as false. */
    public boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        String v = values.get(key).trim();
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new IllegalArgumentException(key + " must be true or false, was '" + values.get(key) + "'");
    }

    public double decimal(String key, double fallback) {
        if (!has(key)) {
            return fallback;
        }
        try {
            return Double.parseDouble(values.get(key).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, was '" + values.get(key) + "'");
        }
    }
}
