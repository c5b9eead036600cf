package org.prisonsync.core.reconciliation;

/**
 * Where a run is. COMPLETED means the whole population was paged through (some pages or items may still have failed,
 * as its counts say); FAILED means it stopped early: the population could not be read at all, too many pages failed,
 * or the run itself broke.
 */
public enum RunStatus {
    RUNNING,
    COMPLETED,
    FAILED
}
