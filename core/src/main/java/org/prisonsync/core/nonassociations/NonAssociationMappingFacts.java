package org.prisonsync.core.nonassociations;

import java.util.Optional;
import java.util.OptionalLong;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.sync.MappingCheck;
import org.prisonsync.core.sync.MappingFacts;

/**
 * What a non-association mapping retry asserts: DPS non-association {@code dpsId} and NOMIS record {@code nomisId}
 * (first:second:sequence) both exist, between the same two prisoners, and the mapping's prisoner (when it names one)
 * is the first of them. The create claimed the DPS id.
 */
final class NonAssociationMappingFacts implements MappingFacts {
    private final NonAssociationsNomisApi nomis;
    private final NonAssociationsDpsApi dps;

    NonAssociationMappingFacts(NonAssociationsNomisApi nomis, NonAssociationsDpsApi dps) {
        this.nomis = nomis;
        this.dps = dps;
    }

    @Override
    public ClaimKey claimOf(Mapping mapping) {
        return new ClaimKey(NonAssociationsSync.ENTITY_TYPE, mapping.dpsId());
    }

    @Override
    public MappingCheck check(Mapping mapping) {
        Optional<NomisNonAssociationId> id = NomisNonAssociationId.parseKey(mapping.nomisId());
        if (id.isEmpty()) {
            return MappingCheck.refuted("'" + Ids.quote(mapping.nomisId()) + "' is not a NOMIS non-association key"
                    + " (first:second:sequence)");
        }
        OptionalLong dpsId = Ids.parsePositiveLong(mapping.dpsId());
        if (dpsId.isEmpty()) {
            return MappingCheck.refuted("'" + Ids.quote(mapping.dpsId()) + "' is not a DPS non-association id");
        }
        Optional<LegacyNonAssociation> na = dps.find(dpsId.getAsLong());
        if (na.isEmpty()) {
            return MappingCheck.refuted("DPS non-association " + mapping.dpsId() + " does not exist");
        }
        if (nomis.find(id.get()).isEmpty()) {
            return MappingCheck.refuted("NOMIS non-association " + id.get() + " does not exist");
        }
        if (!na.get().pair().equals(id.get().pair())) {
            return MappingCheck.refuted("NOMIS non-association " + id.get() + " is between " + id.get().pair()
                    + ", DPS non-association " + mapping.dpsId() + " between " + na.get().pair());
        }
        if (mapping.prisonerNumber() != null && !mapping.prisonerNumber().equals(id.get().firstOffenderNo())) {
            return MappingCheck.refuted("the mapping names prisoner " + mapping.prisonerNumber()
                    + ", the pair's first prisoner is " + id.get().firstOffenderNo());
        }
        return MappingCheck.confirmed();
    }
}
