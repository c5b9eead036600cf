package org.prisonsync.core.message;

import java.util.Map;
import java.util.Objects;

/**
 * A message prison-sync puts on its own queues ({@code {"Type":"RETRY_CREATE_MAPPING","Message":"{…}"}}):
 * {@code type} is the envelope's {@code Type}, {@code payload} the decoded {@code Message}.
 */
public record InternalMessage(String type, Map<String, Object> payload) implements Envelope {
    public static final String RETRY_CREATE_MAPPING = "RETRY_CREATE_MAPPING";

    public InternalMessage {
        Objects.requireNonNull(type, "type");
        payload = Map.copyOf(Objects.requireNonNullElse(payload, Map.of()));
    }
}
