package org.prisonsync.core.incentives;

import java.util.Objects;

/**
 * An incentive level as one prison uses it, in DPS ({@code PrisonIncentiveLevel}): whether it is active there and the
 * default on admission, the spending limits in pence and the visit allowances.
 */
public record PrisonIncentiveLevel(String prisonId, String levelCode, String levelName, boolean active,
                                   boolean defaultOnAdmission, int remandTransferLimitInPence,
                                   int remandSpendLimitInPence, int convictedTransferLimitInPence,
                                   int convictedSpendLimitInPence, int visitOrders, int privilegedVisitOrders) {
    public PrisonIncentiveLevel {
        Objects.requireNonNull(prisonId, "prisonId");
        Objects.requireNonNull(levelCode, "levelCode");
    }
}
