package org.prisonsync.http.internal;

import org.prisonsync.core.UpstreamRejected;

/** One upstream answer, fully read: the call that produced it, its status and its body text. */
public record HttpReply(String method, String path, int status, String body) {
    private static final int BODY_EXCERPT = 500;

    /** A status the caller has no value for: the refusal, with enough of the body for the DLQ entry to explain it. */
    public UpstreamRejected rejected() {
        return new UpstreamRejected(status, method + " " + path + ": " + excerpt(body));
    }

    /**
     * The answer to an update or delete of one resource: 200 or 204 done (true), 404 nothing there to change (false),
     * any other answer rejected.
     */
    public boolean written() {
        switch (status) {
            case 200:
            case 204:
                return true;
            case 404:
                return false;
            default:
                throw rejected();
        }
    }

    static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= BODY_EXCERPT ? text : text.substring(0, BODY_EXCERPT);
    }
}
