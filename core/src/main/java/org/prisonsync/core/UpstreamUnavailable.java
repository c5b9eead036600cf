package org.prisonsync.core;

/**
 * An outside party (NOMIS, a DPS service, the queue, the database) could not be reached or answered 5xx / timed out.
 * Always worth retrying later: the same call may succeed. A timeout says nothing about whether the write happened,
 * which is why creates claim first and look up on retry.
 */
public class UpstreamUnavailable extends PrisonSyncException {
    public UpstreamUnavailable(String message) {
        super(message);
    }

    public UpstreamUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
