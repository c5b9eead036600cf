package org.prisonsync.simulator.visits;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsDpsApi;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsNomisApi;
import org.prisonsync.simulator.Faults;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.SimulatedDomain;
import org.prisonsync.simulator.SimulationContext;
import org.prisonsync.simulator.SimulatorSettings;
import org.prisonsync.simulator.store.RouteTable;

/**
 * Visits: NOMIS's visit endpoints and the DPS visit scheduler (sync and migration paths) over core's in-memory
 * visits, publishing {@code prison-visit.*} to {@value #TO_NOMIS_QUEUE} and {@code VISIT_CANCELLED} to
 * {@value #FROM_NOMIS_QUEUE}, with the demo visit traffic and the migration generator.
 *
 * <p>The upstream routes are one {@link RouteTable} of NOMIS's, the visit scheduler's and the migration's rows.
 * NOMIS's {@code GET /visits/{visitId}} and the visit scheduler's {@code GET /visits/{reference}} share a path
 * here; in production they are different hosts. The table serves both at one path and dispatches on the segment: all
 * digits is a NOMIS visit id (DPS references are letters, {@code ab-cd-ef-gh}). Faults are still keyed by the
 * logical route.
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
    private final RouteTable upstream;
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
        migration = new MigrationRoutes(nomis, dps, generator, context.mapper(), visits.prisonId());
        upstream = RouteTable.of(new NomisRoutes(nomis, context.mapper()).table(),
                new DpsRoutes(dps, context.mapper()).table(), migration.table());
        control = new VisitControlRoutes(visits, nomis, dps, traffic, factory, context.mapper());
    }

    @Override
    public String name() {
        return "visits";
    }

    @Override
    public List<String> faultableRoutes() {
        return upstream.faultableRoutes();
    }

    @Override
    public void register(RoutesConfig routes, Guard guard) {
        upstream.register(routes, guard);

        control.register(routes);
        routes.post("/simulator/nomis/visits/generate", migration::generate);
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
