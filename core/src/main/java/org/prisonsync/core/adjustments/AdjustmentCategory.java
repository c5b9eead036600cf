package org.prisonsync.core.adjustments;

import java.util.Optional;

/**
 * NOMIS keeps an adjustment either against a sentence or against the booking's key dates: two tables, two id
 * sequences, two sets of endpoints. The mapping service calls them {@code SENTENCE} and {@code KEY-DATE}.
 */
public enum AdjustmentCategory {
    SENTENCE("SENTENCE", "sentence-adjustment"),
    KEY_DATE("KEY-DATE", "key-date-adjustment");

    private final String code;
    private final String telemetryPrefix;

    AdjustmentCategory(String code, String telemetryPrefix) {
        this.code = code;
        this.telemetryPrefix = telemetryPrefix;
    }

    /** {@code nomisAdjustmentCategory} as the mapping service spells it. */
    public String code() {
        return code;
    }

    /** Upstream's from-NOMIS telemetry prefix, e.g. {@code sentence-adjustment-synchronisation-skipped}. */
    String telemetryPrefix() {
        return telemetryPrefix;
    }

    public static Optional<AdjustmentCategory> fromCode(String code) {
        for (AdjustmentCategory c : values()) {
            if (c.code.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
