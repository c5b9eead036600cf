package org.prisonsync.core.trail;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to find in the trail: each filter given narrows it (all of them must hold); an entity id matches the NOMIS or
 * the DPS id; the event is one name or a pattern where {@code *} stands for any run of characters
 * ({@code *duplicate*}: every duplicate met, in any domain). The answer is the latest {@code limit} entries in the
 * window, oldest first, so a trail reads in order.
 */
public record TrailQuery(String prisoner, Long bookingId, String entityId, String event, Instant from, Instant to,
                         int limit) {
    public static final int MAX_LIMIT = 1000;
    /** Event names are ASCII words joined by hyphens (dots in a few upstream names); {@code *} is the wildcard. */
    private static final Pattern EVENT = Pattern.compile("[A-Za-z0-9._*-]+");

    public TrailQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        if (event != null && !validEvent(event)) {
            throw new IllegalArgumentException("event must be an event name or a pattern like *duplicate*, made of "
                    + "letters, digits, '.', '-', '_' and '*'");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** Whether {@code event} is a name or a pattern the trail can look for (a lone {@code *} filters nothing). */
    public static boolean validEvent(String event) {
        return EVENT.matcher(event).matches() && !event.chars().allMatch(c -> c == '*');
    }

    /** Whether the event filter has a wildcard (a store then matches with LIKE, {@link #eventLike()}). */
    public boolean eventIsPattern() {
        return event != null && event.indexOf('*') >= 0;
    }

    /** What {@link #eventLike()} escapes with: not a backslash, which SQL statement parsers each treat their way. */
    public static final char LIKE_ESCAPE = '!';

    /** The event filter as a SQL LIKE pattern escaped with {@link #LIKE_ESCAPE}: {@code _} literal, {@code *} %. */
    public String eventLike() {
        return event.replace("!", "!!").replace("%", "!%").replace("_", "!_").replace('*', '%');
    }

    private Pattern eventRegex() {
        return Pattern.compile(java.util.Arrays.stream(event.split("\\*", -1)).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining(".*")));
    }

    /** Whether {@code entry} passes every filter (the in-memory trail's rule, and the SQL's). */
    public boolean matches(TrailEntry entry) {
        return (prisoner == null || prisoner.equals(entry.prisoner()))
                && (bookingId == null || bookingId.equals(entry.bookingId()))
                && (entityId == null || entityId.equals(entry.nomisId()) || entityId.equals(entry.dpsId()))
                && (event == null || (eventIsPattern() ? eventRegex().matcher(entry.event()).matches()
                        : event.equals(entry.event())))
                && !entry.at().isBefore(from) && !entry.at().isAfter(to);
    }
}
