package org.prisonsync.core.alerts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One alert of the DPS resync body ({@code ResyncAlert}): a NOMIS alert as DPS should hold it from now on, with its
 * audit: who created it and when, and — once modified — when and by whom ({@code lastModifiedAt} comes only with
 * {@code lastModifiedBy}, as DPS requires). Display names are NOMIS's, or the username where NOMIS has none
 * ({@code createdByDisplayName} is required by DPS).
 */
public record DpsResyncAlert(NomisAlertId nomisId, String alertCode, String description, String authorisedBy,
                             LocalDate activeFrom, LocalDate activeTo, boolean active, LocalDateTime createdAt,
                             String createdBy, String createdByDisplayName, LocalDateTime lastModifiedAt,
                             String lastModifiedBy, String lastModifiedByDisplayName) {
    public DpsResyncAlert {
        Objects.requireNonNull(nomisId, "nomisId");
        Objects.requireNonNull(alertCode, "alertCode");
        Objects.requireNonNull(activeFrom, "activeFrom");
        Objects.requireNonNull(createdBy, "createdBy");
        createdByDisplayName = createdByDisplayName == null || createdByDisplayName.isBlank() ? createdBy
                : createdByDisplayName;
        if (lastModifiedBy != null && (lastModifiedByDisplayName == null || lastModifiedByDisplayName.isBlank())) {
            lastModifiedByDisplayName = lastModifiedBy;
        }
        if (lastModifiedAt != null && lastModifiedBy == null) {
            throw new IllegalArgumentException("lastModifiedAt needs lastModifiedBy");
        }
    }

    /** Without display names (the usernames stand in) and without a modification time. */
    public DpsResyncAlert(NomisAlertId nomisId, String alertCode, String description, String authorisedBy,
                          LocalDate activeFrom, LocalDate activeTo, boolean active, LocalDateTime createdAt,
                          String createdBy, String lastModifiedBy) {
        this(nomisId, alertCode, description, authorisedBy, activeFrom, activeTo, active, createdAt, createdBy, null,
                null, lastModifiedBy, null);
    }
}
