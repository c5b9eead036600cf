package org.prisonsync.core.reconciliation;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/** Pages that are groups read one at a time (a prison's bookings); the total is not known before reading them. */
final class GroupCursor<G, T> implements PageCursor<T> {
    private final List<G> groups;
    private final Function<G, List<T>> itemsOf;
    private final Function<G, String> groupName;
    private int next;
    private String position = "no group yet";

    GroupCursor(List<G> groups, Function<G, List<T>> itemsOf, Function<G, String> groupName) {
        this.groups = List.copyOf(groups);
        this.itemsOf = itemsOf;
        this.groupName = groupName;
    }

    @Override
    public OptionalLong total() {
        return OptionalLong.empty();
    }

    @Override
    public boolean hasNext() {
        return next < groups.size();
    }

    @Override
    public List<T> next() {
        G group = groups.get(next++);
        position = groupName.apply(group);
        return List.copyOf(itemsOf.apply(group));
    }

    @Override
    public String position() {
        return position;
    }
}
