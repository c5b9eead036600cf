package org.prisonsync.service.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.prisonsync.core.visits.VisitsMigrationFilter;

/** Reads the {@code /migrate} query parameters: lists repeated or comma-separated, local date-times as upstream. */
final class MigrationParams {
    /** Upstream's date-time parameters are local to the prisons' zone. */
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private MigrationParams() {
    }

    /** {@code ?prisonIds=MDI&prisonIds=LEI} and {@code ?prisonIds=MDI,LEI} alike. */
    static List<String> list(Context ctx, String name) {
        return ctx.queryParams(name).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    static LocalDateTime localDateTime(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a local date-time like 2026-11-24T10:00:00");
        }
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

    /** The filter of {@code GET /migrate/visits/rooms/usage}; a misspelt parameter is refused, not ignored. */
    static VisitsMigrationFilter visitsFilter(Context ctx) {
        QueryParams.only(ctx, "prisonIds", "visitTypes", "fromDateTime", "toDateTime");
        return new VisitsMigrationFilter(list(ctx, "prisonIds"), list(ctx, "visitTypes"),
                localDateTime(ctx, "fromDateTime"), localDateTime(ctx, "toDateTime"), false);
    }
}
