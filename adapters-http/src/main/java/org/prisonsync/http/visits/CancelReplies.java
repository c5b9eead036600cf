package org.prisonsync.http.visits;

import org.prisonsync.core.visits.CancelResult;
import org.prisonsync.http.internal.HttpReply;

/** How NOMIS and the DPS visit scheduler answer a visit's cancel, which both read the same way. */
final class CancelReplies {
    private CancelReplies() {
    }

    /** 2xx cancelled, 409 already cancelled, 404 not found, else refused. */
    static CancelResult asCancelResult(HttpReply reply) {
        switch (reply.status()) {
            case 200:
            case 204:
                return CancelResult.CANCELLED;
            case 409:
                return CancelResult.ALREADY_CANCELLED;
            case 404:
                return CancelResult.NOT_FOUND;
            default:
                throw reply.rejected();
        }
    }
}
