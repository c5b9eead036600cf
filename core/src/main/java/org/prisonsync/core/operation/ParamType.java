package org.prisonsync.core.operation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The types a parameter can have, each read from text (a path segment, a query value, a CLI argument) strictly:
 * numbers are ASCII digits with an optional leading minus (no {@code +}, spaces, underscores or other scripts'
 * digits, which {@link Long#parseLong} would take), booleans are exactly {@code true} or {@code false}.
 */
public enum ParamType {
    STRING("text"),
    /** A NOMIS prisoner number (offenderNo), e.g. {@code A1234BC}. */
    PRISONER_NUMBER("a prisoner number like A1234BC"),
    LONG("a whole number"),
    INTEGER("a whole number"),
    BOOLEAN("true or false"),
    /** An ISO local date, {@code 2026-11-24}. */
    DATE("a date like 2026-11-24"),
    /** An ISO local date-time, {@code 2026-11-24T10:00:00}; upstream's times are Europe/London local times. */
    DATE_TIME("a local date-time like 2026-11-24T10:00:00"),
    /**
     * A moment an operator types: an ISO date (midnight) or date-time, local to Europe/London (the prisons' zone,
     * upstream's) unless it carries an offset; read as an {@link Instant}.
     */
    INSTANT("an ISO date or date-time, local to Europe/London unless it has an offset: 2026-11-24, "
            + "2026-11-24T10:00:00 or 2026-11-24T10:00:00Z"),
    /**
     * Words separated by commas ({@code MDI,LEI}); over HTTP the query parameter may also be repeated, and on the
     * command line the option. Read as a list with blanks left out.
     */
    LIST("a comma-separated list like MDI,LEI"),
    /** A length of time back from now: a whole number and a unit, s, m, h or d; read as a {@link Duration}. */
    DURATION("a duration like 30m, 2h or 7d");

    /** The zone a local {@link #INSTANT} is read in. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final Pattern DIGITS = Pattern.compile("-?[0-9]{1,19}");
    private static final Pattern PRISONER = Pattern.compile("[A-Z][0-9]{4}[A-Z]{2}");
    private static final Pattern DURATION_TEXT = Pattern.compile("([0-9]{1,6})([smhd])");

    private final String expected;

    ParamType(String expected) {
        this.expected = expected;
    }

    /** What a value of this type looks like, for messages and help. */
    public String expected() {
        return expected;
    }

    /** Reads {@code text} as this type, or throws naming {@code name}. */
    Object parse(String name, String text) {
        return switch (this) {
            case STRING -> text;
            case PRISONER_NUMBER -> {
                if (!PRISONER.matcher(text).matches()) {
                    throw refuse(name, text);
                }
                yield text;
            }
            case LONG -> whole(name, text, Long.MIN_VALUE, Long.MAX_VALUE);
            case INTEGER -> Math.toIntExact(whole(name, text, Integer.MIN_VALUE, Integer.MAX_VALUE));
            case BOOLEAN -> switch (text) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw refuse(name, text);
            };
            case DATE -> {
                try {
                    yield LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw refuse(name, text);
                }
            }
            case INSTANT -> instant(name, text);
            case LIST -> Arrays.stream(text.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
            case DATE_TIME -> {
                try {
                    yield LocalDateTime.parse(text);
                } catch (DateTimeParseException e) {
                    throw refuse(name, text);
                }
            }
            case DURATION -> duration(name, text);
        };
    }

    /** The Java type a JSON body field of this type arrives as, before its text form is checked. */
    boolean isNumber() {
        return this == LONG || this == INTEGER;
    }

    private Instant instant(String name, String text) {
        try {
            if (text.indexOf('T') < 0) {
                return LocalDate.parse(text).atStartOfDay(LONDON).toInstant();
            }
            String clock = text.substring(text.indexOf('T'));
            boolean offset = clock.endsWith("Z") || clock.indexOf('+') > 0 || clock.indexOf('-') > 0;
            return offset ? OffsetDateTime.parse(text).toInstant() : LocalDateTime.parse(text).atZone(LONDON).toInstant();
        } catch (DateTimeParseException e) {
            throw refuse(name, text);
        }
    }

    private Duration duration(String name, String text) {
        var m = DURATION_TEXT.matcher(text);
        if (!m.matches()) {
            throw refuse(name, text);
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    private long whole(String name, String text, long min, long max) {
        if (!DIGITS.matcher(text).matches()) {
            throw refuse(name, text);
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " must be " + expected + " that fits in 64 bits");
        }
        if (value < min || value > max) {
            throw new InvalidParameterException(name, name + " must be between " + min + " and " + max);
        }
        return value;
    }

    private InvalidParameterException refuse(String name, String text) {
        return new InvalidParameterException(name, name + " must be " + expected + ", not '" + shown(text) + "'");
    }

    /** The refused value as the message repeats it: short, and printable ASCII only (no control characters). */
    static String shown(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        StringBuilder safe = new StringBuilder();
        cut.codePoints().forEach(c -> safe.appendCodePoint(c >= 0x20 && c < 0x7f || c == '…' ? c : '?'));
        return safe.toString();
    }
}
