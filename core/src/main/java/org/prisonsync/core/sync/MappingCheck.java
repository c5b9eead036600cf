package org.prisonsync.core.sync;

import java.util.Objects;

/**
 * The answer of a {@link MappingFacts} check: confirmed, or refuted with the reason a person can act on (which record
 * is missing, whose prisoner it is).
 */
public record MappingCheck(boolean holds, String reason) {
    private static final MappingCheck CONFIRMED = new MappingCheck(true, null);

    public MappingCheck {
        if (!holds) {
            Objects.requireNonNull(reason, "a refuted check says why");
        }
    }

    public static MappingCheck confirmed() {
        return CONFIRMED;
    }

    public static MappingCheck refuted(String reason) {
        return new MappingCheck(false, reason);
    }
}
