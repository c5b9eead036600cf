package org.prisonsync.simulator.visits;

import org.prisonsync.core.visits.CancelResult;
import org.prisonsync.simulator.ApiError;

/** What a visit cancellation that did not happen answers, in NOMIS, the visit scheduler and the control API alike. */
final class Cancellations {
    private Cancellations() {
    }

    /**
     * Passes a cancellation that happened; a missing visit is a 404 saying {@code missing}, one already cancelled a
     * 409 saying that {@code visit} is.
     */
    static void require(CancelResult result, String visit, String missing) {
        if (result == CancelResult.NOT_FOUND) {
            throw ApiError.notFound(missing);
        }
        if (result == CancelResult.ALREADY_CANCELLED) {
            throw ApiError.conflict("Visit already cancelled", visit + " is already cancelled", null);
        }
    }
}
