package org.prisonsync.core.alerts;

import java.util.List;
import java.util.Objects;

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
}
