package org.prisonsync.core.locations;

import org.prisonsync.core.UpstreamRejected;

/**
 * A DPS location the mapping service has no NOMIS location for (its {@code GET /mapping/locations/dps/{id}} answered
 * 404). A refusal like any 404, so the shared flows retry the event on the queue's ladder, but worded as what it is:
 * not ready yet rather than refused, since the locations sync may still map the location (the dead-letter triage
 * calls it recoverable, and {@code dlq retry} after the location is mapped completes it).
 */
public final class LocationNotMapped extends UpstreamRejected {
    private final String dpsLocationId;

    public LocationNotMapped(String dpsLocationId, String of) {
        super(404, "not ready: DPS location " + dpsLocationId + (of == null ? "" : " of " + of)
                + " has no NOMIS location mapping yet", false);
        this.dpsLocationId = dpsLocationId;
    }

    public String dpsLocationId() {
        return dpsLocationId;
    }
}
