package org.prisonsync.service.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads the {@code /migrate} query parameters: date-times local to the prisons' zone, as upstream, or instants. */
final class MigrationParams {
    /** Upstream's date-time parameters are local to the prisons' zone. */
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private MigrationParams() {
    }

    /** A local date-time (Europe/London) or an instant ({@code …Z}); null when absent. */
    static Instant instant(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.trim().endsWith("Z") ? Instant.parse(value.trim())
                    : LocalDateTime.parse(value.trim()).atZone(LONDON).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date-time like 2026-11-24T10:00:00");
        }
    }
}
