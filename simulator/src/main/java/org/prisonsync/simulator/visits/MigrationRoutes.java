package org.prisonsync.simulator.visits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsDpsApi;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsNomisApi;
import org.prisonsync.core.visits.VisitRoomUsage;
import org.prisonsync.core.visits.VisitsMigrationFilter;
import org.prisonsync.core.visits.VisitsMigrationPage;
import org.prisonsync.core.visits.VisitsMigrationRequest;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.store.RouteTable;
import org.prisonsync.simulator.store.RouteTable.Method;
import org.prisonsync.simulator.store.SpringPage;

/**
 * What a visits migration reads and writes: NOMIS {@code GET /visits/ids} (a Spring page) and
 * {@code GET /visits/rooms/usage-count}, the visit scheduler's {@code POST /migrate-visits}, and the control API's
 * bulk generator ({@code POST /simulator/nomis/visits/generate}).
 */
final class MigrationRoutes {
    /** NOMIS filters on every type when none is given. */
    private static final List<String> ALL_VISIT_TYPES = List.of("SCON", "OFFI");

    private final InMemoryVisitsNomisApi nomis;
    private final InMemoryVisitsDpsApi dps;
    private final VisitGenerator generator;
    private final ObjectMapper mapper;
    private final String defaultPrisonId;

    MigrationRoutes(InMemoryVisitsNomisApi nomis, InMemoryVisitsDpsApi dps, VisitGenerator generator,
                    ObjectMapper mapper, String defaultPrisonId) {
        this.nomis = nomis;
        this.dps = dps;
        this.generator = generator;
        this.mapper = mapper;
        this.defaultPrisonId = defaultPrisonId;
    }

    /** NOMIS's migration reads and the visit scheduler's migrate, in one table with the domain's other routes. */
    RouteTable table() {
        return RouteTable.builder()
                // a hook: NOMIS pages the ids itself (the port answers one page and the total), with Spring's
                // pageable and sort beside the page
                .hook(Method.GET, "/visits/ids", this::visitIds)
                .list("/visits/rooms/usage-count", MigrationRoutes::filter, nomis::roomUsage,
                        usages -> usages.stream().map(MigrationRoutes::roomUsage).toList())
                // a hook: the visit scheduler answers 200 with the new reference as a bare JSON string, 422 when
                // the visit cannot be migrated
                .hook(Method.POST, "/migrate-visits", this::migrateVisit)
                .build();
    }

    private void visitIds(Context ctx) {
        VisitsMigrationFilter filter = filter(ctx);
        int page = atLeast(ctx, "page", 0, 0);
        int size = atLeast(ctx, "size", 10, 1);
        VisitsMigrationPage found = nomis.findVisitIds(filter, page, size);
        Map<String, Object> body = new SpringPage<>(found.visitIds().stream().map(id -> Map.of("visitId", id))
                .toList(), found.totalElements(), page, size).body();
        body.put("pageable", Map.of("pageNumber", page, "pageSize", size, "offset", (long) page * size,
                "paged", true, "unpaged", false, "sort", sort()));
        body.put("sort", sort());
        ctx.json(body);
    }

    private static Map<String, Object> roomUsage(VisitRoomUsage usage) {
        return Map.of("agencyInternalLocationDescription", usage.agencyInternalLocationDescription(),
                "count", usage.count(), "prisonId", usage.prisonId());
    }

    private void migrateVisit(Context ctx) {
        VisitsMigrationRequest request;
        try {
            request = request(JsonBody.parse(ctx.body(), mapper));
        } catch (ApiError e) {
            throw unprocessable(e.getMessage());
        }
        try {
            // a JSON string, written by hand: Javalin sends a String result as it is, unquoted
            ctx.status(200).contentType("application/json").result(mapper.writeValueAsString(
                    dps.migrateVisit(request)));
        } catch (UpstreamRejected e) {
            throw unprocessable(e.getMessage());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a reference as JSON", e);
        }
    }

    void generate(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        long count = body.optionalLong("count").orElse(1000L);
        if (count < 1 || count > 5_000_000) {
            throw ApiError.badRequest("count must be between 1 and 5000000");
        }
        List<String> prisons = new ArrayList<>();
        JsonNode ids = body.node().get("prisonIds");
        if (ids != null && ids.isArray()) {
            ids.forEach(id -> prisons.add(id.asText()));
        }
        if (prisons.isEmpty()) {
            prisons.add(defaultPrisonId);
        }
        ctx.status(201).json(generator.generate((int) count, body.optionalLong("seed").orElse(1L), prisons));
    }

    private static ApiError unprocessable(String message) {
        return new ApiError(422, "Invalid visit: " + message, message, null);
    }

    private VisitsMigrationRequest request(JsonBody body) {
        List<Long> visitors = new ArrayList<>();
        JsonNode list = body.node().get("visitors");
        if (list != null && list.isArray()) {
            list.forEach(v -> visitors.add(v.path("nomisPersonId").asLong()));
        }
        List<VisitsMigrationRequest.Note> notes = new ArrayList<>();
        JsonNode noteList = body.node().get("visitNotes");
        if (noteList != null && noteList.isArray()) {
            noteList.forEach(n -> notes.add(new VisitsMigrationRequest.Note(n.path("type").asText(),
                    n.path("text").asText())));
        }
        JsonNode lead = body.node().path("legacyData").path("leadVisitorId");
        JsonNode contact = body.node().get("visitContact");
        return new VisitsMigrationRequest(body.optionalText("actionedBy").orElse(null),
                body.requiredNonBlank("prisonerId"), body.optionalText("prisonId").orElse(null),
                body.requiredDateTime("startTimestamp"), body.requiredDateTime("endTimestamp"),
                body.requiredText("visitType"), body.requiredText("visitStatus"),
                body.optionalText("outcomeStatus").orElse(null), body.optionalText("visitRoom").orElse(null),
                visitors, lead.isIntegralNumber() ? lead.asLong() : null,
                contact == null || !contact.isObject() ? null : new VisitsMigrationRequest.Contact(
                        contact.path("name").asText(null), contact.path("telephone").asText(null)),
                notes, body.requiredText("visitRestriction"), body.optionalDateTime("createDateTime").orElse(null),
                body.optionalDateTime("modifyDateTime").orElse(null));
    }

    private static Map<String, Object> sort() {
        return Map.of("empty", false, "sorted", true, "unsorted", false);
    }

    /** Lists may come as repeated parameters ({@code prisonIds=MDI&prisonIds=LEI}) or comma-separated. */
    private static List<String> list(Context ctx, String name) {
        List<String> values = new ArrayList<>();
        for (String value : ctx.queryParams(name)) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        }
        return values;
    }

    private static VisitsMigrationFilter filter(Context ctx) {
        List<String> types = list(ctx, "visitTypes");
        try {
            return new VisitsMigrationFilter(list(ctx, "prisonIds"), types.isEmpty() ? ALL_VISIT_TYPES : types,
                    dateTime(ctx, "fromDateTime"), dateTime(ctx, "toDateTime"),
                    Boolean.parseBoolean(ctx.queryParam("ignoreMissingRoom")));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private static LocalDateTime dateTime(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " must be an ISO local date-time, was '" + value + "'");
        }
    }

    private static int atLeast(Context ctx, String name, int fallback, int min) {
        int value = Params.intQuery(ctx, name, fallback);
        if (value < min) {
            throw ApiError.badRequest(name + " must be at least " + min);
        }
        return value;
    }
}
