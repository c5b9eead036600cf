package org.prisonsync.core.nonassociations;

import java.time.LocalDateTime;
import java.util.Objects;
import org.prisonsync.core.message.Ids;

/**
 * A DPS non-association in NOMIS's terms ({@code GET /legacy/api/non-associations/{id}}, {@code LegacyNonAssociation}):
 * {@code offenderNo} with {@code reasonCode}, the other prisoner ({@code offenderNonAssociation.offenderNo}) with
 * {@code recipReasonCode}, the NOMIS type code, effective and expiry date-times (an expiry date: closed).
 */
public record LegacyNonAssociation(long id, String offenderNo, String reasonCode, String typeCode,
                                   LocalDateTime effectiveDate, LocalDateTime expiryDate, String authorisedBy,
                                   String comments, String nsOffenderNo, String recipReasonCode) {
    public LegacyNonAssociation {
        if (id <= 0) {
            throw new IllegalArgumentException("a non-association id is positive: " + id);
        }
        if (!Ids.isPrisonerNumber(offenderNo) || !Ids.isPrisonerNumber(nsOffenderNo)
                || offenderNo.equals(nsOffenderNo)) {
            throw new IllegalArgumentException("a non-association is between two prisoners: "
                    + Ids.quote(offenderNo) + ", " + Ids.quote(nsOffenderNo));
        }
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(recipReasonCode, "offenderNonAssociation.reasonCode");
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }

    public NonAssociationPair pair() {
        return NonAssociationPair.of(offenderNo, nsOffenderNo);
    }

    public boolean closed() {
        return expiryDate != null;
    }
}
