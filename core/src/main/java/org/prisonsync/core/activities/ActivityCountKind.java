package org.prisonsync.core.activities;

import java.time.LocalDate;
import java.util.List;

/**
 * What the three activities reconciliations count per booking at each prison, with upstream's endpoints on both
 * sides and upstream's {@code <type>} in the telemetry ({@code activity-<type>-reconciliation-report-…}).
 */
public enum ActivityCountKind {
    ALLOCATION("activity-allocations", "allocation", "active allocations", false),
    SUSPENDED_ALLOCATION("activity-suspended-allocations", "suspended-allocation", "suspended allocations", false),
    ATTENDANCE("activity-attendances", "attendance", "attendances to pay", true);

    private final String reconciliationName;
    private final String type;
    private final String counted;
    private final boolean dated;

    ActivityCountKind(String reconciliationName, String type, String counted, boolean dated) {
        this.reconciliationName = reconciliationName;
        this.type = type;
        this.counted = counted;
        this.dated = dated;
    }

    /** The reconciliation's name operators and URLs use. */
    public String reconciliationName() {
        return reconciliationName;
    }

    /** Upstream's report type. */
    public String type() {
        return type;
    }

    /** What is counted, in words. */
    public String counted() {
        return counted;
    }

    /** Attendances are counted for a day (yesterday by default); allocations as they stand. */
    public boolean dated() {
        return dated;
    }

    List<BookingCount> nomis(ActivitiesNomisApi nomis, String prison, LocalDate date) {
        return switch (this) {
            case ALLOCATION -> nomis.allocationCounts(prison, false);
            case SUSPENDED_ALLOCATION -> nomis.allocationCounts(prison, true);
            case ATTENDANCE -> nomis.attendanceCounts(prison, date);
        };
    }

    List<BookingCount> dps(ActivitiesDpsApi dps, String prison, LocalDate date) {
        return switch (this) {
            case ALLOCATION -> dps.allocationCounts(prison);
            case SUSPENDED_ALLOCATION -> dps.suspendedAllocationCounts(prison);
            case ATTENDANCE -> dps.attendanceCounts(prison, date);
        };
    }
}
