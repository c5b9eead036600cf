package org.prisonsync.core.incentives;

import java.util.Objects;

/** A global IEP level in NOMIS: a reference code of domain {@code IEP_LEVEL} with its description and status. */
public record NomisIncentiveLevel(String code, String description, boolean active) {
    public NomisIncentiveLevel {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
    }

    public static NomisIncentiveLevel from(IncentiveLevel level) {
        return new NomisIncentiveLevel(level.code(), level.name(), level.active());
    }
}
