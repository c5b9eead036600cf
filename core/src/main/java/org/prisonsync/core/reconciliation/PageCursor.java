package org.prisonsync.core.reconciliation;

import java.util.List;
import java.util.OptionalLong;

/**
 * Reads a population one page at a time. {@link #next} moves on even when it throws, so the caller reports the
 * failed page and asks for the next one; a cursor is used by one thread at a time.
 */
public interface PageCursor<T> {

    /** How many items there are, when the strategy knows before paging. */
    OptionalLong total();

    boolean hasNext();

    /** The next page (possibly empty); throws if that page cannot be read, having already stepped past it. */
    List<T> next();

    /** The page {@link #next} last tried to read, for a page error: {@code page 3}, {@code after 1200 (next 20)}. */
    String position();
}
