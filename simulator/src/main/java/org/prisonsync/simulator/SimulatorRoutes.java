package org.prisonsync.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.prisonsync.core.message.Ids;

/**
 * Declares every route of the simulator on one Javalin instance: NOMIS and DPS (guarded by auth and faults), auth,
 * health and the control API.
 *
 * <p>NOMIS's {@code GET /visits/{visitId}} and the visit scheduler's {@code GET /visits/{reference}} share a path
 * here; in production they are different hosts. One route serves both and dispatches on the segment: all digits is
 * a NOMIS visit id (DPS references are letters, {@code ab-cd-ef-gh}). Faults are still keyed by the logical route.
 */
final class SimulatorRoutes {
    static final List<String> FAULTABLE = Stream.concat(Stream.of(NomisRoutes.CREATE, NomisRoutes.UPDATE,
            NomisRoutes.CANCEL, NomisRoutes.GET, DpsRoutes.GET, DpsRoutes.CANCEL, DpsRoutes.SEARCH,
            DpsRoutes.DELETE_MIGRATED, MigrationRoutes.IDS,
            MigrationRoutes.ROOM_USAGE, MigrationRoutes.MIGRATE, PrisonApiRoutes.MOVEMENTS),
            AlertRoutes.faultable().stream()).toList();

    private final NomisRoutes nomis;
    private final DpsRoutes dps;
    private final MigrationRoutes migration;
    private final AuthRoutes auth;
    private final Guard guard;
    private final ObjectMapper mapper;

    SimulatorRoutes(NomisRoutes nomis, DpsRoutes dps, MigrationRoutes migration, AuthRoutes auth, Guard guard,
                    ObjectMapper mapper) {
        this.nomis = nomis;
        this.dps = dps;
        this.migration = migration;
        this.auth = auth;
        this.guard = guard;
        this.mapper = mapper;
    }

    Javalin create(ControlRoutes control, PrisonApiRoutes prisonApi, AlertRoutes alerts) {
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jsonMapper(new JavalinJackson(mapper, false));

            cfg.routes.post("/prisoners/{offenderNo}/visits", guard.route(NomisRoutes.CREATE, nomis::create));
            cfg.routes.put("/prisoners/{offenderNo}/visits/{visitId}", guard.route(NomisRoutes.UPDATE, nomis::update));
            cfg.routes.put("/prisoners/{offenderNo}/visits/{visitId}/cancel",
                    guard.route(NomisRoutes.CANCEL, nomis::cancel));
            // before /visits/{visitIdOrReference}, which would otherwise take "ids" for a DPS reference
            cfg.routes.get("/visits/ids", guard.route(MigrationRoutes.IDS, migration::visitIds));
            cfg.routes.get("/visits/rooms/usage-count", guard.route(MigrationRoutes.ROOM_USAGE,
                    migration::roomUsage));
            cfg.routes.get("/visits/search", guard.route(DpsRoutes.SEARCH, dps::search));
            cfg.routes.get("/visits/{visitIdOrReference}", this::getVisit);
            cfg.routes.post("/migrate-visits", guard.route(MigrationRoutes.MIGRATE, migration::migrateVisit));
            cfg.routes.put("/migrate-visits/{reference}/cancel", guard.route(DpsRoutes.CANCEL, dps::cancel));
            cfg.routes.delete("/migrate-visits/{reference}", guard.route(DpsRoutes.DELETE_MIGRATED,
                    dps::deleteMigrated));

            cfg.routes.post(AuthRoutes.TOKEN, auth::token);
            cfg.routes.get(AuthRoutes.JWKS, auth::jwks);
            cfg.routes.get("/health/ping", ctx -> ctx.json(Map.of("status", "UP")));

            cfg.routes.post("/simulator/dps/visits", control::bookDpsVisit);
            cfg.routes.get("/simulator/dps/visits", control::listDpsVisits);
            cfg.routes.put("/simulator/dps/visits/{reference}", control::changeDpsVisit);
            cfg.routes.post("/simulator/dps/visits/{reference}/cancel", control::cancelDpsVisit);
            cfg.routes.get("/simulator/nomis/visits", control::listNomisVisits);
            cfg.routes.post("/simulator/nomis/prisoners/{offenderNo}/visits", control::bookNomisVisit);
            cfg.routes.post("/simulator/nomis/visits/{visitId}/cancel", control::cancelNomisVisit);
            cfg.routes.post("/simulator/nomis/visits/generate", migration::generate);
            cfg.routes.get("/simulator/faults", control::getFaults);
            cfg.routes.put("/simulator/faults", control::putFaults);
            cfg.routes.delete("/simulator/faults", control::deleteFaults);
            cfg.routes.get("/simulator/stats", control::stats);
            cfg.routes.post("/simulator/traffic/start", control::startTraffic);
            cfg.routes.post("/simulator/traffic/stop", control::stopTraffic);

            prisonApi.register(cfg.routes, guard);
            alerts.register(cfg.routes, guard);

            cfg.routes.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(e.body()));
            cfg.routes.exception(IllegalArgumentException.class, (e, ctx) ->
                    ctx.status(400).json(ApiError.body(400, "Bad request", e.getMessage(), null)));
        });
    }

    private void getVisit(Context ctx) throws Exception {
        String id = ctx.pathParam("visitIdOrReference");
        OptionalLong nomisVisitId = Ids.parsePositiveLong(id);
        if (nomisVisitId.isPresent()) {
            long visitId = nomisVisitId.getAsLong();
            guard.handle(NomisRoutes.GET, ctx, c -> nomis.get(c, visitId));
        } else {
            guard.handle(DpsRoutes.GET, ctx, c -> dps.get(c, id));
        }
    }
}
