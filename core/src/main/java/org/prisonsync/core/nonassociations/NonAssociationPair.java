package org.prisonsync.core.nonassociations;

import java.util.Optional;
import org.prisonsync.core.message.Ids;

/**
 * Two prisoners who must be kept apart, lexicographically ordered (NOMIS and the mapping service keep them so); the
 * key of the reconciliation's items and of its exclusions: {@code "A1234BC:B2345CD"}.
 */
public record NonAssociationPair(String first, String second) {
    public NonAssociationPair {
        if (!Ids.isPrisonerNumber(first) || !Ids.isPrisonerNumber(second) || first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("a pair is two different prisoner numbers in order: "
                    + Ids.quote(first) + ", " + Ids.quote(second));
        }
    }

    public static NonAssociationPair of(String a, String b) {
        return a.compareTo(b) <= 0 ? new NonAssociationPair(a, b) : new NonAssociationPair(b, a);
    }

    public boolean involves(String prisoner) {
        return first.equals(prisoner) || second.equals(prisoner);
    }

    /** The prisoner who is not {@code prisoner} (who must be one of the two). */
    public String other(String prisoner) {
        if (first.equals(prisoner)) {
            return second;
        }
        if (second.equals(prisoner)) {
            return first;
        }
        throw new IllegalArgumentException(prisoner + " is not one of " + this);
    }

    public String key() {
        return first + ":" + second;
    }

    public static Optional<NonAssociationPair> parseKey(String key) {
        if (key == null || key.length() != 15 || key.charAt(7) != ':') {
            return Optional.empty();
        }
        String a = key.substring(0, 7);
        String b = key.substring(8);
        if (!Ids.isPrisonerNumber(a) || !Ids.isPrisonerNumber(b) || a.compareTo(b) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new NonAssociationPair(a, b));
    }

    @Override
    public String toString() {
        return key();
    }
}
