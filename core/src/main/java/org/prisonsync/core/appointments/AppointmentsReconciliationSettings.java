package org.prisonsync.core.appointments;

/**
 * The appointments reconciliation's default range, from {@code daysBefore} days before today to {@code daysAhead}
 * days after it (seed 000: yesterday to 28 days ahead), each run's {@code from}/{@code to} overriding it; and at
 * most {@code maxInFlight} items checked at once.
 */
public record AppointmentsReconciliationSettings(int daysBefore, int daysAhead, int maxInFlight) {
    public static final AppointmentsReconciliationSettings DEFAULTS = new AppointmentsReconciliationSettings(1, 28, 8);
    /** The longest range a run may ask for, in days. */
    public static final int MAX_DAYS = 400;

    public AppointmentsReconciliationSettings {
        if (daysBefore < 0 || daysBefore > MAX_DAYS || daysAhead < 0 || daysAhead > MAX_DAYS) {
            throw new IllegalArgumentException("days before and ahead are 0 to " + MAX_DAYS + ", were " + daysBefore
                    + " and " + daysAhead);
        }
        if (maxInFlight < 1 || maxInFlight > 64) {
            throw new IllegalArgumentException("at most 1 to 64 checks in flight, was " + maxInFlight);
        }
    }
}
