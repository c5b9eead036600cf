package org.prisonsync.core.appointments;

import java.util.Optional;
import org.prisonsync.core.locations.LocationMappings;
import org.prisonsync.core.UpstreamRejected;

/**
 * Where an appointment is in NOMIS, as upstream decides it: nowhere (null) in cell; the NOMIS location the
 * mapping service gives for its DPS location uuid when it has one; else the NOMIS location id DPS still carries.
 * A DPS location the mapping service does not know is refused ({@link UpstreamRejected} 404, so the event is
 * retried: the location's own sync may not have mapped it yet).
 */
final class AppointmentLocations {
    private final LocationMappings mappings;

    AppointmentLocations(LocationMappings mappings) {
        this.mappings = mappings;
    }

    Long nomisLocationOf(AppointmentInstance instance) {
        if (instance.inCell()) {
            return null;
        }
        if (instance.dpsLocationId() != null) {
            Optional<Long> nomis = mappings.nomisLocationId(instance.dpsLocationId());
            return nomis.orElseThrow(() -> new UpstreamRejected(404, "DPS location " + instance.dpsLocationId()
                    + " of appointment instance " + instance.id() + " has no NOMIS location mapping"));
        }
        return instance.internalLocationId();
    }

    NomisAppointmentRequest request(AppointmentInstance instance) {
        return NomisAppointmentRequest.from(instance, nomisLocationOf(instance));
    }
}
