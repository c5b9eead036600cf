package org.prisonsync.service.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.visits.VisitRoomMapping;
import org.prisonsync.core.visits.VisitsMigration;

/**
 * The visit rooms a visits migration needs: upstream's {@code GET /migrate/visits/rooms/usage} (future visits per
 * NOMIS room, with the DPS room it is mapped to) and the room mappings of a prison, which an operator adds for every
 * room the usage shows unmapped before migrating.
 */
final class VisitRoomRoutes {
    private final VisitsMigration visits;
    private final JsonBodies bodies;

    VisitRoomRoutes(VisitsMigration visits, JsonBodies bodies) {
        this.visits = visits;
        this.bodies = bodies;
    }

    void register(RoutesConfig routes) {
        routes.get("/migrate/visits/rooms/usage", ctx -> ctx.json(visits.roomUsage(MigrationParams.visitsFilter(ctx))));
        routes.get("/migrate/visits/rooms/mappings/{prisonId}", ctx ->
                ctx.json(views(visits.roomMappings().forPrison(ctx.pathParam("prisonId")))));
        routes.post("/migrate/visits/rooms/mappings/{prisonId}", this::create);
        routes.delete("/migrate/visits/rooms/mappings/{prisonId}/{room}", ctx -> {
            if (!visits.roomMappings().delete(ctx.pathParam("prisonId"), ctx.pathParam("room"))) {
                throw new MigrationRoutes.NotFound("No room mapping for prison " + ctx.pathParam("prisonId")
                        + " room " + ctx.pathParam("room"));
            }
            ctx.status(204);
        });
    }

    /** Body {@link RoomMappingRequest}; 201 with the mapping, 409 if that room is mapped. */
    private void create(Context ctx) {
        RoomMappingRequest body = bodies.read(ctx, RoomMappingRequest.class);
        VisitRoomMapping mapping = new VisitRoomMapping(ctx.pathParam("prisonId"), body.nomisRoomDescription(),
                body.vsipId(), body.isOpen());
        if (!visits.roomMappings().create(mapping)) {
            ctx.status(409).json(ErrorResponse.of(409, "Room " + mapping.nomisRoomDescription() + " of prison "
                    + mapping.prisonId() + " is already mapped"));
            return;
        }
        ctx.status(201).json(view(mapping));
    }

    static Map<String, Object> view(VisitRoomMapping mapping) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("prisonId", mapping.prisonId());
        view.put("nomisRoomDescription", mapping.nomisRoomDescription());
        view.put("vsipId", mapping.vsipId());
        view.put("isOpen", mapping.isOpen());
        return view;
    }

    static List<Map<String, Object>> views(List<VisitRoomMapping> mappings) {
        return mappings.stream().map(VisitRoomRoutes::view).toList();
    }
}
