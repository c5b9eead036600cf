package org.prisonsync.core.alerts;

import java.util.Optional;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.sync.MappingCheck;
import org.prisonsync.core.sync.MappingFacts;

/**
 * What an alert mapping retry asserts: DPS alert {@code dpsId} is the mapping's prisoner's, and NOMIS alert
 * {@code nomisId} is on that prisoner's current booking (both create directions write only there). The create from
 * DPS claimed the DPS uuid, the create from NOMIS the NOMIS key ({@link NomisAlertCreateFlow#claimKey}).
 */
final class AlertMappingFacts implements MappingFacts {
    private final AlertsNomisApi nomis;
    private final AlertsDpsApi dps;
    private final boolean createdInNomis;

    AlertMappingFacts(AlertsNomisApi nomis, AlertsDpsApi dps, boolean createdInNomis) {
        this.nomis = nomis;
        this.dps = dps;
        this.createdInNomis = createdInNomis;
    }

    @Override
    public ClaimKey claimOf(Mapping mapping) {
        return createdInNomis ? NomisAlertCreateFlow.claimKey(mapping.nomisId())
                : new ClaimKey(AlertsSync.ENTITY_TYPE, mapping.dpsId());
    }

    @Override
    public MappingCheck check(Mapping mapping) {
        String prisoner = mapping.prisonerNumber();
        if (prisoner == null) {
            return MappingCheck.refuted("an alert mapping must name its prisoner");
        }
        Optional<NomisAlertId> id = NomisAlertId.parseKey(mapping.nomisId());
        if (id.isEmpty()) {
            return MappingCheck.refuted("'" + Ids.quote(mapping.nomisId()) + "' is not a NOMIS alert key");
        }
        if (!Ids.isTextId(mapping.dpsId())) {
            return MappingCheck.refuted("'" + Ids.quote(mapping.dpsId()) + "' is not a DPS alert uuid");
        }
        Optional<DpsAlert> inDps = dps.findAlert(mapping.dpsId());
        if (inDps.isEmpty()) {
            return MappingCheck.refuted("DPS alert " + mapping.dpsId() + " does not exist");
        }
        if (!inDps.get().prisonNumber().equals(prisoner)) {
            return MappingCheck.refuted("DPS alert " + mapping.dpsId() + " is " + inDps.get().prisonNumber()
                    + "'s, not " + prisoner + "'s");
        }
        if (nomis.findAlert(id.get()).isEmpty()) {
            return MappingCheck.refuted("NOMIS alert " + id.get() + " does not exist");
        }
        boolean onCurrentBooking = nomis.currentBookingAlerts(prisoner).stream()
                .anyMatch(a -> a.id().equals(id.get()));
        if (!onCurrentBooking) {
            return MappingCheck.refuted("NOMIS alert " + id.get() + " is not on " + prisoner + "'s current booking");
        }
        return MappingCheck.confirmed();
    }
}
