package org.prisonsync.core.reconciliation;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.ToLongFunction;

/** Pages after the last key seen, until a short page; a failed page moves the key on by the page size. */
final class KeysetCursor<T> implements PageCursor<T> {
    private final int size;
    private final Population.KeysetPage<T> pages;
    private final ToLongFunction<T> keyOf;
    private long afterKey;
    private boolean more = true;
    private String position = "before the first page";

    KeysetCursor(long startAfter, int size, Population.KeysetPage<T> pages, ToLongFunction<T> keyOf) {
        this.afterKey = startAfter;
        this.size = size;
        this.pages = pages;
        this.keyOf = keyOf;
    }

    @Override
    public OptionalLong total() {
        return OptionalLong.empty();
    }

    @Override
    public boolean hasNext() {
        return more;
    }

    @Override
    public List<T> next() {
        long reading = afterKey;
        position = "after " + reading + " (next " + size + ")";
        afterKey = reading + size; // where to go on from if this page fails
        List<T> page = List.copyOf(pages.page(reading, size));
        if (page.size() < size) {
            more = false;
        }
        if (!page.isEmpty()) {
            long last = keyOf.applyAsLong(page.get(page.size() - 1));
            if (last <= reading) {
                // a source that does not move forward would be read for ever
                more = false;
                throw new IllegalStateException("keys did not increase after " + reading + ": last was " + last);
            }
            afterKey = last;
        }
        return page;
    }

    @Override
    public String position() {
        return position;
    }
}
