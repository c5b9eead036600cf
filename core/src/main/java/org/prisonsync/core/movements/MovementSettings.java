package org.prisonsync.core.movements;

import java.time.Duration;
import java.time.Period;
import java.util.Objects;

/**
 * The time rules of seed 003. {@code admissionWindow}: how old a DPS receive may be for a NOMIS ADM to complete it
 * (upstream: 1 minute); {@code pairingWindow}: the same for every other pair (2 hours); {@code purgeAfter}: age at
 * which matched rows are purged (6 months); {@code housekeepingFrom}/{@code housekeepingTo}: the default housekeeping
 * window, back from now (4 h to 2 h, so that a two-hourly run sees each row once); {@code bookingMoveFollowUp}: how
 * soon after a booking move its DPS receive/release must be created to belong to it (10 seconds).
 */
public record MovementSettings(Duration admissionWindow, Duration pairingWindow, Period purgeAfter,
                               Duration housekeepingFrom, Duration housekeepingTo, Duration bookingMoveFollowUp) {

    public static final MovementSettings DEFAULTS = new MovementSettings(Duration.ofMinutes(1), Duration.ofHours(2),
            Period.ofMonths(6), Duration.ofHours(4), Duration.ofHours(2), Duration.ofSeconds(10));

    public MovementSettings {
        Objects.requireNonNull(admissionWindow, "admissionWindow");
        Objects.requireNonNull(pairingWindow, "pairingWindow");
        Objects.requireNonNull(purgeAfter, "purgeAfter");
        Objects.requireNonNull(housekeepingFrom, "housekeepingFrom");
        Objects.requireNonNull(housekeepingTo, "housekeepingTo");
        Objects.requireNonNull(bookingMoveFollowUp, "bookingMoveFollowUp");
        if (purgeAfter.isNegative() || purgeAfter.isZero()) {
            throw new IllegalArgumentException("purgeAfter must be positive: " + purgeAfter);
        }
        if (housekeepingFrom.compareTo(housekeepingTo) < 0) {
            throw new IllegalArgumentException("housekeepingFrom must reach further back than housekeepingTo");
        }
    }

    public MovementSettings withPurgeAfter(Period period) {
        return new MovementSettings(admissionWindow, pairingWindow, period, housekeepingFrom, housekeepingTo,
                bookingMoveFollowUp);
    }
}
