package org.prisonsync.http.locations;

import java.util.Optional;
import org.prisonsync.core.locations.LocationMappings;
import org.prisonsync.http.internal.JsonHttp;

/** {@link LocationMappings} over the mapping service's {@code GET /mapping/locations/dps/{dpsLocationId}}. */
final class OkHttpLocationMappings implements LocationMappings {
    private final JsonHttp http;

    OkHttpLocationMappings(JsonHttp http) {
        this.http = http;
    }

    @Override
    public Optional<Long> nomisLocationId(String dpsLocationId) {
        return http.find(LocationMappingDto.class, LocationMappingDto::toDomain, "mapping", "locations", "dps",
                dpsLocationId);
    }

    /** {@code LocationMappingDto}. */
    private record LocationMappingDto(String dpsLocationId, Long nomisLocationId, String mappingType) {
        Long toDomain() {
            if (nomisLocationId == null || nomisLocationId < 1) {
                throw new IllegalArgumentException("a location mapping without a NOMIS location id");
            }
            return nomisLocationId;
        }
    }
}
