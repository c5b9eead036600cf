package org.prisonsync.core.appointments;

import org.prisonsync.core.kit.DomainKit;

/**
 * Registers the appointment handlers and the check an appointment {@code RETRY_CREATE_MAPPING} must pass.
 */
public final class AppointmentsSync {
    public static final String DOMAIN = "appointments";
    /** The telemetry prefix: {@code appointment-create-success}, … as upstream names them. */
    public static final String ENTITY = "appointment";
    /** NOMIS appointment event id ⇄ DPS appointment instance id. */
    public static final String ENTITY_TYPE = "APPOINTMENT";
    public static final String APPOINTMENT_CREATED = "APPOINTMENT_CREATED";

    public static final String CREATED = "appointments.appointment-instance.created";
    public static final String UPDATED = "appointments.appointment-instance.updated";
    public static final String CANCELLED = "appointments.appointment-instance.cancelled";
    public static final String UNCANCELLED = "appointments.appointment-instance.uncancelled";
    public static final String DELETED = "appointments.appointment-instance.deleted";

    private final AppointmentsDpsApi dps;
    private final AppointmentsNomisApi nomis;
    private final AppointmentLocations locations;

    AppointmentsSync(AppointmentsDpsApi dps, AppointmentsNomisApi nomis, AppointmentLocations locations) {
        this.dps = dps;
        this.nomis = nomis;
        this.locations = locations;
    }

    void register(DomainKit kit) {
        var mappings = kit.shared().mappings();
        kit.on(CREATED, new AppointmentCreatedHandler(dps, nomis, locations, mappings, kit.createFlow()))
                .on(UPDATED, new AppointmentUpdatedHandler(dps, nomis, locations, mappings, kit.updateFlow()))
                .on(CANCELLED, new AppointmentCancelHandler(dps, nomis, mappings, true))
                .on(UNCANCELLED, new AppointmentCancelHandler(dps, nomis, mappings, false))
                .on(DELETED, new AppointmentDeletedHandler(nomis, mappings))
                .onMappingRetry(ENTITY, ENTITY_TYPE, APPOINTMENT_CREATED, new AppointmentMappingFacts(dps, nomis));
    }
}
