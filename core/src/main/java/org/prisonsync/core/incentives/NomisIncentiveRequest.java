package org.prisonsync.core.incentives;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * NOMIS's {@code CreateIncentiveRequest}: the level code ({@code iepLevel}), the review's comments, date and time,
 * prison and reviewer. Made from a DPS review with {@link #from}.
 */
public record NomisIncentiveRequest(String iepLevel, String comments, LocalDateTime iepDateTime, String prisonId,
                                    String userId) {
    public NomisIncentiveRequest {
        Objects.requireNonNull(iepLevel, "iepLevel");
        Objects.requireNonNull(iepDateTime, "iepDateTime");
        Objects.requireNonNull(prisonId, "prisonId");
    }

    public static NomisIncentiveRequest from(IncentiveReview review) {
        return new NomisIncentiveRequest(review.iepCode(), review.comments(), review.reviewedAt(), review.agencyId(),
                review.userId());
    }
}
