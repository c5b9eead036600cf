package org.prisonsync.core.adjudications;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Upstream's {@code HearingResultAwardRequest}: what one award gives (type, status, effective date, days, comment,
 * compensation, the charge it is consecutive to). Two awards describe the same punishment when these are equal,
 * which is how a resumed write recognises the award an earlier attempt made.
 */
public record NomisAwardRequest(String sanctionType, String sanctionStatus, LocalDate effectiveDate,
                                Integer sanctionDays, String commentText, Double compensationAmount,
                                NomisChargeId consecutiveCharge) {
    public NomisAwardRequest {
        Objects.requireNonNull(sanctionType, "sanctionType");
        Objects.requireNonNull(sanctionStatus, "sanctionStatus");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }

    public NomisAwardRequest withStatus(String status) {
        return new NomisAwardRequest(sanctionType, status, effectiveDate, sanctionDays, commentText,
                compensationAmount, consecutiveCharge);
    }
}
