package org.prisonsync.core.alerts;

/**
 * Reconciliation paging: {@code pageSize} prisoners per page of active prisoners (upstream uses 20), and at most
 * {@code maxInFlight} prisoners checked at once, so the NOMIS and DPS APIs see a bounded load.
 */
public record AlertsReconciliationSettings(int pageSize, int maxInFlight) {
    public static final AlertsReconciliationSettings DEFAULTS = new AlertsReconciliationSettings(20, 8);

    public AlertsReconciliationSettings {
        if (pageSize < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("pageSize and maxInFlight must be at least 1, were " + pageSize
                    + " and " + maxInFlight);
        }
    }
}
