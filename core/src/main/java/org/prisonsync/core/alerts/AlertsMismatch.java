package org.prisonsync.core.alerts;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.prisonsync.core.reconciliation.Mismatch;

/**
 * A prisoner whose active alerts differ: the counts on each side and the codes (with repeats) one side has and the
 * other lacks. {@code bookingId} is NOMIS's current booking, null when NOMIS has no active alert.
 */
public record AlertsMismatch(String offenderNo, Long bookingId, int nomisCount, int dpsCount,
                             List<String> missingFromDps, List<String> missingFromNomis) {
    public AlertsMismatch {
        Objects.requireNonNull(offenderNo, "offenderNo");
        missingFromDps = List.copyOf(missingFromDps);
        missingFromNomis = List.copyOf(missingFromNomis);
    }

    /** Reads back a mismatch {@link ActiveAlertsReconciliation} stored (its fields, in the form it wrote them). */
    static AlertsMismatch of(Mismatch stored) {
        String bookingId = stored.fields().get(ActiveAlertsReconciliation.BOOKING_ID);
        return new AlertsMismatch(stored.key(), bookingId == null ? null : Long.valueOf(bookingId),
                Integer.parseInt(stored.fields().get(ActiveAlertsReconciliation.NOMIS_COUNT)),
                Integer.parseInt(stored.fields().get(ActiveAlertsReconciliation.DPS_COUNT)),
                codes(stored.fields().get(ActiveAlertsReconciliation.MISSING_FROM_DPS)),
                codes(stored.fields().get(ActiveAlertsReconciliation.MISSING_FROM_NOMIS)));
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
