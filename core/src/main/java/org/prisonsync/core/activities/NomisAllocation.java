package org.prisonsync.core.activities;

import java.time.LocalDate;

/**
 * A NOMIS program profile as {@code GET /allocations/{allocationId}} answers it ({@code GetAllocationResponse}), with
 * the id it was read by ({@code OFF_PRGREF_ID}): whose booking, on which course activity, at which prison.
 */
public record NomisAllocation(long allocationId, String prisonId, long courseActivityId, String offenderNo,
                              long bookingId, LocalDate startDate, LocalDate endDate, boolean suspended,
                              String payBand) {
}
