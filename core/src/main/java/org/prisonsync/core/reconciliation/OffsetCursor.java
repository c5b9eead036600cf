package org.prisonsync.core.reconciliation;

import java.util.List;
import java.util.OptionalLong;

/** Pages 0 … ⌈total / size⌉ − 1 of a population whose total was read first. */
final class OffsetCursor<T> implements PageCursor<T> {
    private final long total;
    private final int size;
    private final Population.OffsetPage<T> pages;
    private int page;
    private String position = "before page 0";

    OffsetCursor(long total, int size, Population.OffsetPage<T> pages) {
        if (total < 0) {
            throw new IllegalArgumentException("a total cannot be negative: " + total);
        }
        this.total = total;
        this.size = size;
        this.pages = pages;
    }

    @Override
    public OptionalLong total() {
        return OptionalLong.of(total);
    }

    @Override
    public boolean hasNext() {
        return (long) page * size < total;
    }

    @Override
    public List<T> next() {
        int reading = page++;
        position = "page " + reading;
        return List.copyOf(pages.page(reading, size));
    }

    @Override
    public String position() {
        return position;
    }
}
