package org.prisonsync.core.alerts;

import java.time.Instant;
import java.util.Objects;

/**
 * A DPS alert that could not be synchronised because NOMIS already holds an active alert with its code, mapped to
 * another DPS alert (a double submit, seed 000): {@code dpsAlertId} is the one to remove from DPS.
 */
public record AlertDuplicate(String dpsAlertId, String prisonerNumber, String alertCode, String existingNomisId,
                             String existingDpsId, Instant reportedAt) {
    public AlertDuplicate {
        Objects.requireNonNull(dpsAlertId, "dpsAlertId");
        Objects.requireNonNull(prisonerNumber, "prisonerNumber");
        Objects.requireNonNull(alertCode, "alertCode");
        Objects.requireNonNull(existingNomisId, "existingNomisId");
        Objects.requireNonNull(reportedAt, "reportedAt");
    }
}
