package org.prisonsync.simulator.locations;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.locations.inmemory.InMemoryLocationMappings;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.SimulatedDomain;
import org.prisonsync.simulator.SimulationContext;
import org.prisonsync.simulator.store.RouteTable;

/**
 * The NOMIS mapping service's location mappings, shared by every domain whose DPS records name a DPS location
 * (appointments, activities, adjudications): {@code GET /mapping/locations/dps/{dpsLocationId}} over core's
 * in-memory twin, and a control route to map or unmap a location (in {@code simulator-control.yaml}), so a test can
 * leave a location unmapped and map it later, as the locations sync would. Started before the domains that seed
 * mapped locations of their own.
 */
public final class LocationsSimulation implements SimulatedDomain {
    public static final Plugin PLUGIN = Plugin.of(LocationsSimulation.class, LocationsSimulation::new);

    private final InMemoryLocationMappings mappings = new InMemoryLocationMappings();
    private final RouteTable upstream;
    private final ObjectMapper mapper;

    private LocationsSimulation(SimulationContext context) {
        mapper = context.mapper();
        upstream = RouteTable.builder()
                .find("/mapping/locations/dps/{dpsLocationId}", LocationsSimulation::dpsLocationId,
                        id -> mappings.nomisLocationId(id).map(nomis -> wire(id, nomis)), wire -> wire,
                        id -> "No location mapping for DPS location " + id)
                .build();
    }

    @Override
    public String name() {
        return "locations";
    }

    @Override
    public List<String> faultableRoutes() {
        return upstream.faultableRoutes();
    }

    @Override
    public void register(RoutesConfig routes, Guard guard) {
        upstream.register(routes, guard);
        routes.put("/simulator/mapping/locations/dps/{dpsLocationId}", this::map);
        routes.delete("/simulator/mapping/locations/dps/{dpsLocationId}", ctx -> {
            mappings.unmap(dpsLocationId(ctx));
            ctx.status(204);
        });
    }

    /** The mapping service's location mappings; a domain maps the locations it seeds here. */
    public InMemoryLocationMappings mappings() {
        return mappings;
    }

    /** {@code {"nomisLocationId": N}}: maps the DPS location to NOMIS location N (replacing any mapping). */
    private void map(Context ctx) {
        String id = dpsLocationId(ctx);
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("nomisLocationId");
        long nomis = body.optionalLong("nomisLocationId")
                .orElseThrow(() -> ApiError.badRequest("nomisLocationId is required"));
        if (nomis < 1) {
            throw ApiError.badRequest("nomisLocationId must be positive: " + nomis);
        }
        mappings.map(id, nomis);
        ctx.status(204);
    }

    private static String dpsLocationId(Context ctx) {
        String id = ctx.pathParam("dpsLocationId");
        if (!id.matches("[0-9a-fA-F-]{1,64}")) {
            throw ApiError.badRequest("dpsLocationId is not a uuid: " + id);
        }
        return id;
    }

    /** The mapping service's {@code LocationMappingDto}. */
    private static Map<String, Object> wire(String dpsLocationId, long nomisLocationId) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("dpsLocationId", dpsLocationId);
        wire.put("nomisLocationId", nomisLocationId);
        wire.put("mappingType", "LOCATION_CREATED");
        return wire;
    }
}
