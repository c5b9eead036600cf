package org.prisonsync.core.adjudications;

import java.util.List;
import java.util.Optional;
import org.prisonsync.core.mapping.NomisKey;
import org.prisonsync.core.message.Ids;

/**
 * A NOMIS award (punishment): booking id and sanction sequence, as the punishment mapping keeps it
 * ({@code "<bookingId>:<sanctionSequence>"}, upstream's {@code AdjudicationPunishmentMappingDto}).
 */
public record NomisAwardId(long bookingId, int sanctionSequence) {
    public NomisAwardId {
        if (bookingId < 1 || sanctionSequence < 1) {
            throw new IllegalArgumentException("a booking id and a sanction sequence are positive");
        }
    }

    public String key() {
        return NomisKey.of(bookingId, sanctionSequence);
    }

    public static Optional<NomisAwardId> parseKey(String key) {
        List<String> parts = NomisKey.parts(key);
        if (parts.size() != 2) {
            return Optional.empty();
        }
        var booking = Ids.parsePositiveLong(parts.get(0));
        var sequence = Ids.parsePositiveInt(parts.get(1));
        return booking.isPresent() && sequence.isPresent()
                ? Optional.of(new NomisAwardId(booking.getAsLong(), sequence.getAsInt())) : Optional.empty();
    }
}
