package org.prisonsync.simulator.incentives;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.SimulatedDomain;
import org.prisonsync.simulator.SimulationContext;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;
import org.prisonsync.simulator.store.IdSequence;
import org.prisonsync.simulator.store.RouteTable;

/**
 * Incentives: the DPS incentives API (reviews, global and prison levels) and NOMIS's incentive endpoints (IEPs on the
 * prisoners domain's bookings, level reference data), publishing the incentives API's domain events to
 * {@value #TO_NOMIS_QUEUE}, with the reconciliation generator. Both systems start with the same levels: Basic,
 * Standard, Enhanced, Enhanced 2 and 3 active, Entry inactive, and Basic/Standard/Enhanced in each generator prison.
 */
public final class IncentivesSimulation implements SimulatedDomain {
    /** The queue id (prison-sync's) that receives the incentives API's domain events. */
    public static final String TO_NOMIS_QUEUE = "tonomisincentives";

    public static final Plugin PLUGIN = Plugin.of(IncentivesSimulation.class, IncentivesSimulation::new);

    private static final List<IncentiveLevel> STARTING_LEVELS = List.of(
            new IncentiveLevel("BAS", "Basic", true, true),
            new IncentiveLevel("STD", "Standard", true, true),
            new IncentiveLevel("ENH", "Enhanced", true, true),
            new IncentiveLevel("EN2", "Enhanced 2", true, false),
            new IncentiveLevel("EN3", "Enhanced 3", true, false),
            new IncentiveLevel("ENT", "Entry", false, false));

    private final DpsIncentives dps;
    private final NomisIncentives nomis;
    private final IncentiveGenerator generator;
    private final RouteTable upstream;
    private final IncentiveControlRoutes control;

    private IncentivesSimulation(SimulationContext context) {
        PrisonersSimulation prisoners = context.domain(PrisonersSimulation.class);
        dps = new DpsIncentives(new IncentiveEvents(context.events(), context.clock()),
                IdSequence.from(context.settings()));
        nomis = new NomisIncentives(context.clock());
        for (IncentiveLevel level : STARTING_LEVELS) {
            dps.seedLevel(level);
            nomis.createCode(level.code(), level.name(), level.active());
        }
        for (String prison : IncentiveGenerator.PRISONS) {
            for (String code : List.of("BAS", "STD", "ENH")) {
                PrisonLevel level = new PrisonLevel(prison, code, true, "STD".equals(code), 2, 1, 5500, 550, 1800,
                        180);
                dps.seedPrisonLevel(level);
                nomis.putPrisonLevel(level);
            }
        }
        generator = new IncentiveGenerator(prisoners, dps, nomis, context.clock());
        upstream = RouteTable.of(DpsIncentiveRoutes.table(dps, context.clock()),
                new NomisIncentiveRoutes(nomis, prisoners, context.mapper()).table());
        control = new IncentiveControlRoutes(dps, nomis, prisoners, generator, context.mapper(), context.clock());
    }

    @Override
    public String name() {
        return "incentives";
    }

    @Override
    public List<String> faultableRoutes() {
        return upstream.faultableRoutes();
    }

    @Override
    public void register(RoutesConfig routes, Guard guard) {
        upstream.register(routes, guard);
        control.register(routes);
    }

    @Override
    public Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("dpsIncentiveReviews", dps.reviewCount());
        stats.put("nomisBookingsWithIeps", nomis.bookingsWithIeps());
        return stats;
    }

    public DpsIncentives dps() {
        return dps;
    }

    public NomisIncentives nomis() {
        return nomis;
    }

    /**
     * Seeds {@code count} active prisoners with matching incentives and {@code mismatches} planted out of step,
     * deterministically from {@code seed} (see {@link IncentiveGenerator}); also
     * {@code POST /simulator/incentives/generate}.
     */
    public IncentiveGenerator.Generated generate(int count, long seed, int mismatches) {
        return generator.generate(count, seed, mismatches);
    }
}
