package org.prisonsync.core.incentives;

import java.util.Objects;

/** A global incentive level in DPS ({@code IncentiveLevel}): code, name, whether active, whether required. */
public record IncentiveLevel(String code, String name, boolean active, boolean required) {
    public IncentiveLevel {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
