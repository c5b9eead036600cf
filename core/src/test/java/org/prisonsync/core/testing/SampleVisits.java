package org.prisonsync.core.testing;

import java.time.LocalDateTime;
import java.util.List;
import org.prisonsync.core.visits.DpsVisit;

/** DPS visits for tests: a booked social visit, and numbered variations of it. */
public final class SampleVisits {
    public static final LocalDateTime FIRST_START = LocalDateTime.of(2026, 3, 2, 14, 0);

    private SampleVisits() {
    }

    public static DpsVisit booked(String reference, String prisonerId, LocalDateTime start) {
        return new DpsVisit(reference, prisonerId, "MDI", "Main Hall", "SOCIAL", "BOOKED", null, "OPEN", start,
                start.plusHours(1), List.of(4729510L, 4729511L), "bring ID");
    }

    /** The {@code n}-th of a batch: its own reference, one of ten prisoners, its own slot. */
    public static DpsVisit numbered(int n) {
        return booked(reference(n), prisoner(n % 10), FIRST_START.plusDays(n / 10).plusMinutes(30L * (n % 10)));
    }

    public static String reference(int n) {
        return String.format("ab-%02d-cd-%04d", n % 100, n);
    }

    public static String prisoner(int n) {
        return String.format("A%04dAA", n);
    }
}
