package org.prisonsync.core.reconciliation;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/** Another cursor's pages with each item mapped; its total, positions and failed pages are the other's. */
final class MappedCursor<T, R> implements PageCursor<R> {
    private final PageCursor<T> source;
    private final Function<T, R> mapper;

    MappedCursor(PageCursor<T> source, Function<T, R> mapper) {
        this.source = source;
        this.mapper = mapper;
    }

    @Override
    public OptionalLong total() {
        return source.total();
    }

    @Override
    public boolean hasNext() {
        return source.hasNext();
    }

    @Override
    public List<R> next() {
        return source.next().stream().map(mapper).toList();
    }

    @Override
    public String position() {
        return source.position();
    }
}
