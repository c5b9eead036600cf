package org.prisonsync.core.alerts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** One alert of the DPS resync body ({@code ResyncAlert}): a NOMIS alert as DPS should hold it from now on. */
public record DpsResyncAlert(NomisAlertId nomisId, String alertCode, String description, String authorisedBy,
                             LocalDate activeFrom, LocalDate activeTo, boolean active, LocalDateTime createdAt,
                             String createdBy, String lastModifiedBy) {
    public DpsResyncAlert {
        Objects.requireNonNull(nomisId, "nomisId");
        Objects.requireNonNull(alertCode, "alertCode");
        Objects.requireNonNull(activeFrom, "activeFrom");
        Objects.requireNonNull(createdBy, "createdBy");
    }
}
