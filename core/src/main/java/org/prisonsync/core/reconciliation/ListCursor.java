package org.prisonsync.core.reconciliation;

import java.util.List;
import java.util.OptionalLong;

/** A list read at once, handed out in pages so that checks are submitted as for the other strategies. */
final class ListCursor<T> implements PageCursor<T> {
    private final List<T> all;
    private final int size;
    private int from;
    private String position = "item 0";

    ListCursor(List<T> all, int size) {
        this.all = List.copyOf(all);
        this.size = size;
    }

    @Override
    public OptionalLong total() {
        return OptionalLong.of(all.size());
    }

    @Override
    public boolean hasNext() {
        return from < all.size();
    }

    @Override
    public List<T> next() {
        position = "item " + from;
        List<T> page = all.subList(from, Math.min(all.size(), from + size));
        from += page.size();
        return page;
    }

    @Override
    public String position() {
        return position;
    }
}
