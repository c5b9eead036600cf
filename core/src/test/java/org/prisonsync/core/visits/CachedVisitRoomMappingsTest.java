package org.prisonsync.core.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.visits.inmemory.InMemoryVisitRoomMappings;
import org.prisonsync.core.inmemory.MutableClock;

class CachedVisitRoomMappingsTest {
    private static final VisitRoomMapping VISITS_HALL = new VisitRoomMapping("MDI", "MDI-VISITS-HALL", "dps-hall", true);

    private final AtomicInteger lookups = new AtomicInteger();
    private final InMemoryVisitRoomMappings elsewhere = new InMemoryVisitRoomMappings();
    private final VisitRoomMappings counting = new ForwardingRooms(elsewhere, lookups);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final CachedVisitRoomMappings rooms = new CachedVisitRoomMappings(counting, clock, Duration.ofSeconds(10));

    @Test
    void aFoundMappingIsReadOnceWithinTheTtlAndAgainAfterIt() {
        elsewhere.create(VISITS_HALL);

        for (int i = 0; i < 100; i++) {
            assertThat(rooms.find("MDI", "MDI-VISITS-HALL")).contains(VISITS_HALL);
        }
        assertThat(lookups.get()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(10));
        rooms.find("MDI", "MDI-VISITS-HALL");
        assertThat(lookups.get()).isEqualTo(2);
    }

    @Test
    void absenceIsNeverCachedSoAMappingAddedElsewhereIsSeenAtOnce() {
        assertThat(rooms.find("MDI", "MDI-VISITS-HALL")).isEmpty();

        elsewhere.create(VISITS_HALL);

        assertThat(rooms.find("MDI", "MDI-VISITS-HALL")).contains(VISITS_HALL);
    }

    @Test
    void changesThroughTheCacheTakeEffectAtOnce() {
        rooms.create(VISITS_HALL);
        assertThat(rooms.find("MDI", "MDI-VISITS-HALL")).contains(VISITS_HALL);

        assertThat(rooms.delete("MDI", "MDI-VISITS-HALL")).isTrue();

        assertThat(rooms.find("MDI", "MDI-VISITS-HALL")).isEmpty();
    }

    @Test
    void aMappingDeletedElsewhereIsTrustedUntilTheTtlEnds() {
        elsewhere.create(VISITS_HALL);
        rooms.find("MDI", "MDI-VISITS-HALL");
        elsewhere.delete("MDI", "MDI-VISITS-HALL");

        assertThat(rooms.find("MDI", "MDI-VISITS-HALL")).contains(VISITS_HALL);
        clock.advance(Duration.ofSeconds(11));
        assertThat(rooms.find("MDI", "MDI-VISITS-HALL")).isEmpty();
    }

    /** Counts the lookups that reach the store. */
    private record ForwardingRooms(VisitRoomMappings store, AtomicInteger lookups) implements VisitRoomMappings {
        @Override
        public Optional<VisitRoomMapping> find(String prisonId, String nomisRoomDescription) {
            lookups.incrementAndGet();
            return store.find(prisonId, nomisRoomDescription);
        }

        @Override
        public boolean create(VisitRoomMapping mapping) {
            return store.create(mapping);
        }

        @Override
        public boolean delete(String prisonId, String nomisRoomDescription) {
            return store.delete(prisonId, nomisRoomDescription);
        }

        @Override
        public java.util.List<VisitRoomMapping> forPrison(String prisonId) {
            return store.forPrison(prisonId);
        }
    }
}
