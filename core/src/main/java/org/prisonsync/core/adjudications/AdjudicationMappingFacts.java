package org.prisonsync.core.adjudications;

import java.util.Optional;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.sync.CreateDirection;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.MappingCheck;
import org.prisonsync.core.sync.MappingFacts;

/**
 * What an adjudication or hearing mapping retry asserts, checked before it is saved. An adjudication: the DPS charge
 * and the NOMIS charge both exist and are the mapping prisoner's. A hearing: the NOMIS hearing exists, holds the
 * charge the key names and is the mapping prisoner's (DPS has no read of a hearing by its id alone).
 */
final class AdjudicationMappingFacts {
    private AdjudicationMappingFacts() {
    }

    static MappingFacts charges(AdjudicationsNomisApi nomis, AdjudicationsDpsApi dps) {
        return new MappingFacts() {
            @Override
            public ClaimKey claimOf(Mapping mapping) {
                return CreateFlow.claimKey(CreateDirection.TO_NOMIS, AdjudicationsSync.ADJUDICATION, mapping.dpsId());
            }

            @Override
            public MappingCheck check(Mapping mapping) {
                Optional<NomisChargeId> id = NomisChargeId.parseKey(mapping.nomisId());
                if (id.isEmpty()) {
                    return MappingCheck.refuted("'" + Ids.quote(mapping.nomisId())
                            + "' is not a NOMIS charge (adjudicationNumber:chargeSequence)");
                }
                if (!AdjudicationEvents.isChargeNumber(mapping.dpsId())) {
                    return MappingCheck.refuted("'" + Ids.quote(mapping.dpsId()) + "' is not a DPS charge number");
                }
                Optional<DpsCharge> charge = dps.charge(mapping.dpsId());
                if (charge.isEmpty()) {
                    return MappingCheck.refuted("DPS adjudication " + mapping.dpsId() + " does not exist");
                }
                Optional<NomisAdjudication> adjudication = nomis.adjudication(id.get().adjudicationNumber());
                if (adjudication.isEmpty() || !adjudication.get().hasCharge(id.get().chargeSequence())) {
                    return MappingCheck.refuted("NOMIS charge " + id.get() + " does not exist");
                }
                String prisoner = adjudication.get().offenderNo();
                if (!prisoner.equals(charge.get().prisonerNumber())) {
                    return MappingCheck.refuted("NOMIS charge " + id.get() + " is " + prisoner + "'s, DPS adjudication "
                            + mapping.dpsId() + " is " + charge.get().prisonerNumber() + "'s");
                }
                if (mapping.prisonerNumber() != null && !mapping.prisonerNumber().equals(prisoner)) {
                    return MappingCheck.refuted("the mapping names prisoner " + mapping.prisonerNumber()
                            + ", the adjudication is " + prisoner + "'s");
                }
                return MappingCheck.confirmed();
            }
        };
    }

    static MappingFacts hearings(AdjudicationsNomisApi nomis) {
        return new MappingFacts() {
            @Override
            public ClaimKey claimOf(Mapping mapping) {
                return CreateFlow.claimKey(CreateDirection.TO_NOMIS, AdjudicationsSync.HEARING, mapping.dpsId());
            }

            @Override
            public MappingCheck check(Mapping mapping) {
                Optional<NomisHearingKey> key = NomisHearingKey.parseKey(mapping.nomisId());
                if (key.isEmpty()) {
                    return MappingCheck.refuted("'" + Ids.quote(mapping.nomisId())
                            + "' is not a NOMIS hearing key (hearingId:chargeSequence)");
                }
                if (Ids.parsePositiveLong(mapping.dpsId()).isEmpty()) {
                    return MappingCheck.refuted("'" + Ids.quote(mapping.dpsId()) + "' is not a DPS hearing id");
                }
                Optional<NomisAdjudication> adjudication = nomis.adjudicationOfHearing(key.get().hearingId());
                if (adjudication.isEmpty() || adjudication.get().hearing(key.get().hearingId()).isEmpty()) {
                    return MappingCheck.refuted("NOMIS hearing " + key.get().hearingId() + " does not exist");
                }
                if (!adjudication.get().hasCharge(key.get().chargeSequence())) {
                    return MappingCheck.refuted("NOMIS hearing " + key.get().hearingId() + " is of adjudication "
                            + adjudication.get().adjudicationNumber() + ", which has no charge "
                            + key.get().chargeSequence());
                }
                if (mapping.prisonerNumber() != null
                        && !mapping.prisonerNumber().equals(adjudication.get().offenderNo())) {
                    return MappingCheck.refuted("the mapping names prisoner " + mapping.prisonerNumber()
                            + ", NOMIS hearing " + key.get().hearingId() + " is "
                            + adjudication.get().offenderNo() + "'s");
                }
                return MappingCheck.confirmed();
            }
        };
    }
}
