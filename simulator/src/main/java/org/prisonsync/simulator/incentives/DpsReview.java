package org.prisonsync.simulator.incentives;

import java.time.LocalDateTime;

/**
 * An incentive review in DPS, with the incentives API's {@code IncentiveReviewDetail} fields.
 *
 * @param iepLevel        the level's name (e.g. {@code Standard}); {@code iepCode} is its code ({@code STD})
 * @param auditModuleName who wrote it ({@value DpsIncentives#INCENTIVES_API} for a DPS user)
 */
public record DpsReview(long id, String prisonerNumber, long bookingId, String iepCode, String iepLevel,
                        LocalDateTime iepTime, String agencyId, String comments, String userId, String reviewType,
                        String auditModuleName, boolean isRealReview) {
}
