package org.prisonsync.core.locations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The {@link LocationMappings} contract, for the in-memory twin and every adapter. */
public abstract class LocationMappingsContract {
    protected abstract LocationMappings api();

    protected abstract void map(String dpsLocationId, long nomisLocationId);

    @Test
    void aMappedDpsLocationGivesItsNomisLocationAndAnUnmappedOneNothing() {
        map("0b6d0c3e-1111-4a2b-8c3d-000000000001", 9101);

        assertThat(api().nomisLocationId("0b6d0c3e-1111-4a2b-8c3d-000000000001")).contains(9101L);
        assertThat(api().nomisLocationId("0b6d0c3e-1111-4a2b-8c3d-000000000002")).isEmpty();
    }
}
