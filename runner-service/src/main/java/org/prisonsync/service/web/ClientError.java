package org.prisonsync.service.web;

/**
 * A request the service refuses (4xx), raised where it is read: the status and a message for the caller that names
 * what to fix. The shared error mapping writes it as the upstream problem body; it is not logged as a fault.
 */
final class ClientError extends RuntimeException {
    private final int status;

    ClientError(int status, String message) {
        super(message, null, false, false);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("a client error is a 4xx status, not " + status);
        }
        this.status = status;
    }

    static ClientError badRequest(String message) {
        return new ClientError(400, message);
    }

    int status() {
        return status;
    }
}
