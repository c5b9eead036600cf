package org.prisonsync.core.trail;

import java.time.Instant;
import java.util.Objects;

/**
 * What to find in the trail: each filter given narrows it (all of them must hold); an entity id matches the NOMIS or
 * the DPS id. The answer is the latest {@code limit} entries in the window, oldest first, so a trail reads in order.
 */
public record TrailQuery(String prisoner, Long bookingId, String entityId, String event, Instant from, Instant to,
                         int limit) {
    public static final int MAX_LIMIT = 1000;

    public TrailQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** Whether {@code entry} passes every filter (the in-memory trail's rule, and the SQL's). */
    public boolean matches(TrailEntry entry) {
        return (prisoner == null || prisoner.equals(entry.prisoner()))
                && (bookingId == null || bookingId.equals(entry.bookingId()))
                && (entityId == null || entityId.equals(entry.nomisId()) || entityId.equals(entry.dpsId()))
                && (event == null || event.equals(entry.event()))
                && !entry.at().isBefore(from) && !entry.at().isAfter(to);
    }
}
