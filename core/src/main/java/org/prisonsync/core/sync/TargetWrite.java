package org.prisonsync.core.sync;

import java.util.Objects;

/**
 * The id a create got in the target system. {@code alreadyExisted} is true when the target recognised the record
 * by its natural key (NOMIS answering 409 with the existing visit id) rather than creating it now.
 */
public record TargetWrite(String targetId, boolean alreadyExisted) {
    public TargetWrite {
        Objects.requireNonNull(targetId, "targetId");
    }

    public static TargetWrite created(Object id) {
        return new TargetWrite(String.valueOf(id), false);
    }

    public static TargetWrite found(Object id) {
        return new TargetWrite(String.valueOf(id), true);
    }
}
