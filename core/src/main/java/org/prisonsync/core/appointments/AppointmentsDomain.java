package org.prisonsync.core.appointments;

import java.util.List;
import org.prisonsync.core.kit.Direction;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.locations.LocationMappings;
import org.prisonsync.core.locations.NomisLocations;

/**
 * Appointments as a plug-in, to NOMIS only: DPS appointment instances become NOMIS appointments (mapped instance id ⇄
 * event id) and follow their updates, cancellations, reinstatements and deletions; the nightly per-prison
 * reconciliation (yesterday to 28 days ahead unless a run says otherwise) with its exclusion lists in the database;
 * repairs that delete a NOMIS duplicate and re-synchronise one instance.
 */
public final class AppointmentsDomain implements SyncDomain {
    public static final QueueSpec TO_NOMIS = QueueSpec.of("tonomisappointments", "prison-sync-to-nomis-appointments",
            Direction.TO_NOMIS);

    private final AppointmentsNomisApi nomis;
    private final AppointmentsDpsApi dps;
    private final LocationMappings locationMappings;
    private final AppointmentsReconciliationSettings reconciliationSettings;
    private AppointmentRepairs repairs;

    public AppointmentsDomain(AppointmentsNomisApi nomis, AppointmentsDpsApi dps, LocationMappings locationMappings,
                              AppointmentsReconciliationSettings reconciliationSettings) {
        this.nomis = nomis;
        this.dps = dps;
        this.locationMappings = locationMappings;
        this.reconciliationSettings = reconciliationSettings;
    }

    /**
     * What this domain registers (mapped entity types, reconciliations), readable without building it: the CLI
     * lists them from here, and the kit refuses a registration it does not name.
     */
    public static final DomainDeclaration DECLARATION = DomainDeclaration.of(AppointmentsSync.DOMAIN)
            .maps(AppointmentsSync.ENTITY_TYPE).reconciles(AppointmentsReconciliation.NAME);

    @Override
    public DomainDeclaration declaration() {
        return DECLARATION;
    }

    @Override
    public String name() {
        return AppointmentsSync.DOMAIN;
    }

    @Override
    public List<QueueSpec> queues() {
        return List.of(TO_NOMIS);
    }

    @Override
    public void install(DomainKit kit) {
        SharedPorts shared = kit.shared();
        AppointmentLocations locations = new AppointmentLocations(
                new NomisLocations(locationMappings, shared.telemetry(), "appointment"));
        new AppointmentsSync(dps, nomis, locations).register(kit);
        repairs = new AppointmentRepairs(dps, nomis, locations, shared.mappings(), shared.claims(),
                shared.telemetry(), shared.clock(), kit.settings().claimLease());
        kit.reconciliation(new AppointmentsReconciliation(nomis, dps, shared.mappings(), locations, repairs,
                reconciliationSettings));
    }

    /** Delete a NOMIS duplicate, re-synchronise one instance (dry run first). */
    public AppointmentRepairs repairs() {
        if (repairs == null) {
            throw new IllegalStateException("the appointments domain is not installed in a core yet");
        }
        return repairs;
    }
}
