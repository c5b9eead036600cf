package org.prisonsync.core.incentives;

import java.util.Objects;

/**
 * An IEP level as one prison uses it, in NOMIS ({@code PrisonIncentiveLevelDataResponse}, and the create and update
 * requests): status, default on admission, visit allowances and spending limits in pence.
 */
public record NomisPrisonIncentiveLevel(String prisonId, String levelCode, boolean active, boolean defaultOnAdmission,
                                        Integer visitOrderAllowance, Integer privilegedVisitOrderAllowance,
                                        Integer remandTransferLimitInPence, Integer remandSpendLimitInPence,
                                        Integer convictedTransferLimitInPence, Integer convictedSpendLimitInPence) {
    public NomisPrisonIncentiveLevel {
        Objects.requireNonNull(prisonId, "prisonId");
        Objects.requireNonNull(levelCode, "levelCode");
    }

    public static NomisPrisonIncentiveLevel from(PrisonIncentiveLevel level) {
        return new NomisPrisonIncentiveLevel(level.prisonId(), level.levelCode(), level.active(),
                level.defaultOnAdmission(), level.visitOrders(), level.privilegedVisitOrders(),
                level.remandTransferLimitInPence(), level.remandSpendLimitInPence(),
                level.convictedTransferLimitInPence(), level.convictedSpendLimitInPence());
    }
}
