package org.prisonsync.core.reconciliation;

import java.util.List;
import java.util.OptionalLong;

/** The pages of one population, then the pages of another: the total is known when both know theirs. */
final class ConcatCursor<T> implements PageCursor<T> {
    private final PageCursor<T> first;
    private final PageCursor<T> second;
    private boolean readingFirst = true;

    ConcatCursor(PageCursor<T> first, PageCursor<T> second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public OptionalLong total() {
        OptionalLong a = first.total();
        OptionalLong b = second.total();
        return a.isPresent() && b.isPresent() ? OptionalLong.of(a.getAsLong() + b.getAsLong()) : OptionalLong.empty();
    }

    @Override
    public boolean hasNext() {
        return first.hasNext() || second.hasNext();
    }

    @Override
    public List<T> next() {
        readingFirst = first.hasNext();
        return readingFirst ? first.next() : second.next();
    }

    @Override
    public String position() {
        return readingFirst ? first.position() : second.position() + " of the second part";
    }
}
