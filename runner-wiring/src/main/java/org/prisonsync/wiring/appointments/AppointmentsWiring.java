package org.prisonsync.wiring.appointments;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dagger.multibindings.IntoSet;
import java.util.Set;
import org.prisonsync.core.appointments.AppointmentOperations;
import org.prisonsync.core.appointments.AppointmentsDomain;
import org.prisonsync.core.appointments.AppointmentsDpsApi;
import org.prisonsync.core.appointments.AppointmentsNomisApi;
import org.prisonsync.core.appointments.AppointmentsReconciliationSettings;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.locations.LocationMappings;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.http.appointments.AppointmentsHttp;
import org.prisonsync.http.locations.LocationsHttp;
import org.prisonsync.wiring.Env;
import org.prisonsync.wiring.PrisonSyncConfig;

/**
 * Appointments, built from its HTTP adapters (NOMIS, the DPS activities API at {@code ACTIVITIES_API_URL}, the
 * shared location mappings of the mapping service at {@code MAPPING_API_URL}).
 */
@Module(includes = {AppointmentsHttp.class, LocationsHttp.class})
public final class AppointmentsWiring {
    private AppointmentsWiring() {
    }

    @Provides
    @IntoSet
    static SyncDomain appointments(AppointmentsNomisApi nomis, AppointmentsDpsApi dps, LocationMappings locations,
                                   PrisonSyncConfig config) {
        return new AppointmentsDomain(nomis, dps, locations, settings(config));
    }

    /** What the domain registers, listed without building it (mapping show, reconciliation runs). */
    @Provides
    @IntoSet
    static DomainDeclaration declaration() {
        return AppointmentsDomain.DECLARATION;
    }

    @Provides
    @ElementsIntoSet
    static Set<Operation> operations(Lazy<PrisonSyncCore> core) {
        return Set.copyOf(AppointmentOperations.all(() -> core.get().domain(AppointmentsDomain.class)));
    }

    /**
     * {@code APPOINTMENTS_RECONCILIATION_DAYS_BEFORE} (1), {@code APPOINTMENTS_RECONCILIATION_DAYS_AHEAD} (28) and
     * {@code APPOINTMENTS_RECONCILIATION_MAX_IN_FLIGHT} (8).
     */
    static AppointmentsReconciliationSettings settings(PrisonSyncConfig config) {
        Env env = config.variables();
        AppointmentsReconciliationSettings d = AppointmentsReconciliationSettings.DEFAULTS;
        return new AppointmentsReconciliationSettings(
                env.integer("APPOINTMENTS_RECONCILIATION_DAYS_BEFORE", d.daysBefore()),
                env.integer("APPOINTMENTS_RECONCILIATION_DAYS_AHEAD", d.daysAhead()),
                env.integer("APPOINTMENTS_RECONCILIATION_MAX_IN_FLIGHT", d.maxInFlight()));
    }
}
