package org.prisonsync.simulator.visits;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsDpsApi;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsNomisApi;
import org.prisonsync.core.message.Ids;
import org.prisonsync.simulator.Faults;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.SimulatedDomain;
import org.prisonsync.simulator.SimulationContext;
import org.prisonsync.simulator.SimulatorSettings;

/**
 * Visits: NOMIS's visit endpoints and the DPS visit scheduler (sync and migration paths) over core's in-memory
 * visits, publishing {@code prison-visit.*} to {@value #TO_NOMIS_QUEUE} and {@code VISIT_CANCELLED} to
 * {@value #FROM_NOMIS_QUEUE}, with the demo visit traffic and the migration generator.
 *
 * <p>NOMIS's {@code GET /visits/{visitId}} and the visit scheduler's {@code GET /visits/{reference}} share a path
 * here; in production they are different hosts. One route serves both and dispatches on the segment: all digits is
 * a NOMIS visit id (DPS references are letters, {@code ab-cd-ef-gh}). Faults are still keyed by the logical route.
 */
public final class VisitsSimulation implements SimulatedDomain {
    /** The queue ids (prison-sync's) that receive DPS visit events and NOMIS visit events. */
    public static final String TO_NOMIS_QUEUE = "tonomisvisits";
    public static final String FROM_NOMIS_QUEUE = "fromnomisvisits";
    /** How many DPS references there are: eight letters ({@code ab-cd-ef-gh}). */
    static final long DPS_REFERENCES = 208_827_064_576L; // 26^8

    public static final Plugin PLUGIN = new Plugin() {
        @Override
        public Class<VisitsSimulation> type() {
            return VisitsSimulation.class;
        }

        @Override
        public List<String> settingNames() {
            return VisitsSettings.NAMES;
        }

        @Override
        public void checkSettings(SimulatorSettings settings) {
            VisitsSettings.of(settings);
        }

        @Override
        public SimulatedDomain start(SimulationContext context) {
            return new VisitsSimulation(context);
        }
    };

    private final InMemoryVisitsNomisApi nomis;
    private final InMemoryVisitsDpsApi dps;
    private final VisitTraffic traffic;
    private final VisitGenerator generator;
    private final NomisRoutes nomisRoutes;
    private final DpsRoutes dpsRoutes;
    private final MigrationRoutes migration;
    private final VisitControlRoutes control;

    private VisitsSimulation(SimulationContext context) {
        SimulatorSettings settings = context.settings();
        VisitsSettings visits = VisitsSettings.of(settings);
        nomis = new InMemoryVisitsNomisApi(context.clock());
        dps = new InMemoryVisitsDpsApi();
        VisitEventPublisher events = new VisitEventPublisher(context.events(), context.clock());
        nomis.onChange(events::onNomisChange);
        dps.onChange(events::onDpsChange);
        if (settings.idBase() > 0) {
            nomis.numberFrom(settings.idBase() + 1);
            dps.startMigrationReferencesAt(new SplittableRandom(settings.idBase()).nextLong(DPS_REFERENCES));
        }
        DpsVisitFactory factory = new DpsVisitFactory(settings, visits, context.clock());
        traffic = new VisitTraffic(dps, nomis, factory, settings.seed());
        generator = new VisitGenerator(nomis, context.clock());
        nomisRoutes = new NomisRoutes(nomis, context.mapper());
        dpsRoutes = new DpsRoutes(dps, context.mapper());
        migration = new MigrationRoutes(nomis, dps, generator, context.mapper(), visits.prisonId());
        control = new VisitControlRoutes(visits, nomis, dps, traffic, factory, context.mapper());
    }

    @Override
    public String name() {
        return "visits";
    }

    @Override
    public List<String> faultableRoutes() {
        return List.of(NomisRoutes.CREATE, NomisRoutes.UPDATE, NomisRoutes.CANCEL, NomisRoutes.GET, DpsRoutes.GET,
                DpsRoutes.CANCEL, DpsRoutes.SEARCH, DpsRoutes.DELETE_MIGRATED, MigrationRoutes.IDS,
                MigrationRoutes.ROOM_USAGE, MigrationRoutes.MIGRATE);
    }

