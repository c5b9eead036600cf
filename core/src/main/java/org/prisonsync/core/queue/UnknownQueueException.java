package org.prisonsync.core.queue;

import org.prisonsync.core.PrisonSyncException;

/** No configured queue or DLQ has that name (the API answers 404 {@code "<name> not found"}). */
public class UnknownQueueException extends PrisonSyncException {
    public UnknownQueueException(String name) {
        super(name + " not found");
    }
}
