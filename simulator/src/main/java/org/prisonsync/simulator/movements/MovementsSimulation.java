package org.prisonsync.simulator.movements;

import io.javalin.config.RoutesConfig;
import java.util.List;
import org.prisonsync.core.movements.inmemory.InMemoryPrisonMovements;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.SimulatedDomain;
import org.prisonsync.simulator.SimulationContext;
import org.prisonsync.simulator.store.RouteTable;

/** Movements: the Prison API's movements per booking, and the control route that records them. Publishes nothing. */
public final class MovementsSimulation implements SimulatedDomain {
    public static final Plugin PLUGIN = Plugin.of(MovementsSimulation.class, MovementsSimulation::new);

    private final InMemoryPrisonMovements movements = new InMemoryPrisonMovements();
    private final PrisonApiRoutes routes;
    private final RouteTable upstream;

    private MovementsSimulation(SimulationContext context) {
        routes = new PrisonApiRoutes(movements, context.mapper());
        upstream = routes.table();
    }

    @Override
    public String name() {
        return "movements";
    }

    @Override
    public List<String> faultableRoutes() {
        return upstream.faultableRoutes();
    }

    @Override
    public void register(RoutesConfig config, Guard guard) {
        upstream.register(config, guard);
        routes.registerControl(config);
    }

    /** The Prison API's movements per booking, served at {@code GET /api/movements/booking/{bookingId}}. */
    public InMemoryPrisonMovements movements() {
        return movements;
    }
}
