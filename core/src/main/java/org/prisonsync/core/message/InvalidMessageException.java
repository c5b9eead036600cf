package org.prisonsync.core.message;

import org.prisonsync.core.PrisonSyncException;

/**
 * The message can be read but lacks what its type requires (a missing reference, a malformed prisoner number).
 * The engine turns it into a {@code Rejected} outcome: straight to the DLQ with this message as the reason.
 */
public class InvalidMessageException extends PrisonSyncException {
    public InvalidMessageException(String message) {
        super(message);
    }
}
