package org.prisonsync.core.movements;

import java.util.Objects;

/** What movement reconciliation needs from outside: the pairs table and the Prison API's booking movements. */
public record MovementPorts(MatchingEventPairs pairs, PrisonMovements prisonMovements, MovementSettings settings) {
    public MovementPorts {
        Objects.requireNonNull(pairs, "pairs");
        Objects.requireNonNull(prisonMovements, "prisonMovements");
        settings = settings == null ? MovementSettings.DEFAULTS : settings;
    }
}
