package org.prisonsync.core.reconciliation;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The items a reconciliation checks, read page by page so that a run never holds the whole population. The three
 * strategies upstream uses are the factories; each knows how to step past a page that failed.
 */
public interface Population<T> {

    /**
     * Starts reading with pages of {@code pageSize}. May throw when the population cannot be read at all (its total,
     * or a whole list, could not be fetched): the run then fails.
     */
    PageCursor<T> open(int pageSize);

    /**
     * The same pages, each item turned into another (a domain's own item for the shared active prisoners), so a
     * reconciliation reuses a population without a cursor of its own.
     */
    default <R> Population<R> map(Function<T, R> mapper) {
        Population<T> source = this;
        return size -> new MappedCursor<>(source.open(size), mapper);
    }

    /** Reads page {@code page} (zero-based) of {@code size} items; a page past the end is empty. */
    @FunctionalInterface
    interface OffsetPage<T> {
        List<T> page(int page, int size);
    }

    /** Reads up to {@code size} items whose keys come after {@code afterKey}, in key order. */
    @FunctionalInterface
    interface KeysetPage<T> {
        List<T> page(long afterKey, int size);
    }

    /**
     * Offset pages of a population whose size is known first (active prisoners: {@code GET /prisoners/ids/active}).
     * A failing page is skipped; the next one is read.
     */
    static <T> Population<T> offsetPages(LongSupplier total, OffsetPage<T> pages) {
        return size -> new OffsetCursor<>(total.getAsLong(), size, pages);
    }

    /**
     * Keyset pages from just after {@code startAfter} until a page shorter than the page size (latest bookings:
     * {@code GET /bookings/ids/latest-from-id}). A failing page is skipped by moving {@code afterKey} on by the page
     * size, as upstream does, so some ids may go unchecked; the page error says which range.
     */
    static <T> Population<T> keysetPages(long startAfter, KeysetPage<T> pages, ToLongFunction<T> keyOf) {
        return size -> new KeysetCursor<>(startAfter, size, pages, keyOf);
    }

    /**
     * One page per group, each read when it is reached (the bookings of one prison, compared for that prison): the
     * page size is the group's, not {@link Reconciliation#pageSize}. A group that cannot be read is a page error
     * naming it ({@code groupName}); the next group is read.
     */
    static <G, T> Population<T> perGroup(Supplier<List<G>> groups, Function<G, List<T>> itemsOf,
                                         Function<G, String> groupName) {
        return size -> new GroupCursor<>(groups.get(), itemsOf, groupName);
    }

    /**
     * The items of {@code first}, then those of {@code second}: a reconciliation that walks one system's records
     * and then the other's for what the first did not list (non-associations: NOMIS's pairs, then DPS's pairs NOMIS
     * lacks). Both are opened at once (a failure of either fails the run); each steps past its own failed pages.
     */
    static <T> Population<T> concat(Population<T> first, Population<T> second) {
        return size -> new ConcatCursor<>(first.open(size), second.open(size));
    }

    /** A population small enough to read at once, e.g. the prisons to reconcile for a date; checked in pages. */
    static <T> Population<T> wholeList(Supplier<List<T>> all) {
        return size -> new ListCursor<>(all.get(), size);
    }
}
