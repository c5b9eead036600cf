package org.prisonsync.core.activities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads one prison's counts from both sides and pairs them by booking, as upstream's activities reconciliation does;
 * for the bookings that differ, asks NOMIS who the prisoners are and where they are now (one call for the prison),
 * and explains what seed 000/001 say needs no action: a release, a transfer, and for attendances a prisoner switched
 * to an old booking (NOMIS paid on the now inactive booking, DPS counts the active one of the same prisoner).
 */
final class PrisonCounts {
    /**
     * Bookings asked about in one {@code POST /prisoners/bookings}: upstream declares no maximum, but a prison where
     * thousands of bookings differ (a failed sync for days) must not become one request of unbounded size.
     */
    static final int DETAILS_PER_CALL = 1000;

    private final ActivitiesNomisApi nomis;
    private final ActivitiesDpsApi dps;

    PrisonCounts(ActivitiesNomisApi nomis, ActivitiesDpsApi dps) {
        this.nomis = nomis;
        this.dps = dps;
    }

    List<BookingComparison> compare(ActivityCountKind kind, String prison, LocalDate date) {
        Map<Long, Long> nomisCounts = byBooking(kind.nomis(nomis, prison, date));
        Map<Long, Long> dpsCounts = byBooking(kind.dps(dps, prison, date));
        TreeSet<Long> bookings = new TreeSet<>(nomisCounts.keySet());
        bookings.addAll(dpsCounts.keySet());
        List<Long> differing = bookings.stream()
                .filter(b -> !nomisCounts.getOrDefault(b, 0L).equals(dpsCounts.getOrDefault(b, 0L))).toList();
        Map<Long, PrisonerDetails> details = new java.util.HashMap<>();
        for (int from = 0; from < differing.size(); from += DETAILS_PER_CALL) {
            nomis.prisonerDetails(differing.subList(from, Math.min(differing.size(), from + DETAILS_PER_CALL)))
                    .forEach(p -> details.putIfAbsent(p.bookingId(), p));
        }
        List<BookingComparison> compared = new ArrayList<>();
        for (long booking : bookings) {
            long n = nomisCounts.getOrDefault(booking, 0L);
            long d = dpsCounts.getOrDefault(booking, 0L);
            PrisonerDetails prisoner = n == d ? null : details.get(booking);
            DifferenceExplanation why = prisoner == null ? null
                    : explain(kind, prison, prisoner, nomisCounts, dpsCounts, details).orElse(null);
            compared.add(new BookingComparison(prison, booking, n, d, prisoner, why));
        }
        return compared;
    }

    private static Optional<DifferenceExplanation> explain(ActivityCountKind kind, String prison,
                                                           PrisonerDetails prisoner, Map<Long, Long> nomisCounts,
                                                           Map<Long, Long> dpsCounts,
                                                           Map<Long, PrisonerDetails> details) {
        if (kind == ActivityCountKind.ATTENDANCE && switchedBooking(prisoner, nomisCounts, dpsCounts, details)) {
            return Optional.of(DifferenceExplanation.SWITCHED_TO_OLD_BOOKING);
        }
        if (!prisoner.active()) {
            return Optional.of(DifferenceExplanation.RELEASED);
        }
        if (!prison.equals(prisoner.location())) {
            return Optional.of(DifferenceExplanation.TRANSFERRED);
        }
        return Optional.empty();
    }

    /**
     * The same prisoner differs on two bookings here: NOMIS counts more on the inactive one and DPS more on the
     * active one.
     */
    private static boolean switchedBooking(PrisonerDetails prisoner, Map<Long, Long> nomisCounts,
                                           Map<Long, Long> dpsCounts, Map<Long, PrisonerDetails> details) {
        for (PrisonerDetails other : details.values()) {
            if (other.bookingId() == prisoner.bookingId() || !other.offenderNo().equals(prisoner.offenderNo())
                    || other.active() == prisoner.active()) {
                continue;
            }
            PrisonerDetails inactive = prisoner.active() ? other : prisoner;
            PrisonerDetails active = prisoner.active() ? prisoner : other;
            if (more(nomisCounts, dpsCounts, inactive.bookingId()) && more(dpsCounts, nomisCounts, active.bookingId())) {
                return true;
            }
        }
        return false;
    }

    private static boolean more(Map<Long, Long> side, Map<Long, Long> other, long booking) {
        return side.getOrDefault(booking, 0L) > other.getOrDefault(booking, 0L);
    }

    private static Map<Long, Long> byBooking(List<BookingCount> counts) {
        Map<Long, Long> byBooking = new TreeMap<>();
        counts.forEach(c -> byBooking.merge(c.bookingId(), c.count(), Long::sum));
        return byBooking;
    }
}
