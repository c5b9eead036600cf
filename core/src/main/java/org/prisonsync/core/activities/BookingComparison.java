package org.prisonsync.core.activities;

import java.util.Objects;

/**
 * One booking's counts at one prison, NOMIS's and DPS's, with who the prisoner is when they differ ({@code prisoner}
 * null when they agree or NOMIS knows no such booking) and why the difference needs no action, if it is known.
 */
public record BookingComparison(String prisonId, long bookingId, long nomisCount, long dpsCount,
                                PrisonerDetails prisoner, DifferenceExplanation explanation) {
    public BookingComparison {
        Objects.requireNonNull(prisonId, "prisonId");
        Activities.requirePositive(bookingId, "bookingId");
    }

    public boolean differs() {
        return nomisCount != dpsCount;
    }
}
