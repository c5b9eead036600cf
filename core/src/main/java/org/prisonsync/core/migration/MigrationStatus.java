package org.prisonsync.core.migration;

/** The upstream {@code MigrationStatus}; a run is active while {@code STARTED} or {@code CANCELLED_REQUESTED}. */
public enum MigrationStatus {
    STARTED,
    COMPLETED,
    CANCELLED_REQUESTED,
    CANCELLED;

    public boolean active() {
        return this == STARTED || this == CANCELLED_REQUESTED;
    }
}
