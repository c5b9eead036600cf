package org.prisonsync.core.incentives;

import java.util.Optional;
import java.util.OptionalLong;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.sync.MappingCheck;
import org.prisonsync.core.sync.MappingFacts;

/**
 * What an incentive mapping retry asserts: DPS review {@code dpsId} and NOMIS IEP {@code nomisId} (booking:sequence)
 * both exist, on the same booking of the same prisoner (the mapping's, when it names one). The create claimed the
 * review id.
 */
final class IncentiveMappingFacts implements MappingFacts {
    private final IncentivesNomisApi nomis;
    private final IncentivesDpsApi dps;

    IncentiveMappingFacts(IncentivesNomisApi nomis, IncentivesDpsApi dps) {
        this.nomis = nomis;
        this.dps = dps;
    }

    @Override
    public ClaimKey claimOf(Mapping mapping) {
        return new ClaimKey(IncentivesSync.ENTITY_TYPE, mapping.dpsId());
    }

    @Override
    public MappingCheck check(Mapping mapping) {
        Optional<NomisIncentiveId> iepId = NomisIncentiveId.parseKey(mapping.nomisId());
        if (iepId.isEmpty()) {
            return MappingCheck.refuted("'" + Ids.quote(mapping.nomisId()) + "' is not a NOMIS IEP key"
                    + " (booking:sequence)");
        }
        OptionalLong reviewId = Ids.parsePositiveLong(mapping.dpsId());
        if (reviewId.isEmpty()) {
            return MappingCheck.refuted("'" + Ids.quote(mapping.dpsId()) + "' is not a DPS incentive review id");
        }
        Optional<IncentiveReview> review = dps.findReview(reviewId.getAsLong());
        if (review.isEmpty()) {
            return MappingCheck.refuted("DPS incentive review " + mapping.dpsId() + " does not exist");
        }
        Optional<NomisIncentive> iep = nomis.findIncentive(iepId.get());
        if (iep.isEmpty()) {
            return MappingCheck.refuted("NOMIS IEP " + iepId.get() + " does not exist");
        }
        String prisoner = review.get().prisonerNumber();
        if (!iep.get().offenderNo().equals(prisoner) || iepId.get().bookingId() != review.get().bookingId()) {
            return MappingCheck.refuted("NOMIS IEP " + iepId.get() + " is " + iep.get().offenderNo()
                    + "'s, DPS review " + mapping.dpsId() + " is " + prisoner + "'s on booking "
                    + review.get().bookingId());
        }
        if (mapping.prisonerNumber() != null && !mapping.prisonerNumber().equals(prisoner)) {
            return MappingCheck.refuted("the mapping names prisoner " + mapping.prisonerNumber()
                    + ", the review and the IEP are " + prisoner + "'s");
        }
        return MappingCheck.confirmed();
    }
}
