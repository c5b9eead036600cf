package org.prisonsync.core.migration;

/** What {@link MigrationHistory#start} did. */
public enum RunStart {
    /** The row is in and is the type's one active run. */
    STARTED,
    /** Another run of the type is still active: nothing was written. */
    ANOTHER_ACTIVE,
    /** A run with that id exists already (two starts in one second): nothing was written. */
    ID_TAKEN
}
