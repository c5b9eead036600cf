package org.prisonsync.core.alerts;

import org.prisonsync.core.mapping.Mapping;

/** The result of replacing prisoners' mappings: done, or refused (nothing changed) because a new pair collides. */
public sealed interface MappingReplacement {

    /** The old mappings were removed and the new ones saved. */
    record Replaced(int removed, int saved) implements MappingReplacement {
    }

    /**
     * Nothing changed: {@code duplicate} (one of the new pairs) collides with {@code existing}, a mapping of a
     * prisoner outside the replacement.
     */
    record Conflict(Mapping duplicate, Mapping existing) implements MappingReplacement {
    }
}
