package org.prisonsync.simulator.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One kind of upstream entity held in memory: records in, records out, found in O(1) by key and through the
 * secondary indexes the domain declares (reviews by prisoner number, IEPs by booking), each index keeping its
 * entries in the domain's order (e.g. current first) so "the current one" is the first entry, not a scan. A
 * reconciliation of 100,000 prisoners therefore reads in constant time per prisoner. Thread-safe: writes are
 * serialised per store, reads are lock-free and see immutable lists.
 *
 * @param <K> the entity's key (an id, or a record of booking and sequence)
 * @param <V> the entity, an immutable record
 */
public final class EntityStore<K, V> {
    private final Function<V, K> keyOf;
    private final Map<K, V> byKey = new ConcurrentHashMap<>();
    private final List<Index<?, V>> indexes = new CopyOnWriteArrayList<>();

    private EntityStore(Function<V, K> keyOf) {
        this.keyOf = keyOf;
    }

    /** An empty store whose entities are keyed by {@code keyOf}. */
    public static <K, V> EntityStore<K, V> keyedBy(Function<V, K> keyOf) {
        return new EntityStore<>(Objects.requireNonNull(keyOf, "keyOf"));
    }

    /**
     * Declares a secondary index: entities grouped by {@code groupOf}, each group in {@code order}. Declared before
     * the first write, as a domain declares its store once; a later declaration would miss what is already stored.
     */
    public synchronized <I> Index<I, V> index(Function<V, I> groupOf, Comparator<V> order) {
        if (!byKey.isEmpty()) {
            throw new IllegalStateException("declare indexes before the first entity is stored");
        }
        Index<I, V> index = new Index<>(groupOf, order);
        indexes.add(index);
        return index;
    }

    /** Stores {@code entity}, replacing the one with its key if any; returns it. */
    public synchronized V put(V entity) {
        K key = Objects.requireNonNull(keyOf.apply(entity), "key");
        V previous = byKey.put(key, entity);
        for (Index<?, V> index : indexes) {
            index.replace(previous, entity, keyOf);
        }
        return entity;
    }

    /**
     * Stores what {@code build} makes, with no other write to the store in between: e.g. the next sequence on a
     * booking, computed from the booking's entries as they are.
     */
    public synchronized V putComputed(Supplier<V> build) {
        return put(build.get());
    }

    /** Replaces the entity with {@code key} by {@code change} of it (its key unchanged); empty when there is none. */
    public synchronized Optional<V> update(K key, UnaryOperator<V> change) {
        V current = byKey.get(key);
        if (current == null) {
            return Optional.empty();
        }
        V changed = change.apply(current);
        if (!key.equals(keyOf.apply(changed))) {
            throw new IllegalArgumentException("an update must keep the key " + key);
        }
        return Optional.of(put(changed));
    }

    public Optional<V> find(K key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public int size() {
        return byKey.size();
    }

    /** Every entity, in no particular order. */
    public Collection<V> all() {
        return List.copyOf(byKey.values());
    }

    /**
     * A secondary index: the entities of one group (e.g. one prisoner's reviews) in the order declared. Maintained by
     * its store under the store's lock; read without one.
     */
    public static final class Index<I, V> {
        private final Function<V, I> groupOf;
        private final Comparator<V> order;
        private final Map<I, List<V>> groups = new ConcurrentHashMap<>();

        private Index(Function<V, I> groupOf, Comparator<V> order) {
            this.groupOf = groupOf;
            this.order = order;
        }

        /** The group's entities in the index's order; empty when none. */
        public List<V> all(I group) {
            return groups.getOrDefault(group, List.of());
        }

        /** The group's first entity in the index's order (e.g. the current one). */
        public Optional<V> first(I group) {
            List<V> all = all(group);
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
        }

        /** How many groups hold at least one entity. */
        public int groups() {
            return groups.size();
        }

        private <K> void replace(V previous, V entity, Function<V, K> keyOf) {
            if (previous != null) {
                remove(previous, keyOf);
            }
            // Groups are one prisoner's or one booking's entries: a handful, so a sorted copy per write is cheap
            // and lets readers hold a list no writer changes.
            List<V> group = new ArrayList<>(all(groupOf.apply(entity)));
            group.add(entity);
            group.sort(order);
            groups.put(groupOf.apply(entity), List.copyOf(group));
        }

        private <K> void remove(V previous, Function<V, K> keyOf) {
            I group = groupOf.apply(previous);
            K key = keyOf.apply(previous);
            List<V> rest = all(group).stream().filter(v -> !keyOf.apply(v).equals(key)).toList();
            if (rest.isEmpty()) {
                groups.remove(group);
            } else {
                groups.put(group, rest);
            }
        }
    }
}
