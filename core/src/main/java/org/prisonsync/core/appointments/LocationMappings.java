package org.prisonsync.core.appointments;

import java.util.Optional;

/**
 * The NOMIS mapping service's location mappings, read only: which NOMIS internal location a DPS location uuid is,
 * as upstream translates an appointment's {@code dpsLocationId} before writing NOMIS.
 *
 * <p>Contract: empty on 404 (the location is not mapped). Unreachable / 5xx / timeouts throw
 * {@link org.prisonsync.core.UpstreamUnavailable}.
 */
public interface LocationMappings {

    /** {@code GET /mapping/locations/dps/{dpsLocationId}}: its {@code nomisLocationId}. */
    Optional<Long> nomisLocationId(String dpsLocationId);
}
