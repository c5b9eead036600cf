package org.prisonsync.core;

/**
 * An outside party answered, and refused the request (4xx other than the statuses a port maps to a value, such as
 * 404 → absent or 409 → duplicate). Retried like any failure, since reference data may still arrive, but the status
 * and body are kept in the message so the DLQ entry explains itself.
 */
public class UpstreamRejected extends PrisonSyncException {
    private final int status;

    public UpstreamRejected(int status, String message) {
        super("HTTP " + status + ": " + message);
        this.status = status;
    }

    /**
     * A refusal worded by the subclass, without the {@code HTTP <status>:} prefix that tells the dead-letter triage
     * it will be refused again: for a refusal that is "not ready yet" (an unmapped location) rather than final.
     */
    protected UpstreamRejected(int status, String message, boolean prefixed) {
        super(prefixed ? "HTTP " + status + ": " + message : message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
