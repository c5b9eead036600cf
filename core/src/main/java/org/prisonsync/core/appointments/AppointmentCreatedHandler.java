package org.prisonsync.core.appointments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.CreateRequest;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.TargetWrite;

/**
 * {@code appointments.appointment-instance.created} → read the instance from DPS, create the NOMIS appointment on
 * its booking and map it ({@code APPOINTMENT}, {@code APPOINTMENT_CREATED}) through the shared create flow: the
 * claim lets one consumer write, and a redelivery finds the mapping.
 *
 * <p>NOMIS has no duplicate check. A resumed create (an earlier attempt may have written and lost the answer, seed
 * 000's "timeout, 502 etc.") first looks for the appointment by its natural key (booking, location, start) and
 * adopts one of the same subtype that nobody has mapped. An in-cell appointment has no location to look it up by
 * (NOMIS's lookup needs one), so a copy made then is unmapped and the reconciliation reports it as NOMIS-only, for a
 * person; a copy at a location that escaped the lookup is reported as a NOMIS duplicate and its repair deletes it.
 */
final class AppointmentCreatedHandler implements EventHandler {
    private final AppointmentsDpsApi dps;
    private final AppointmentsNomisApi nomis;
    private final AppointmentLocations locations;
    private final MappingStore mappings;
    private final CreateFlow create;

    AppointmentCreatedHandler(AppointmentsDpsApi dps, AppointmentsNomisApi nomis, AppointmentLocations locations,
                              MappingStore mappings, CreateFlow create) {
        this.dps = dps;
        this.nomis = nomis;
        this.locations = locations;
        this.mappings = mappings;
        this.create = create;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        long id = AppointmentEvents.instanceId(notification.asDomainEvent());
        Map<String, String> props = AppointmentEvents.properties("appointmentInstanceId", id);
        SyncOutcome outcome = create.run(new CreateRequest<>(AppointmentsSync.ENTITY, AppointmentsSync.ENTITY_TYPE,
                Long.toString(id), null, AppointmentsSync.APPOINTMENT_CREATED, props, () -> dps.findInstance(id),
                this::write), context);
        if (outcome instanceof SyncOutcome.Duplicate duplicate) {
            return reportDuplicate(duplicate);
        }
        return outcome;
    }

    private TargetWrite write(AppointmentInstance instance, boolean resumed) {
        NomisAppointmentRequest request = locations.request(instance);
        if (resumed) {
            Optional<Long> found = findUnmapped(nomis, mappings, request);
            if (found.isPresent()) {
                return TargetWrite.found(found.get());
            }
        }
        return TargetWrite.created(nomis.create(request));
    }

    /** A NOMIS appointment of the request's booking, location, start and subtype that nobody has mapped. */
    static Optional<Long> findUnmapped(AppointmentsNomisApi nomis, MappingStore mappings,
                                       NomisAppointmentRequest request) {
        if (request.internalLocationId() == null) {
            return Optional.empty();
        }
        return nomis.findAt(request.bookingId(), request.internalLocationId(),
                        request.eventDate().atTime(request.startTime())).stream()
                .filter(a -> a.subtype().equals(request.eventSubType()))
                .map(NomisAppointment::eventId)
                .filter(eventId -> mappings.findByNomisId(AppointmentsSync.ENTITY_TYPE, Long.toString(eventId))
                        .isEmpty())
                .sorted()
                .findFirst();
    }

    /** One instance mapped to two NOMIS appointments: the unmapped one is the duplicate, to delete (seed 000). */
    private static SyncOutcome reportDuplicate(SyncOutcome.Duplicate duplicate) {
        Mapping extra = duplicate.duplicate();
        Mapping kept = duplicate.existing();
        Map<String, String> props = new LinkedHashMap<>(duplicate.properties());
        props.put("duplicateNomisEventId", extra.nomisId());
        props.put("duplicateAppointmentInstanceId", extra.dpsId());
        props.put("existingNomisEventId", kept.nomisId());
        props.put("existingAppointmentInstanceId", kept.dpsId());
        if (extra.dpsId().equals(kept.dpsId()) && !extra.nomisId().equals(kept.nomisId())) {
            props.put("action", "appointments delete-duplicate " + extra.nomisId() + " (dry run first): DPS instance "
                    + extra.dpsId() + " is mapped to NOMIS appointment " + kept.nomisId());
        }
        return new SyncOutcome.Duplicate(duplicate.event(), props, extra, kept);
    }
}
