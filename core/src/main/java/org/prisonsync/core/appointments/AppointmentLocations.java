package org.prisonsync.core.appointments;

import java.util.Map;
import org.prisonsync.core.locations.NomisLocations;

/**
 * Where an appointment is in NOMIS, as upstream decides it: nowhere (null) in cell; the NOMIS location the
 * mapping service gives for its DPS location uuid when it has one; else the NOMIS location id DPS still carries.
 * A DPS location the mapping service does not know is the shared rule's ({@link NomisLocations}):
 * {@code appointment-location-unmapped}, and the event retried as not ready, since the location's own sync may not
 * have mapped it yet.
 */
final class AppointmentLocations {
    private final NomisLocations locations;

    AppointmentLocations(NomisLocations locations) {
        this.locations = locations;
    }

    Long nomisLocationOf(AppointmentInstance instance) {
        if (instance.inCell()) {
            return null;
        }
        if (instance.dpsLocationId() != null) {
            return locations.nomisLocationId(instance.dpsLocationId(), "appointment instance " + instance.id(),
                    Map.of("appointmentInstanceId", Long.toString(instance.id())));
        }
        return instance.internalLocationId();
    }

    NomisAppointmentRequest request(AppointmentInstance instance) {
        return NomisAppointmentRequest.from(instance, nomisLocationOf(instance));
    }
}
