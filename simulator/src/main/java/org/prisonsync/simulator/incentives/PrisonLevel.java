package org.prisonsync.simulator.incentives;

/**
 * An incentive level's settings in one prison, as both systems hold them (DPS {@code PrisonIncentiveLevel}, NOMIS
 * {@code PrisonIncentiveLevelDataResponse}; the field names differ on the wire only).
 */
public record PrisonLevel(String prisonId, String levelCode, boolean active, boolean defaultOnAdmission,
                          Integer visitOrders, Integer privilegedVisitOrders, Integer remandTransferLimitInPence,
                          Integer remandSpendLimitInPence, Integer convictedTransferLimitInPence,
                          Integer convictedSpendLimitInPence) {
    /** A level's key in a prison: the prison and the level's code. */
    public record Key(String prisonId, String levelCode) {
    }

    public Key key() {
        return new Key(prisonId, levelCode);
    }
}
