package org.prisonsync.core.message;

/**
 * A body that could not be decoded (not JSON, no {@code Type}, an inner {@code Message} that is not JSON …). It is
 * dead-lettered at once with {@code reason}; it is never retried, since no retry can make it readable.
 */
public record Malformed(String reason) implements Envelope {
    @Override
    public String type() {
        return "MALFORMED";
    }
}
