package org.prisonsync.simulator.alerts;

import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.List;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsDpsApi;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsNomisApi;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.SimulatedDomain;
import org.prisonsync.simulator.SimulationContext;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;

/**
 * Alerts: NOMIS's alert endpoints (on the prisoners domain's bookings) and the DPS alerts API, publishing
 * {@code person.alert.*} to {@value #TO_NOMIS_QUEUE} and {@code ALERT-*} plus the prisoner-level domain events to
 * {@value #FROM_NOMIS_QUEUE} (either absent from the settings: that direction is not published), with the demo
 * prisoners' alerts.
 */
public final class AlertsSimulation implements SimulatedDomain {
    public static final String TO_NOMIS_QUEUE = "alertstonomis";
    public static final String FROM_NOMIS_QUEUE = "alertsfromnomis";

    public static final Plugin PLUGIN = new Plugin() {
        @Override
        public Class<AlertsSimulation> type() {
            return AlertsSimulation.class;
        }

        @Override
        public SimulatedDomain start(SimulationContext context) {
            return new AlertsSimulation(context);
        }
    };

    private final InMemoryAlertsDpsApi dps;
    private final NomisAlertRoutes nomisRoutes;
    private final DpsAlertRoutes dpsRoutes;
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
        nomisRoutes = new NomisAlertRoutes(nomis, context.mapper());
        dpsRoutes = new DpsAlertRoutes(dps, context.mapper());
        control = new AlertControlRoutes(nomis, dps, prisoners.active(), context.mapper());
    }

    @Override
    public String name() {
        return "alerts";
    }

    @Override
    public List<String> faultableRoutes() {
        List<String> routes = new ArrayList<>(NomisAlertRoutes.FAULTABLE);
        routes.addAll(DpsAlertRoutes.FAULTABLE);
        return List.copyOf(routes);
    }

    @Override
    public void register(RoutesConfig routes, Guard guard) {
        nomisRoutes.register(routes, guard);
        dpsRoutes.register(routes, guard, nomisRoutes);
        control.register(routes);
    }

    public InMemoryAlertsDpsApi dps() {
        return dps;
    }
}
