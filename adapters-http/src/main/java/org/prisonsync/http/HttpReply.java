package org.prisonsync.http;

import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.visits.CancelResult;

/** One upstream answer, fully read: the call that produced it, its status and its body text. */
public record HttpReply(String method, String path, int status, String body) {
    private static final int BODY_EXCERPT = 500;

    /** A status the caller has no value for: the refusal, with enough of the body for the DLQ entry to explain it. */
    /** A cancel's answer on either side: 2xx cancelled, 409 already cancelled, 404 not found, else refused. */
    CancelResult asCancelResult() {
        switch (status) {
            case 200:
            case 204:
                return CancelResult.CANCELLED;
            case 409:
                return CancelResult.ALREADY_CANCELLED;
            case 404:
                return CancelResult.NOT_FOUND;
            default:
                throw rejected();
        }
    }

    public UpstreamRejected rejected() {
        return new UpstreamRejected(status, method + " " + path + ": " + excerpt(body));
    }

    static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= BODY_EXCERPT ? text : text.substring(0, BODY_EXCERPT);
    }
}
