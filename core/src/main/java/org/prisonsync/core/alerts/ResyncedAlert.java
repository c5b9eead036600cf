package org.prisonsync.core.alerts;

import java.util.Objects;

/** One alert the DPS resync created ({@code ResyncedAlert}): the NOMIS alert and its new DPS uuid. */
public record ResyncedAlert(NomisAlertId nomisId, String alertUuid) {
    public ResyncedAlert {
        Objects.requireNonNull(nomisId, "nomisId");
        Objects.requireNonNull(alertUuid, "alertUuid");
    }
}
