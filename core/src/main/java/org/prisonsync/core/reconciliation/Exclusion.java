package org.prisonsync.core.reconciliation;

import java.time.Instant;
import java.util.Objects;

/**
 * A key a reconciliation should not report (upstream keeps these in files such as
 * {@code excludedIncentiveReconciliationBookingIds.txt}): a known, accepted difference, with why and since when.
 */
public record Exclusion(String reconciliation, String key, String reason, Instant addedAt) {
    public Exclusion {
        Limits.name(reconciliation);
        Limits.key(key);
        Limits.text("reason", reason, Limits.TEXT);
        if (reason.isBlank()) {
            throw new IllegalArgumentException("an exclusion needs a reason");
        }
        Objects.requireNonNull(addedAt, "addedAt");
    }
}
