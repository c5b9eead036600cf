package org.prisonsync.core.adjudications;

import java.util.List;
import java.util.Optional;
import org.prisonsync.core.mapping.NomisKey;
import org.prisonsync.core.message.Ids;

/**
 * A NOMIS adjudication charge: adjudication number and charge sequence, as the adjudication mapping keeps it
 * ({@code "<adjudicationNumber>:<chargeSequence>"}, upstream's {@code AdjudicationMappingDto}).
 */
public record NomisChargeId(long adjudicationNumber, int chargeSequence) {
    public NomisChargeId {
        if (adjudicationNumber < 1 || chargeSequence < 1) {
            throw new IllegalArgumentException("an adjudication number and a charge sequence are positive");
        }
    }

    public String key() {
        return NomisKey.of(adjudicationNumber, chargeSequence);
    }

    public static Optional<NomisChargeId> parseKey(String key) {
        List<String> parts = NomisKey.parts(key);
        if (parts.size() != 2) {
            return Optional.empty();
        }
        var number = Ids.parsePositiveLong(parts.get(0));
        var sequence = Ids.parsePositiveInt(parts.get(1));
        return number.isPresent() && sequence.isPresent()
                ? Optional.of(new NomisChargeId(number.getAsLong(), sequence.getAsInt())) : Optional.empty();
    }

    @Override
    public String toString() {
        return adjudicationNumber + "/" + chargeSequence;
    }
}
