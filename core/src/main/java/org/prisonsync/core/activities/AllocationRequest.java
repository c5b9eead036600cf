package org.prisonsync.core.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * NOMIS's {@code UpsertAllocationRequest}: the booking's program profile on a course activity, with its status
 * ({@code ALLOC} or {@code END}, domain {@code OFF_PRG_STS}), pay band, dates, end reason, suspension and excluded
 * sessions. Made from a DPS allocation with {@link #from}.
 */
public record AllocationRequest(long bookingId, String payBandCode, LocalDate startDate, LocalDate endDate,
                                String endReason, String endComment, boolean suspended, String suspendedComment,
                                String programStatusCode, List<AllocationExclusion> exclusions) {
    /** The end reason upstream writes for every ended DPS allocation (domain {@code PS_END_RSN}: other). */
    public static final String END_REASON = "OTH";
    private static final int MAX_COMMENT = 240;

    public AllocationRequest {
        Activities.requirePositive(bookingId, "bookingId");
        Objects.requireNonNull(startDate, "startDate");
        if (!"ALLOC".equals(programStatusCode) && !"END".equals(programStatusCode)) {
            throw new IllegalArgumentException("programStatusCode is not ALLOC or END: " + programStatusCode);
        }
        exclusions = List.copyOf(Objects.requireNonNull(exclusions, "exclusions"));
    }

    public static AllocationRequest from(Allocation allocation) {
        boolean ended = allocation.ended();
        return new AllocationRequest(allocation.bookingId(),
                allocation.nomisPayBand() == null ? null : Integer.toString(allocation.nomisPayBand()),
                allocation.startDate(), allocation.endDate(), ended ? END_REASON : null,
                ended ? truncate(allocation.deallocatedReason()) : null, allocation.suspended(),
                allocation.suspended() ? truncate(allocation.suspendedReason()) : null, ended ? "END" : "ALLOC",
                AllocationExclusions.of(allocation.exclusions()));
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_COMMENT ? text : text.substring(0, MAX_COMMENT);
    }
}
