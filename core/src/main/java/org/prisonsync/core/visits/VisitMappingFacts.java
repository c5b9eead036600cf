package org.prisonsync.core.visits;

import java.util.Optional;
import java.util.OptionalLong;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.sync.MappingCheck;
import org.prisonsync.core.sync.MappingFacts;

/**
 * What a visit mapping retry asserts: NOMIS visit {@code nomisId} and DPS visit {@code dpsId} both exist and are the
 * same prisoner's (the mapping's prisoner, when it names one). The create claimed the DPS reference.
 */
final class VisitMappingFacts implements MappingFacts {
    private final VisitsNomisApi nomis;
    private final VisitsDpsApi dps;

    VisitMappingFacts(VisitsNomisApi nomis, VisitsDpsApi dps) {
        this.nomis = nomis;
        this.dps = dps;
    }

    @Override
    public ClaimKey claimOf(Mapping mapping) {
        return new ClaimKey(VisitsSync.ENTITY_TYPE, mapping.dpsId());
    }

    @Override
    public MappingCheck check(Mapping mapping) {
        OptionalLong visitId = Ids.parsePositiveLong(mapping.nomisId());
        if (visitId.isEmpty()) {
            return MappingCheck.refuted("'" + Ids.quote(mapping.nomisId()) + "' is not a NOMIS visit id");
        }
        if (!Ids.isTextId(mapping.dpsId())) {
            return MappingCheck.refuted("'" + Ids.quote(mapping.dpsId()) + "' is not a DPS visit reference");
        }
        Optional<NomisVisit> inNomis = nomis.findVisit(visitId.getAsLong());
        if (inNomis.isEmpty()) {
            return MappingCheck.refuted("NOMIS visit " + visitId.getAsLong() + " does not exist");
        }
        Optional<DpsVisit> inDps = dps.findVisit(mapping.dpsId());
        if (inDps.isEmpty()) {
            return MappingCheck.refuted("DPS visit " + mapping.dpsId() + " does not exist");
        }
        String prisoner = inDps.get().prisonerId();
        if (!inNomis.get().offenderNo().equals(prisoner)) {
            return MappingCheck.refuted("NOMIS visit " + visitId.getAsLong() + " is " + inNomis.get().offenderNo()
                    + "'s, DPS visit " + mapping.dpsId() + " is " + prisoner + "'s");
        }
        if (mapping.prisonerNumber() != null && !mapping.prisonerNumber().equals(prisoner)) {
            return MappingCheck.refuted("the mapping names prisoner " + mapping.prisonerNumber() + ", both visits are "
                    + prisoner + "'s");
        }
        return MappingCheck.confirmed();
    }
}
