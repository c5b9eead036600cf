package org.prisonsync.core.message;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The one strict reading of ids from outside input (queue messages, HTTP paths and bodies): numeric ids are written
 * in ASCII digits only ({@code [0-9]}, no sign, no spaces, no other scripts' digits — {@code Long.parseLong} reads
 * {@code "١٣"} as 13, this does not) and must be positive and in range; prisoner numbers have NOMIS's shape; other
 * ids (DPS references, alert uuids) are short tokens of ASCII letters, digits, {@code -}, {@code _} and {@code .}.
 *
 * <p>Two flavours: {@code parse…}/{@code is…} answer without throwing (for the web layer's path parameters, which
 * answer 400 themselves); {@code require…} throw {@link InvalidMessageException} naming the field and the value
 * (abbreviated), which the engine dead-letters at once with that reason instead of retrying what can never succeed.
 */
public final class Ids {
    /** Longest text id accepted: a DPS visit reference is 11 characters, a uuid 36; stores allow 100. */
    public static final int MAX_TEXT_ID_LENGTH = 64;
    /** How much of a bad value a reason quotes. */
    private static final int QUOTED = 40;
    /** Digits beyond any long (with leading zeros allowed) are not worth reading. */
    private static final int MAX_NUMBER_TEXT = 40;

    private Ids() {
    }

    /** A positive {@code long} written in ASCII digits only; empty for anything else (blank, signed, too large …). */
    public static OptionalLong parsePositiveLong(String text) {
        OptionalLong value = asciiWholeNumber(text, false);
        return value.isPresent() && value.getAsLong() > 0 ? value : OptionalLong.empty();
    }

    /** A positive {@code int} written in ASCII digits only; empty otherwise. */
    public static OptionalInt parsePositiveInt(String text) {
        OptionalLong value = parsePositiveLong(text);
        return value.isPresent() && value.getAsLong() <= Integer.MAX_VALUE
                ? OptionalInt.of((int) value.getAsLong()) : OptionalInt.empty();
    }

    /**
     * A whole number, possibly zero or negative (counts, page numbers), in ASCII digits with an optional leading
     * {@code -}; empty otherwise.
     */
    public static OptionalLong parseLong(String text) {
        return asciiWholeNumber(text, true);
    }

    /**
     * A positive id from decoded JSON, quoted or not ({@code "bookingId":"1234"} and {@code "bookingId":1234} both
     * occur upstream). A JSON number must be whole; a string must be ASCII digits.
     */
    public static long requirePositiveLong(Object value, String field) {
        OptionalLong id = value instanceof String text ? parsePositiveLong(text) : wholeNumber(value);
        if (id.isEmpty() || id.getAsLong() <= 0) {
            throw new InvalidMessageException(describe(value, field, 1, Long.MAX_VALUE));
        }
        return id.getAsLong();
    }

    /** A positive {@code int} id (a movement or alert sequence) from decoded JSON, quoted or not. */
    public static int requirePositiveInt(Object value, String field) {
        long id = requirePositiveLong(value, field);
        if (id > Integer.MAX_VALUE) {
            throw new InvalidMessageException(describe(value, field, 1, Integer.MAX_VALUE));
        }
        return (int) id;
    }

    /** A whole number from decoded JSON, quoted or not, possibly zero or negative. */
    public static long requireLong(Object value, String field) {
        OptionalLong number = value instanceof String text ? parseLong(text) : wholeNumber(value);
        if (number.isEmpty()) {
            throw new InvalidMessageException("field '" + field + "' is not a whole number written in ASCII digits: "
                    + quote(value));
        }
        return number.getAsLong();
    }

    /** True for a NOMIS prisoner number: a capital letter, four ASCII digits, two capital letters ({@code A1234BC}). */
    public static boolean isPrisonerNumber(String text) {
        if (text == null || text.length() != 7) {
            return false;
        }
        for (int i = 0; i < 7; i++) {
            char c = text.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            if ((i >= 1 && i <= 4) ? !digit : !letter) {
                return false;
            }
        }
        return true;
    }

    public static String requirePrisonerNumber(String text, String field) {
        if (!isPrisonerNumber(text)) {
            throw new InvalidMessageException("field '" + field + "' is not a prisoner number (like A1234BC): "
                    + quote(text));
        }
        return text;
    }

    /**
     * True for a text id (a DPS visit reference, an alert uuid): 1 to {@value #MAX_TEXT_ID_LENGTH} ASCII letters,
     * digits, {@code -}, {@code _} or {@code .}. Ids travel in URL paths and key the mapping store, so nothing else is
     * ever needed, and a value too long never reaches a database column.
     */
    public static boolean isTextId(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_TEXT_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    public static String requireTextId(String text, String field) {
        if (!isTextId(text)) {
            throw new InvalidMessageException("field '" + field + "' is not an id (1 to " + MAX_TEXT_ID_LENGTH
                    + " ASCII letters, digits, '-', '_' or '.'"
                    + (text != null && text.length() > MAX_TEXT_ID_LENGTH ? ", was " + text.length() + " long" : "")
                    + "): " + quote(text));
        }
        return text;
    }

    /** Free text bounded at the edge (a reason code, an alert code): at most {@code max} characters. */
    public static String requireMaxLength(String text, int max, String field) {
        if (text != null && text.length() > max) {
            throw new InvalidMessageException("field '" + field + "' is " + text.length() + " characters long, at most "
                    + max + " allowed: " + quote(text));
        }
        return text;
    }

    /** A value as a reason quotes it: abbreviated, so a 100 KB value does not become a 100 KB reason. */
    public static String quote(Object value) {
        String text = String.valueOf(value);
        return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "… (" + text.length() + " characters)";
    }

    private static OptionalLong asciiWholeNumber(String text, boolean signed) {
        if (text == null || text.isEmpty() || text.length() > MAX_NUMBER_TEXT) {
            return OptionalLong.empty();
        }
        int first = signed && text.charAt(0) == '-' ? 1 : 0;
        if (first == text.length()) {
            return OptionalLong.empty();
        }
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return OptionalLong.empty();
            }
        }
        try {
            return OptionalLong.of(Long.parseLong(text)); // safe now: only ASCII digits are left to read
        } catch (NumberFormatException e) {
            return OptionalLong.empty(); // beyond the range of a long
        }
    }

    private static OptionalLong wholeNumber(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return OptionalLong.of(((Number) value).longValue());
        }
        try {
            if (value instanceof BigInteger big) {
                return OptionalLong.of(big.longValueExact());
            }
            if (value instanceof BigDecimal decimal) {
                return OptionalLong.of(decimal.longValueExact());
            }
            if (value instanceof Double || value instanceof Float) {
                double d = ((Number) value).doubleValue();
                // a JSON 1234.0 is 1234; anything with a fraction, or beyond exact doubles, is not an id
                if (Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) <= (1L << 53)) {
                    return OptionalLong.of((long) d);
                }
            }
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    private static String describe(Object value, String field, long min, long max) {
        boolean digits = (value instanceof Number && (wholeNumber(value).isPresent() || value instanceof BigInteger))
                || (value instanceof String s && !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9'));
        if (digits) {
            return "field '" + field + "' is out of range (" + min + ".." + max + "): " + quote(value);
        }
        return "field '" + field + "' is not a positive whole number written in ASCII digits: " + quote(value);
    }
}
