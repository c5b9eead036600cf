package org.prisonsync.core.alerts;

import java.util.Objects;

/**
 * NOMIS's answer to an alert create: the new alert, or ({@code alreadyActive}, NOMIS's 409 "Alert code … is already
 * active on booking …") the id of the active alert with that code it already has.
 */
public record NomisAlertCreated(NomisAlertId id, boolean alreadyActive) {
    public NomisAlertCreated {
        Objects.requireNonNull(id, "id");
    }
}
