package org.prisonsync.simulator.visits;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.simulator.ApiError;

/**
 * The visit scheduler's {@code GET /visits/search}: visits filtered by prisoner, prison and day range, with the
 * statuses wanted ({@code visitStatus}, required) and a page ({@code page} and {@code size}, required), newest start
 * first, answered as a Spring page of {@code VisitDto}.
 */
final class VisitSearch {
    private static final List<String> STATUSES = List.of("BOOKED", "CANCELLED", "CHANGING", "RESERVED");
    private static final int MAX_SIZE = 1000;

    private VisitSearch() {
    }

    static Map<String, Object> page(Context ctx, List<DpsVisit> all) {
        String prisonerId = ctx.queryParam("prisonerId");
        String prisonId = ctx.queryParam("prisonId");
        LocalDate from = date(ctx, "visitStartDate");
        LocalDate to = date(ctx, "visitEndDate");
        List<String> statuses = statuses(ctx);
        int page = integer(ctx, "page", 0, Integer.MAX_VALUE);
        int size = integer(ctx, "size", 1, MAX_SIZE);
        List<DpsVisit> found = all.stream()
                .filter(v -> prisonerId == null || prisonerId.equals(v.prisonerId()))
                .filter(v -> prisonId == null || prisonId.equals(v.prisonId()))
                .filter(v -> from == null || !v.startTimestamp().toLocalDate().isBefore(from))
                .filter(v -> to == null || !v.endTimestamp().toLocalDate().isAfter(to))
                .filter(v -> statuses.contains(v.visitStatus()))
                .sorted(Comparator.comparing(DpsVisit::startTimestamp).reversed()
                        .thenComparing(DpsVisit::reference))
                .toList();
        long offset = (long) page * size;
        List<Map<String, Object>> content = found.stream().skip(offset).limit(size).map(DpsWire::visit).toList();
        int totalPages = (found.size() + size - 1) / size;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", content);
        body.put("totalElements", found.size());
        body.put("totalPages", totalPages);
        body.put("number", page);
        body.put("size", size);
        body.put("numberOfElements", content.size());
        body.put("first", page == 0);
        body.put("last", page >= totalPages - 1);
        body.put("empty", content.isEmpty());
        return body;
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
