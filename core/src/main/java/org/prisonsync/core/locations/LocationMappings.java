package org.prisonsync.core.locations;

import java.util.Optional;

/**
 * The NOMIS mapping service's location mappings, read only: which NOMIS internal location a DPS location uuid is.
 * Every domain whose DPS records name a DPS location (appointments, activity schedules, adjudication incidents and
 * hearings) translates it through this one port before writing NOMIS, which knows only its own internal location ids.
 *
 * <p>Contract: empty on 404 (the location is not mapped, perhaps not yet: the locations sync maps a new DPS location
 * shortly after it is made). Unreachable / 5xx / timeouts throw {@link org.prisonsync.core.UpstreamUnavailable}.
 */
public interface LocationMappings {

    /** {@code GET /mapping/locations/dps/{dpsLocationId}}: its {@code nomisLocationId}. */
    Optional<Long> nomisLocationId(String dpsLocationId);
}
