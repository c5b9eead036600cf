package org.prisonsync.core.incentives;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.prisonsync.core.message.Ids;

/**
 * A DPS incentive review ({@code IncentiveReviewDetail} of the incentives API): the level a prisoner was given on a
 * booking, when, where and by whom. NOMIS holds the same fact as an IEP dated {@link #reviewedAt()}.
 */
public record IncentiveReview(long id, String prisonerNumber, long bookingId, String iepCode, String iepLevel,
                              LocalDate iepDate, LocalDateTime iepTime, String agencyId, String comments,
                              String userId, String reviewType, String auditModuleName) {
    public IncentiveReview {
        if (id <= 0 || bookingId <= 0) {
            throw new IllegalArgumentException("review id and booking id must be positive, were " + id + " and "
                    + bookingId);
        }
        if (!Ids.isPrisonerNumber(prisonerNumber)) {
            throw new IllegalArgumentException("not a prisoner number: " + Ids.quote(prisonerNumber));
        }
        Objects.requireNonNull(iepCode, "iepCode");
        Objects.requireNonNull(iepDate, "iepDate");
        Objects.requireNonNull(iepTime, "iepTime");
        Objects.requireNonNull(agencyId, "agencyId");
    }

    /** The IEP's date and time in NOMIS: the review's date with its time of day, as upstream writes it. */
    public LocalDateTime reviewedAt() {
        return LocalDateTime.of(iepDate, iepTime.toLocalTime());
    }
}
