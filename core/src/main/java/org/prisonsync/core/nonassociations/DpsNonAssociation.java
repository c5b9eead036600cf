package org.prisonsync.core.nonassociations;

import java.time.LocalDateTime;
import java.util.Objects;
import org.prisonsync.core.message.Ids;

/**
 * A DPS non-association as the non-associations API lists it ({@code NonAssociation}): the two prisoners and their
 * roles, the reason, the location restriction ({@code CELL}, {@code LANDING}, {@code WING}), the comment, when it was
 * made and whether (and when) it was closed.
 */
public record DpsNonAssociation(long id, String firstPrisonerNumber, String firstPrisonerRole,
                                String secondPrisonerNumber, String secondPrisonerRole, String reason,
                                String restrictionType, String comment, String authorisedBy,
                                LocalDateTime whenCreated, LocalDateTime whenUpdated, String updatedBy,
                                boolean closed, LocalDateTime closedAt) {
    public DpsNonAssociation {
        if (id <= 0) {
            throw new IllegalArgumentException("a non-association id is positive: " + id);
        }
        if (!Ids.isPrisonerNumber(firstPrisonerNumber) || !Ids.isPrisonerNumber(secondPrisonerNumber)
                || firstPrisonerNumber.equals(secondPrisonerNumber)) {
            throw new IllegalArgumentException("a non-association is between two prisoners: "
                    + Ids.quote(firstPrisonerNumber) + ", " + Ids.quote(secondPrisonerNumber));
        }
        Objects.requireNonNull(restrictionType, "restrictionType");
        Objects.requireNonNull(whenCreated, "whenCreated");
    }

    public NonAssociationPair pair() {
        return NonAssociationPair.of(firstPrisonerNumber, secondPrisonerNumber);
    }

    /** The NOMIS type code of the restriction: {@code LANDING} is NOMIS's {@code LAND}. */
    public String nomisType() {
        return NonAssociationCodes.nomisType(restrictionType);
    }
}
