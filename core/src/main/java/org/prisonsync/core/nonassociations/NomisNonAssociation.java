package org.prisonsync.core.nonassociations;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One NOMIS non-association as NOMIS answers it ({@code NonAssociationResponse}), seen from {@code offenderNo}:
 * {@code reason} is that prisoner's, {@code recipReason} the other's. It is closed once its expiry date has come.
 */
public record NomisNonAssociation(String offenderNo, String nsOffenderNo, int typeSequence, String reason,
                                  String recipReason, String type, String authorisedBy, String updatedBy,
                                  LocalDate effectiveDate, LocalDate expiryDate, String comment) {
    public NomisNonAssociation {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(recipReason, "recipReason");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        NomisNonAssociationId.of(offenderNo, nsOffenderNo, typeSequence); // validates both numbers and the sequence
    }

    public NomisNonAssociationId id() {
        return NomisNonAssociationId.of(offenderNo, nsOffenderNo, typeSequence);
    }

    /** Open on {@code today}: no expiry date, or one still to come. */
    public boolean openOn(LocalDate today) {
        return expiryDate == null || expiryDate.isAfter(today);
    }

    /** The reason of {@code prisoner}'s side of it. */
    public String reasonOf(String prisoner) {
        return offenderNo.equals(prisoner) ? reason : recipReason;
    }
}
