package org.prisonsync.wiring.alerts;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dagger.multibindings.IntoSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.prisonsync.core.alerts.AlertOperations;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.operation.Operation;
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
import org.prisonsync.core.kit.DomainDeclaration;
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

    /** What the domain registers, listed without building it (mapping show, reconciliation runs). */
    @Provides
    @IntoSet
    static DomainDeclaration declaration() {
        return AlertsDomain.DECLARATION;
    }

    /** The alerts operations; the core is built only when one runs, so listing them (--help) builds nothing. */
    @Provides
    @ElementsIntoSet
    static Set<Operation> operations(Lazy<PrisonSyncCore> core) {
        return new LinkedHashSet<>(AlertOperations.all(() -> core.get().domain(AlertsDomain.class),
                () -> core.get().reconciliations()));
    }
}