    @Override
    public void register(RoutesConfig routes, Guard guard) {
        routes.post("/prisoners/{offenderNo}/visits", guard.route(NomisRoutes.CREATE, nomisRoutes::create));
        routes.put("/prisoners/{offenderNo}/visits/{visitId}", guard.route(NomisRoutes.UPDATE, nomisRoutes::update));
        routes.put("/prisoners/{offenderNo}/visits/{visitId}/cancel",
                guard.route(NomisRoutes.CANCEL, nomisRoutes::cancel));
        // before /visits/{visitIdOrReference}, which would otherwise take "ids" for a DPS reference
        routes.get("/visits/ids", guard.route(MigrationRoutes.IDS, migration::visitIds));
        routes.get("/visits/rooms/usage-count", guard.route(MigrationRoutes.ROOM_USAGE, migration::roomUsage));
        routes.get("/visits/search", guard.route(DpsRoutes.SEARCH, dpsRoutes::search));
        routes.get("/visits/{visitIdOrReference}", ctx -> getVisit(ctx, guard));
        routes.post("/migrate-visits", guard.route(MigrationRoutes.MIGRATE, migration::migrateVisit));
        routes.put("/migrate-visits/{reference}/cancel", guard.route(DpsRoutes.CANCEL, dpsRoutes::cancel));
        routes.delete("/migrate-visits/{reference}", guard.route(DpsRoutes.DELETE_MIGRATED,
                dpsRoutes::deleteMigrated));

        routes.post("/simulator/dps/visits", control::bookDpsVisit);
        routes.get("/simulator/dps/visits", control::listDpsVisits);
        routes.put("/simulator/dps/visits/{reference}", control::changeDpsVisit);
        routes.post("/simulator/dps/visits/{reference}/cancel", control::cancelDpsVisit);
        routes.get("/simulator/nomis/visits", control::listNomisVisits);
        routes.post("/simulator/nomis/prisoners/{offenderNo}/visits", control::bookNomisVisit);
        routes.post("/simulator/nomis/visits/{visitId}/cancel", control::cancelNomisVisit);
        routes.post("/simulator/nomis/visits/generate", migration::generate);
        routes.post("/simulator/traffic/start", control::startTraffic);
        routes.post("/simulator/traffic/stop", control::stopTraffic);
    }

    private void getVisit(Context ctx, Guard guard) throws Exception {
        String id = ctx.pathParam("visitIdOrReference");
        OptionalLong nomisVisitId = Ids.parsePositiveLong(id);
        if (nomisVisitId.isPresent()) {
            long visitId = nomisVisitId.getAsLong();
            guard.handle(NomisRoutes.GET, ctx, c -> nomisRoutes.get(c, visitId));
        } else {
            guard.handle(DpsRoutes.GET, ctx, c -> dpsRoutes.get(c, id));
        }
    }

    @Override
    public Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("nomisVisits", nomis.size());
        stats.put("dpsVisits", dps.all().size());
        stats.put("trafficRunning", traffic.running());
        return stats;
    }

    @Override
    public void close() {
        traffic.stop();
    }

    public InMemoryVisitsNomisApi nomis() {
        return nomis;
    }

    public InMemoryVisitsDpsApi dps() {
        return dps;
    }

    /** The demo stream of visit traffic ({@code /simulator/traffic/start}). */
    public VisitTraffic traffic() {
        return traffic;
    }

    /**
     * Seeds {@code count} NOMIS visits for a migration run, deterministically from {@code seed} (see
     * {@link VisitGenerator}); also {@code POST /simulator/nomis/visits/generate}.
     */
    public VisitGenerator.Generated generate(int count, long seed, List<String> prisonIds) {
        return generator.generate(count, seed, prisonIds);
    }
}
