package org.prisonsync.core.nonassociations;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What NOMIS is told about a non-association: {@code CreateNonAssociationRequest} (no expiry date) and
 * {@code UpdateNonAssociationRequest} (no prisoners: they are in the path). {@code reason} is {@code offenderNo}'s,
 * {@code recipReason} {@code nsOffenderNo}'s.
 */
public record NomisNonAssociationRequest(String offenderNo, String nsOffenderNo, String reason, String recipReason,
                                         String type, String authorisedBy, LocalDate effectiveDate,
                                         LocalDate expiryDate, String comment) {
    public NomisNonAssociationRequest {
        Objects.requireNonNull(offenderNo, "offenderNo");
        Objects.requireNonNull(nsOffenderNo, "nsOffenderNo");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(recipReason, "recipReason");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }

    /** DPS's legacy view written as NOMIS holds it: dates without times, closed by its expiry date. */
    public static NomisNonAssociationRequest from(LegacyNonAssociation dps) {
        return new NomisNonAssociationRequest(dps.offenderNo(), dps.nsOffenderNo(), dps.reasonCode(),
                dps.recipReasonCode(), dps.typeCode(), dps.authorisedBy(), dps.effectiveDate().toLocalDate(),
                dps.expiryDate() == null ? null : dps.expiryDate().toLocalDate(), dps.comments());
    }

    /**
     * True when NOMIS's record was written from what this request says (seen from either prisoner): type, both
     * reasons, effective date and comment. The expiry date is left out: a record closed since is still this one.
     */
    public boolean describes(NomisNonAssociation nomis) {
        boolean sameWay = nomis.offenderNo().equals(offenderNo);
        String ours = sameWay ? reason : recipReason;
        String theirs = sameWay ? recipReason : reason;
        return nomis.type().equals(type) && nomis.reason().equals(ours) && nomis.recipReason().equals(theirs)
                && nomis.effectiveDate().equals(effectiveDate) && Objects.equals(nomis.comment(), comment);
    }
}
