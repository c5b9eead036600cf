package org.prisonsync.simulator.alerts;

import io.javalin.config.RoutesConfig;
import java.util.List;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsDpsApi;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsNomisApi;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.SimulatedDomain;
import org.prisonsync.simulator.SimulationContext;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;
import org.prisonsync.simulator.store.RouteTable;

/**
 * Alerts: NOMIS's alert endpoints (on the prisoners domain's bookings) and the DPS alerts API, publishing
 * {@code person.alert.*} to {@value #TO_NOMIS_QUEUE} and {@code ALERT-*} plus the prisoner-level domain events to
 * {@value #FROM_NOMIS_QUEUE} (either absent from the settings: that direction is not published), with the demo
 * prisoners' alerts. The upstream routes are one {@link RouteTable} of NOMIS's rows and the alerts API's.
 */
public final class AlertsSimulation implements SimulatedDomain {
    public static final String TO_NOMIS_QUEUE = "alertstonomis";
    public static final String FROM_NOMIS_QUEUE = "alertsfromnomis";

    public static final Plugin PLUGIN = Plugin.of(AlertsSimulation.class, AlertsSimulation::new);

    private final InMemoryAlertsDpsApi dps;
    private final RouteTable upstream;
    private final AlertControlRoutes control;

    private AlertsSimulation(SimulationContext context) {
        PrisonersSimulation prisoners = context.domain(PrisonersSimulation.class);
        InMemoryAlertsNomisApi nomis = prisoners.nomis();
        dps = new InMemoryAlertsDpsApi(context.clock());
        AlertEventPublisher events = new AlertEventPublisher(context.events(), context.clock());
        nomis.onChange(events::onNomisChange);
        dps.onChange(events::onDpsChange);
        prisoners.events().subscribe(FROM_NOMIS_QUEUE);
        if (prisoners.demo()) {
            DemoAlerts.seed(nomis, dps, context.clock());
        }
        upstream = RouteTable.of(new NomisAlertRoutes(nomis, context.mapper()).table(),
                new DpsAlertRoutes(dps, context.mapper()).table());
        control = new AlertControlRoutes(nomis, dps, prisoners.active(), context.mapper());
    }

    @Override
    public String name() {
        return "alerts";
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

    public InMemoryAlertsDpsApi dps() {
        return dps;
    }
}
