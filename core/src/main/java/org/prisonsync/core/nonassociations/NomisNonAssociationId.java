package org.prisonsync.core.nonassociations;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.prisonsync.core.mapping.NomisKey;
import org.prisonsync.core.message.Ids;

/**
 * A NOMIS non-association's identity: the two prisoners and the type sequence. NOMIS keeps a non-association both
 * ways round, so the identity orders the prisoners lexicographically, as the mapping service's
 * {@code firstOffenderNo}/{@code secondOffenderNo} do; a mapping's NOMIS id is written {@code "A1234BC:B2345CD:1"}.
 */
public record NomisNonAssociationId(String firstOffenderNo, String secondOffenderNo, int typeSequence) {
    /** NOMIS's type sequence is a small positive number; anything above this is not one. */
    public static final int MAX_SEQUENCE = 9_999;

    public NomisNonAssociationId {
        if (!Ids.isPrisonerNumber(firstOffenderNo) || !Ids.isPrisonerNumber(secondOffenderNo)) {
            throw new IllegalArgumentException("a non-association is between two prisoner numbers: "
                    + Ids.quote(firstOffenderNo) + ", " + Ids.quote(secondOffenderNo));
        }
        if (firstOffenderNo.compareTo(secondOffenderNo) >= 0) {
            throw new IllegalArgumentException("the first prisoner number sorts before the second: "
                    + firstOffenderNo + ", " + secondOffenderNo);
        }
        if (typeSequence < 1 || typeSequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("a type sequence is 1 to " + MAX_SEQUENCE + ": " + typeSequence);
        }
    }

    /** The id of the non-association between {@code a} and {@code b} (either order) with that sequence. */
    public static NomisNonAssociationId of(String a, String b, int typeSequence) {
        return a.compareTo(b) <= 0 ? new NomisNonAssociationId(a, b, typeSequence)
                : new NomisNonAssociationId(b, a, typeSequence);
    }

    public NonAssociationPair pair() {
        return new NonAssociationPair(firstOffenderNo, secondOffenderNo);
    }

    public String key() {
        return NomisKey.of(firstOffenderNo, secondOffenderNo, typeSequence);
    }

    /** The id a mapping's NOMIS key names; empty unless it is two prisoner numbers and a sequence, in order. */
    public static Optional<NomisNonAssociationId> parseKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        List<String> parts = NomisKey.parts(key);
        if (parts.size() != 3 || !Ids.isPrisonerNumber(parts.get(0)) || !Ids.isPrisonerNumber(parts.get(1))
                || parts.get(0).compareTo(parts.get(1)) >= 0) {
            return Optional.empty();
        }
        OptionalInt sequence = Ids.parsePositiveInt(parts.get(2));
        if (sequence.isEmpty() || sequence.getAsInt() > MAX_SEQUENCE) {
            return Optional.empty();
        }
        return Optional.of(new NomisNonAssociationId(parts.get(0), parts.get(1), sequence.getAsInt()));
    }

    @Override
    public String toString() {
        return key();
    }
}
