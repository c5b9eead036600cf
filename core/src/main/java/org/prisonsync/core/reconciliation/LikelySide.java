package org.prisonsync.core.reconciliation;

/** Which system probably holds the wrong value, as far as the compare can tell; an operator starts looking there. */
public enum LikelySide {
    NOMIS,
    DPS,
    UNKNOWN
}
