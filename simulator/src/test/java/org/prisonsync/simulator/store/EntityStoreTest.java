package org.prisonsync.simulator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.prisonsync.simulator.SimulatorSettings;

class EntityStoreTest {
    /** A review-like entity: an id, the prisoner it belongs to and the day it was made. */
    record Review(long id, String prisoner, int day) {
    }

    private static final Comparator<Review> NEWEST_FIRST = Comparator.comparingInt(Review::day)
            .thenComparingLong(Review::id).reversed();

    private final EntityStore<Long, Review> store = EntityStore.keyedBy(Review::id);
    private final EntityStore.Index<String, Review> byPrisoner = store.index(Review::prisoner, NEWEST_FIRST);

    @Test
    void anEntityIsFoundByKeyAndThroughItsIndexInTheDeclaredOrder() {
        store.put(new Review(1, "A1234BC", 10));
        store.put(new Review(2, "A1234BC", 30));
        store.put(new Review(3, "A1234BC", 20));
        store.put(new Review(4, "B1234CD", 5));

        assertThat(store.find(3L)).contains(new Review(3, "A1234BC", 20));
        assertThat(store.find(9L)).isEmpty();
        assertThat(byPrisoner.all("A1234BC")).extracting(Review::id).containsExactly(2L, 3L, 1L);
        assertThat(byPrisoner.first("A1234BC")).map(Review::id).contains(2L);
        assertThat(byPrisoner.all("C1234DE")).isEmpty();
        assertThat(byPrisoner.first("C1234DE")).isEmpty();
        assertThat(byPrisoner.groups()).isEqualTo(2);
        assertThat(store.size()).isEqualTo(4);
    }

    @Test
    void anUpdateReindexesTheEntityAndMayNotChangeItsKey() {
        store.put(new Review(1, "A1234BC", 10));
        store.put(new Review(2, "A1234BC", 20));

        assertThat(store.update(2L, r -> new Review(2, "B1234CD", 20))).contains(new Review(2, "B1234CD", 20));
        assertThat(byPrisoner.all("A1234BC")).extracting(Review::id).containsExactly(1L);
        assertThat(byPrisoner.all("B1234CD")).extracting(Review::id).containsExactly(2L);

        assertThat(store.update(1L, r -> new Review(1, r.prisoner(), 99))).isPresent();
        store.put(new Review(3, "A1234BC", 50));
        assertThat(byPrisoner.all("A1234BC")).extracting(Review::day).containsExactly(99, 50);

        assertThat(store.update(7L, r -> r)).isEmpty();
        assertThatThrownBy(() -> store.update(1L, r -> new Review(5, r.prisoner(), r.day())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.find(5L)).isEmpty();
    }

    @Test
    void removingAGroupsLastEntityRemovesTheGroup() {
        store.put(new Review(1, "A1234BC", 10));
        store.update(1L, r -> new Review(1, "B1234CD", 10));
        assertThat(byPrisoner.groups()).isEqualTo(1);
    }

    @Test
    void anIndexDeclaredAfterTheFirstWriteIsRefused() {
        store.put(new Review(1, "A1234BC", 10));
        assertThatThrownBy(() -> store.index(Review::day, NEWEST_FIRST)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aComputedPutSeesNoOtherWriteInBetween() throws Exception {
        // Each write numbers the prisoner's next review from those stored: racing writers must never share one.
        EntityStore<String, Review> sequenced = EntityStore.keyedBy(r -> r.prisoner() + "/" + r.day());
        EntityStore.Index<String, Review> of = sequenced.index(Review::prisoner, NEWEST_FIRST);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                long id = i;
                writes.add(pool.submit(() -> sequenced.putComputed(() -> new Review(id, "A1234BC",
                        of.first("A1234BC").map(Review::day).orElse(0) + 1))));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(of.all("A1234BC")).hasSize(2_000);
        assertThat(of.first("A1234BC")).map(Review::day).contains(2_000);
    }

    @Test
    void concurrentWritersWithIdsFromOneSequenceLoseNothing() throws Exception {
        IdSequence ids = IdSequence.from(SimulatorSettings.defaults().withIdBase(5_000));
        int writers = 8;
        int each = 12_500;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        long id = ids.next();
                        store.put(new Review(id, prisoner(id), (int) (id % 365)));
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(store.size()).isEqualTo(100_000);
        assertThat(store.find(5_001L)).isPresent();
        assertThat(store.find(105_000L)).isPresent();
        assertThat(store.find(5_000L)).as("the id base itself is never handed out").isEmpty();
        int indexed = 0;
        Set<String> prisoners = new HashSet<>();
        for (long id = 5_001; id <= 105_000; id++) {
            prisoners.add(prisoner(id));
        }
        for (String prisoner : prisoners) {
            indexed += byPrisoner.all(prisoner).size();
        }
        assertThat(indexed).isEqualTo(100_000);
        assertThat(byPrisoner.groups()).isEqualTo(prisoners.size());
    }

    @Test
    void idsCountFromTheIdBasePlusOneOrFromOneWithoutABase() {
        IdSequence fixed = IdSequence.from(SimulatorSettings.defaults());
        assertThat(fixed.next()).isEqualTo(1);
        assertThat(fixed.next()).isEqualTo(2);
        IdSequence fresh = IdSequence.from(SimulatorSettings.defaults().withIdBase(1_779_032_791_123_000L));
        assertThat(fresh.next()).isEqualTo(1_779_032_791_123_001L);
        assertThat(IdSequence.after(41).next()).isEqualTo(42);
        assertThatThrownBy(() -> IdSequence.after(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Ten reviews per prisoner, as a reconciliation's population has a few each. */
    private static String prisoner(long id) {
        return "P" + (id / 10);
    }
}
