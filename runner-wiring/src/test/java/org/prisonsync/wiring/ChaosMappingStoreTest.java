package org.prisonsync.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingTypes;

class ChaosMappingStoreTest {
    private static final Mapping VISIT = Mapping.of("VISIT", "n-1", "d-1", "A1234BC", MappingTypes.NOMIS_CREATED);
    private static final ClaimKey KEY = new ClaimKey("VISIT", "d-1");

    private final InMemoryMappingStore mappings = new InMemoryMappingStore(Clock.systemUTC());
    private final InMemoryWriteClaims claims = new InMemoryWriteClaims();

    @Test
    void anInjectedFailureOfASaveWithItsReleaseWritesNothingAndKeepsTheClaim() {
        ChaosMappingStore chaos = new ChaosMappingStore(mappings, 1.0, new Random(1));
        claims.claim(KEY, "consumer", Instant.now(), Duration.ofMinutes(5));

        assertThatThrownBy(() -> chaos.saveReleasing(VISIT, claims, KEY)).isInstanceOf(UpstreamUnavailable.class);

        assertThat(mappings.findByDpsId("VISIT", "d-1")).isEmpty();
        assertThat(claims.outstanding(KEY)).isTrue();
        assertThat(chaos.injected()).isEqualTo(1);
    }

    @Test
    void withoutAnInjectedFailureTheDelegateSavesAndReleases() {
        ChaosMappingStore chaos = new ChaosMappingStore(mappings, 0.0, new Random(1));
        claims.claim(KEY, "consumer", Instant.now(), Duration.ofMinutes(5));

        assertThat(chaos.saveReleasing(VISIT, claims, KEY)).isInstanceOf(MappingSaveResult.Saved.class);

        assertThat(mappings.findByDpsId("VISIT", "d-1")).isPresent();
        assertThat(claims.outstanding(KEY)).isFalse();
        assertThat(chaos.injected()).isZero();
    }
}
