package org.prisonsync.simulator.activities;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.activities.inmemory.InMemoryActivitiesNomisApi;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.SimulatedDomain;
import org.prisonsync.simulator.SimulationContext;
import org.prisonsync.simulator.store.RouteTable;

/**
 * Activities: the DPS activities API's reads (schedules, activities' pay, scheduled instances, allocations,
 * attendances), publishing its domain events to {@value #TO_NOMIS_QUEUE}, NOMIS's activity endpoints, and the control
 * routes that plant a duplicate program profile or attendance in NOMIS.
 */
public final class ActivitiesSimulation implements SimulatedDomain {
    /** The queue id (prison-sync's) that receives the activities API's domain events. */
    public static final String TO_NOMIS_QUEUE = "tonomisactivities";

    public static final Plugin PLUGIN = Plugin.of(ActivitiesSimulation.class, ActivitiesSimulation::new);

    private final DpsActivities dps;
    private final InMemoryActivitiesNomisApi nomis = new InMemoryActivitiesNomisApi();
    private final RouteTable upstream;
    private final ActivityControlRoutes control;
    private final ReconciliationDifferenceRoutes differences;

    private ActivitiesSimulation(SimulationContext context) {
        dps = new DpsActivities(context.events(), context.clock());
        upstream = RouteTable.of(DpsActivityRoutes.table(dps, context.clock()),
                new NomisActivityRoutes(nomis, context.mapper()).table());
        control = new ActivityControlRoutes(nomis);
        differences = new ReconciliationDifferenceRoutes(() -> this, context.mapper(), context.clock());
    }

    @Override
    public String name() {
        return "activities";
    }

    @Override
    public List<String> faultableRoutes() {
        return upstream.faultableRoutes();
    }

    @Override
    public void register(RoutesConfig routes, Guard guard) {
        upstream.register(routes, guard);
        control.register(routes);
        differences.register(routes);
    }

    @Override
    public Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("dpsActivitySchedules", dps.scheduleCount());
        stats.put("nomisCourseActivities", nomis.courseActivityIds().size());
        return stats;
    }

    public DpsActivities dps() {
        return dps;
    }

    public InMemoryActivitiesNomisApi nomis() {
        return nomis;
    }
}
