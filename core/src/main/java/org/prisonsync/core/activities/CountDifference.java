package org.prisonsync.core.activities;

/** How a booking's two counts differ, in upstream's three classes. */
public enum CountDifference {
    /** NOMIS counts some, DPS none. */
    NOMIS_ONLY,
    /** DPS counts some, NOMIS none. */
    DPS_ONLY,
    /** Both count some, not the same number. */
    DIFFERENT_COUNT;

    static CountDifference of(long nomis, long dps) {
        if (dps == 0) {
            return NOMIS_ONLY;
        }
        return nomis == 0 ? DPS_ONLY : DIFFERENT_COUNT;
    }
}
