package org.prisonsync.core.alerts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** A DPS alert ({@code Alert} of the alerts API), with the alert code flattened to its code. */
public record DpsAlert(String alertUuid, String prisonNumber, String alertCode, String description,
                       String authorisedBy, LocalDate activeFrom, LocalDate activeTo, boolean active,
                       LocalDateTime createdAt, String createdBy, String lastModifiedBy) {
    public DpsAlert {
        Objects.requireNonNull(alertUuid, "alertUuid");
        Objects.requireNonNull(prisonNumber, "prisonNumber");
        Objects.requireNonNull(alertCode, "alertCode");
        Objects.requireNonNull(activeFrom, "activeFrom");
    }

    public String lastUser() {
        return lastModifiedBy != null ? lastModifiedBy : createdBy;
    }
}
