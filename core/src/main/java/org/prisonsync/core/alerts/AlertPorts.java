package org.prisonsync.core.alerts;

import org.prisonsync.core.prisoners.ActivePrisoners;
import java.util.Objects;

/** The outside parties the alerts domain needs, beyond the engine's shared ports. */
public record AlertPorts(AlertsNomisApi nomis, AlertsDpsApi dps, PrisonerMappings prisonerMappings,
                         AlertDuplicates duplicates, ActivePrisoners activePrisoners) {
    public AlertPorts {
        Objects.requireNonNull(nomis, "nomis");
        Objects.requireNonNull(dps, "dps");
        Objects.requireNonNull(prisonerMappings, "prisonerMappings");
        Objects.requireNonNull(duplicates, "duplicates");
        Objects.requireNonNull(activePrisoners, "activePrisoners");
    }
}
