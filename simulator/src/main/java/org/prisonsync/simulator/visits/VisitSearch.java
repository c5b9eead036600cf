package org.prisonsync.simulator.visits;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.store.SpringPage;

/**
 * The visit scheduler's {@code GET /visits/search}: visits filtered by prisoner, prison and day range, with the
 * statuses wanted ({@code visitStatus}, required) and a page ({@code page} and {@code size}, required), newest start
 * first, answered as a Spring page of {@code VisitDto}.
 */
record VisitSearch(String prisonerId, String prisonId, LocalDate from, LocalDate to, List<String> statuses,
                   int page, int size) {
    private static final List<String> STATUSES = List.of("BOOKED", "CANCELLED", "CHANGING", "RESERVED");
    private static final int MAX_SIZE = 1000;

    /** The search the request asks for; 400 naming the first parameter that is missing or wrong. */
    static VisitSearch parse(Context ctx) {
        LocalDate from = date(ctx, "visitStartDate");
        LocalDate to = date(ctx, "visitEndDate");
        List<String> statuses = statuses(ctx);
        return new VisitSearch(ctx.queryParam("prisonerId"), ctx.queryParam("prisonId"), from, to, statuses,
                integer(ctx, "page", 0, Integer.MAX_VALUE), integer(ctx, "size", 1, MAX_SIZE));
    }

    /** The page of {@code all} this search finds. */
    SpringPage<DpsVisit> page(List<DpsVisit> all) {
        List<DpsVisit> found = all.stream()
                .filter(v -> prisonerId == null || prisonerId.equals(v.prisonerId()))
                .filter(v -> prisonId == null || prisonId.equals(v.prisonId()))
                .filter(v -> from == null || !v.startTimestamp().toLocalDate().isBefore(from))
                .filter(v -> to == null || !v.endTimestamp().toLocalDate().isAfter(to))
                .filter(v -> statuses.contains(v.visitStatus()))
                .sorted(Comparator.comparing(DpsVisit::startTimestamp).reversed()
                        .thenComparing(DpsVisit::reference))
                .toList();
        return SpringPage.slice(found, page, size);
    }

    private static List<String> statuses(Context ctx) {
        List<String> statuses = new ArrayList<>();
        for (String value : ctx.queryParams("visitStatus")) {
            for (String part : value.split(",")) {
                String status = part.trim();
                if (!STATUSES.contains(status)) {
                    throw ApiError.badRequest("visitStatus must be among " + STATUSES + ", was '" + status + "'");
                }
                statuses.add(status);
            }
        }
        if (statuses.isEmpty()) {
            throw ApiError.badRequest("visitStatus is required");
        }
        return statuses;
    }

    private static LocalDate date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " must be an ISO date, was '" + value + "'");
        }
    }

    private static int integer(Context ctx, String name, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null) {
            throw ApiError.badRequest(name + " is required");
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw ApiError.badRequest(name + " must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be a whole number");
        }
    }
}
