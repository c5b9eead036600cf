package org.prisonsync.core.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.prisonsync.core.message.Ids;

/**
 * A DPS allocation ({@code GET /allocations/id/{allocationId}}): a prisoner's booking on an activity schedule, its
 * status, pay band, dates, suspension and excluded sessions. NOMIS holds it as an offender program profile keyed by
 * course activity and booking.
 */
public record Allocation(long id, String prisonerNumber, long bookingId, long scheduleId, String status,
                         Integer nomisPayBand, LocalDate startDate, LocalDate endDate, String deallocatedReason,
                         String suspendedReason, List<ExcludedSlot> exclusions) {
    /** Upstream's {@code Allocation.status} values. */
    public static final Set<String> STATUSES = Set.of("ACTIVE", "PENDING", "SUSPENDED", "AUTO_SUSPENDED", "ENDED",
            "SUSPENDED_WITH_PAY");

    public Allocation {
        Activities.requirePositive(id, "allocation id");
        Activities.requirePositive(bookingId, "bookingId");
        Activities.requirePositive(scheduleId, "scheduleId");
        if (!Ids.isPrisonerNumber(prisonerNumber)) {
            throw new IllegalArgumentException("not a prisoner number: " + Ids.quote(prisonerNumber));
        }
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("not an allocation status: " + Ids.quote(status));
        }
        if (nomisPayBand != null && (nomisPayBand < 1 || nomisPayBand > 10)) {
            throw new IllegalArgumentException("nomisPayBand must be 1 to 10, was " + nomisPayBand);
        }
        Objects.requireNonNull(startDate, "startDate");
        exclusions = List.copyOf(Objects.requireNonNull(exclusions, "exclusions"));
    }

    public boolean ended() {
        return "ENDED".equals(status);
    }

    public boolean suspended() {
        return status.contains("SUSPENDED");
    }
}
