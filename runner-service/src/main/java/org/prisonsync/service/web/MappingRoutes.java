package org.prisonsync.service.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;

/**
 * Read-only mapping lookups: {@code /mappings/{entityType}/dps-id/{id}}, {@code …/nomis-id/{id}},
 * {@code …/prisoner/{offenderNo}}, for any entity type. (A domain's own mapping-service paths, such as visits'
 * {@code /mapping/visits/vsipId/{id}}, are operations the domain declares.)
 */
public final class MappingRoutes implements Routes {
    private final MappingStore mappings;

    public MappingRoutes(MappingStore mappings) {
        this.mappings = mappings;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/mappings/{entityType}/dps-id/{id}", ctx ->
                one(ctx, mappings.findByDpsId(ctx.pathParam("entityType"), ctx.pathParam("id"))));
        routes.get("/mappings/{entityType}/nomis-id/{id}", ctx ->
                one(ctx, mappings.findByNomisId(ctx.pathParam("entityType"), ctx.pathParam("id"))));
        routes.get("/mappings/{entityType}/prisoner/{offenderNo}", ctx ->
                ctx.json(mappings.findByPrisoner(ctx.pathParam("entityType"), ctx.pathParam("offenderNo"))));
    }

    private static void one(Context ctx, Optional<Mapping> mapping) {
        if (mapping.isPresent()) {
            ctx.json(mapping.get());
        } else {
            ctx.status(404).json(ErrorResponse.of(404, "Not Found: no mapping"));
        }
    }
}
