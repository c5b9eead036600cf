package org.prisonsync.core.incentives;

/**
 * How the incentives reconciliation pages: {@code pageSize} active prisoners per read of the active list and at
 * most {@code maxInFlight} prisoners checked at once (two GETs each, one to NOMIS and one to DPS). Upstream reads 20
 * per page; a larger page costs the active-prisoner endpoint nothing and saves round trips.
 */
public record IncentivesReconciliationSettings(int pageSize, int maxInFlight) {
    public static final IncentivesReconciliationSettings DEFAULTS = new IncentivesReconciliationSettings(500, 16);

    public IncentivesReconciliationSettings {
        if (pageSize < 1 || pageSize > 10_000) {
            throw new IllegalArgumentException("the page size is 1 to 10000, was " + pageSize);
        }
        if (maxInFlight < 1 || maxInFlight > 64) {
            throw new IllegalArgumentException("at most 1 to 64 checks in flight, was " + maxInFlight);
        }
    }
}
