package org.prisonsync.core;

/**
 * The one unchecked root of every exception prison-sync throws. Exceptions are for infrastructure faults and invalid
 * input; business results (duplicate, already mapped, skipped) are values ({@link org.prisonsync.core.sync.SyncOutcome}).
 */
public class PrisonSyncException extends RuntimeException {
    public PrisonSyncException(String message) {
        super(message);
    }

    public PrisonSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
