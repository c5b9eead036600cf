package org.prisonsync.core.activities;

/**
 * One booking's count in a reconciliation answer (upstream's {@code BookingCount}, the same on both sides): its
 * active or suspended allocations, or its attendances to pay on a day, at one prison.
 */
public record BookingCount(long bookingId, long count) {
    public BookingCount {
        Activities.requirePositive(bookingId, "bookingId");
        if (count < 0) {
            throw new IllegalArgumentException("count cannot be negative: " + count);
        }
    }
}
