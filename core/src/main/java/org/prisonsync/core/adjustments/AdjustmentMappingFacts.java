package org.prisonsync.core.adjustments;

import java.util.Optional;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.sync.CreateDirection;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.MappingCheck;
import org.prisonsync.core.sync.MappingFacts;

/**
 * What an adjustment mapping retry asserts: the NOMIS adjustment and the DPS adjustment exist, and both are the
 * mapping's prisoner's. The create to NOMIS claimed the DPS uuid, the create from NOMIS the NOMIS key.
 */
final class AdjustmentMappingFacts implements MappingFacts {
    private final AdjustmentsNomisApi nomis;
    private final AdjustmentsDpsApi dps;
    private final boolean createdInNomis;

    AdjustmentMappingFacts(AdjustmentsNomisApi nomis, AdjustmentsDpsApi dps, boolean createdInNomis) {
        this.nomis = nomis;
        this.dps = dps;
        this.createdInNomis = createdInNomis;
    }

    @Override
    public ClaimKey claimOf(Mapping mapping) {
        return createdInNomis
                ? CreateFlow.claimKey(CreateDirection.FROM_NOMIS, AdjustmentsSync.ENTITY_TYPE, mapping.nomisId())
                : CreateFlow.claimKey(CreateDirection.TO_NOMIS, AdjustmentsSync.ENTITY_TYPE, mapping.dpsId());
    }

    @Override
    public MappingCheck check(Mapping mapping) {
        String prisoner = mapping.prisonerNumber();
        if (prisoner == null) {
            return MappingCheck.refuted("an adjustment mapping must name its prisoner");
        }
        Optional<NomisAdjustmentId> id = NomisAdjustmentId.parseKey(mapping.nomisId());
        if (id.isEmpty()) {
            return MappingCheck.refuted("'" + Ids.quote(mapping.nomisId()) + "' is not a NOMIS adjustment key");
        }
        if (!Ids.isTextId(mapping.dpsId())) {
            return MappingCheck.refuted("'" + Ids.quote(mapping.dpsId()) + "' is not a DPS adjustment id");
        }
        Optional<LegacyAdjustment> inDps = dps.find(mapping.dpsId());
        if (inDps.isEmpty()) {
            return MappingCheck.refuted("DPS adjustment " + mapping.dpsId() + " does not exist");
        }
        if (!inDps.get().offenderNo().equals(prisoner)) {
            return MappingCheck.refuted("DPS adjustment " + mapping.dpsId() + " is " + inDps.get().offenderNo()
                    + "'s, not " + prisoner + "'s");
        }
        Optional<NomisAdjustment> inNomis = nomis.find(id.get());
        if (inNomis.isEmpty()) {
            return MappingCheck.refuted("NOMIS adjustment " + id.get() + " does not exist");
        }
        if (!prisoner.equals(inNomis.get().offenderNo())) {
            return MappingCheck.refuted("NOMIS adjustment " + id.get() + " is " + inNomis.get().offenderNo()
                    + "'s, not " + prisoner + "'s");
        }
        return MappingCheck.confirmed();
    }
}
