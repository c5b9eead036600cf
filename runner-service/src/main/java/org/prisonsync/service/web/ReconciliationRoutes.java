package org.prisonsync.service.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDateTime;
import org.prisonsync.core.movements.HousekeepingReport;
import org.prisonsync.core.movements.MovementHousekeeping;
import org.prisonsync.core.movements.MovementQueries;
import org.prisonsync.core.movements.MovementTimes;

/**
 * Movement reconciliation: upstream's {@code GET /reconciliation/housekeeping?from&to} (answers
 * {@code "Found N non-matching events"}, or the whole report as JSON when asked for), and read-only views of the
 * unmatched pairs (window ends as {@link MovementTimes#instant} reads them; {@code from > to} is a 400) and of one
 * prisoner's pairs.
 */
public final class ReconciliationRoutes implements Routes {
    private final MovementHousekeeping housekeeping;
    private final MovementQueries queries;

    public ReconciliationRoutes(MovementHousekeeping housekeeping, MovementQueries queries) {
        this.housekeeping = housekeeping;
        this.queries = queries;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/reconciliation/housekeeping", this::housekeeping);
        routes.get("/reconciliation/movements/unmatched", ctx -> {
            QueryParams.only(ctx, "from", "to");
            ctx.json(queries.unmatchedBetween(instant(ctx, "from", Instant.EPOCH), instant(ctx, "to", Instant.now())));
        });
        routes.get("/reconciliation/movements/prisoner/{offenderNo}", ctx ->
                ctx.json(queries.ofPrisoner(ctx.pathParam("offenderNo"))));
    }

    private void housekeeping(Context ctx) {
        QueryParams.only(ctx, "from", "to", "dryRun");
        HousekeepingReport report = housekeeping.run(localDateTime(ctx, "from"), localDateTime(ctx, "to"),
                QueryParams.flag(ctx, "dryRun", false));
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("application/json")) {
            ctx.json(report);
        } else {
            ctx.contentType("text/plain").result(report.summary());
        }
    }

    /** Upstream takes local date-times (Europe/London); absent means the default window. */
    private static LocalDateTime localDateTime(Context ctx, String name) {
        String value = ctx.queryParam(name);
        try {
            return value == null || value.isBlank() ? null : LocalDateTime.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a local date-time like 2026-11-24T10:00:00");
        }
    }

    /** Read as the CLI's {@code movements unmatched} reads it ({@link MovementTimes#instant}). */
    private static Instant instant(Context ctx, String name, Instant fallback) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? fallback : MovementTimes.instant(name, value);
    }
}
