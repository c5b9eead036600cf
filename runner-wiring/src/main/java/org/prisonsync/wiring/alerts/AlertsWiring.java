package org.prisonsync.wiring.alerts;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import org.prisonsync.http.alerts.AlertsHttp;
import org.prisonsync.http.prisoners.PrisonersHttp;
import org.prisonsync.jdbc.alerts.AlertsJdbc;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.core.alerts.AlertDuplicates;
import org.prisonsync.core.alerts.AlertPorts;
import org.prisonsync.core.alerts.AlertsDomain;
import org.prisonsync.core.alerts.AlertsDpsApi;
import org.prisonsync.core.alerts.AlertsNomisApi;
import org.prisonsync.core.alerts.PrisonerMappings;
import org.prisonsync.core.kit.SyncDomain;

/** Alerts, built from its HTTP and JDBC adapters (the modules it includes). */
@Module(includes = {AlertsHttp.class, PrisonersHttp.class, AlertsJdbc.class})
public final class AlertsWiring {
    private AlertsWiring() {
    }

    @Provides
    @IntoSet
    static SyncDomain alerts(AlertsNomisApi nomis, AlertsDpsApi dps, PrisonerMappings prisonerMappings,
                             AlertDuplicates duplicates, ActivePrisoners activePrisoners) {
        return new AlertsDomain(new AlertPorts(nomis, dps, prisonerMappings, duplicates, activePrisoners));
    }
}
