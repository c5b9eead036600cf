package org.prisonsync.simulator;

import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.List;

/** Every alert route, registered together: NOMIS alerts, DPS alerts, active prisoners and their control API. */
record AlertRoutes(NomisAlertRoutes nomis, DpsAlertRoutes dps, ActivePrisonersRoutes active,
                   AlertControlRoutes control) {

    /** The logical routes a fault can target. */
    static List<String> faultable() {
        List<String> routes = new ArrayList<>(NomisAlertRoutes.FAULTABLE);
        routes.addAll(DpsAlertRoutes.FAULTABLE);
        routes.add(ActivePrisonersRoutes.ACTIVE);
        return List.copyOf(routes);
    }

    void register(RoutesConfig routes, Guard guard) {
        nomis.register(routes, guard);
        dps.register(routes, guard, nomis);
        active.register(routes, guard);
        control.register(routes);
    }
}
