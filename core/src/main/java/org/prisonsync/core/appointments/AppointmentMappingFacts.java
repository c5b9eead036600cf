package org.prisonsync.core.appointments;

import java.util.Optional;
import java.util.OptionalLong;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.sync.MappingCheck;
import org.prisonsync.core.sync.MappingFacts;

/**
 * What an appointment mapping retry asserts: DPS instance {@code dpsId} and NOMIS appointment {@code nomisId} both
 * exist, on the same booking. The create claimed the instance id.
 */
final class AppointmentMappingFacts implements MappingFacts {
    private final AppointmentsDpsApi dps;
    private final AppointmentsNomisApi nomis;

    AppointmentMappingFacts(AppointmentsDpsApi dps, AppointmentsNomisApi nomis) {
        this.dps = dps;
        this.nomis = nomis;
    }

    @Override
    public ClaimKey claimOf(Mapping mapping) {
        return new ClaimKey(AppointmentsSync.ENTITY_TYPE, mapping.dpsId());
    }

    @Override
    public MappingCheck check(Mapping mapping) {
        OptionalLong eventId = Ids.parsePositiveLong(mapping.nomisId());
        if (eventId.isEmpty()) {
            return MappingCheck.refuted("'" + Ids.quote(mapping.nomisId()) + "' is not a NOMIS appointment event id");
        }
        OptionalLong instanceId = Ids.parsePositiveLong(mapping.dpsId());
        if (instanceId.isEmpty()) {
            return MappingCheck.refuted("'" + Ids.quote(mapping.dpsId()) + "' is not a DPS appointment instance id");
        }
        Optional<AppointmentInstance> instance = dps.findInstance(instanceId.getAsLong());
        if (instance.isEmpty()) {
            return MappingCheck.refuted("DPS appointment instance " + mapping.dpsId() + " does not exist");
        }
        Optional<NomisAppointment> appointment = nomis.find(eventId.getAsLong());
        if (appointment.isEmpty()) {
            return MappingCheck.refuted("NOMIS appointment " + mapping.nomisId() + " does not exist");
        }
        if (appointment.get().bookingId() != instance.get().bookingId()) {
            return MappingCheck.refuted("NOMIS appointment " + mapping.nomisId() + " is on booking "
                    + appointment.get().bookingId() + ", DPS instance " + mapping.dpsId() + " on booking "
                    + instance.get().bookingId());
        }
        return MappingCheck.confirmed();
    }
}
