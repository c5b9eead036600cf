package org.prisonsync.core.locations;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * One domain's translation of DPS location uuids into NOMIS internal location ids, over the shared
 * {@link LocationMappings}. An unmapped location is tracked under the domain's own event
 * ({@code <domain>-location-unmapped}, with the uuid and what it was of) and thrown as {@link LocationNotMapped}, which
 * the shared flows turn into a retry: the location's own sync may map it before the ladder runs out. One class for
 * every domain, so each names an unmapped location the same way and none repeats the rule.
 */
public final class NomisLocations {
    private final LocationMappings mappings;
    private final Telemetry telemetry;
    private final String unmappedEvent;

    /** {@code domainPrefix}: the domain's telemetry prefix, e.g. {@code activity}. */
    public NomisLocations(LocationMappings mappings, Telemetry telemetry, String domainPrefix) {
        this.mappings = Objects.requireNonNull(mappings, "mappings");
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
        this.unmappedEvent = Objects.requireNonNull(domainPrefix, "domainPrefix") + "-location-unmapped";
    }

    /** The event an unmapped location is tracked under. */
    public String unmappedEvent() {
        return unmappedEvent;
    }

    /**
     * The NOMIS location of {@code dpsLocationId}; {@code of} names the record it belongs to (for the reason and the
     * telemetry), {@code ids} adds the record's ids to the telemetry.
     *
     * @throws LocationNotMapped when the mapping service does not know the location (yet)
     * @throws org.prisonsync.core.message.InvalidMessageException when {@code dpsLocationId} is not an id at all
     *         (checked before any call: dead-lettered at once, no retry can fix it)
     */
    public long nomisLocationId(String dpsLocationId, String of, Map<String, String> ids) {
        Ids.requireTextId(dpsLocationId, "dpsLocationId");
        return mappings.nomisLocationId(dpsLocationId).orElseThrow(() -> {
            Map<String, String> properties = new LinkedHashMap<>(ids);
            properties.put("dpsLocationId", dpsLocationId);
            properties.put("of", of);
            telemetry.track(unmappedEvent, properties);
            return new LocationNotMapped(dpsLocationId, of);
        });
    }
}
