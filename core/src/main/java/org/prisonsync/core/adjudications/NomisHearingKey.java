package org.prisonsync.core.adjudications;

import java.util.List;
import java.util.Optional;
import org.prisonsync.core.mapping.NomisKey;
import org.prisonsync.core.message.Ids;

/**
 * The NOMIS side of a hearing mapping: the NOMIS hearing and the charge sequence it serves
 * ({@code "<hearingId>:<chargeSequence>"}). Upstream maps a DPS hearing to the bare NOMIS hearing id; here the
 * charge is part of the key because one NOMIS hearing of a historic adjudication serves several charges, each a DPS
 * adjudication with a hearing of its own, and the mapping store keeps each NOMIS id once per type.
 */
public record NomisHearingKey(long hearingId, int chargeSequence) {
    public NomisHearingKey {
        if (hearingId < 1 || chargeSequence < 1) {
            throw new IllegalArgumentException("a hearing id and a charge sequence are positive");
        }
    }

    public String key() {
        return NomisKey.of(hearingId, chargeSequence);
    }

    public static Optional<NomisHearingKey> parseKey(String key) {
        List<String> parts = NomisKey.parts(key);
        if (parts.size() != 2) {
            return Optional.empty();
        }
        var hearing = Ids.parsePositiveLong(parts.get(0));
        var sequence = Ids.parsePositiveInt(parts.get(1));
        return hearing.isPresent() && sequence.isPresent()
                ? Optional.of(new NomisHearingKey(hearing.getAsLong(), sequence.getAsInt())) : Optional.empty();
    }
}
