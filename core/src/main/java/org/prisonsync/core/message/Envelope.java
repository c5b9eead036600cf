package org.prisonsync.core.message;

/**
 * What arrived on (or is sent to) a queue, once the transport's bytes are decoded. Adapters turn the SQS body into
 * one of these; the engine never sees raw JSON except to keep it for the DLQ.
 */
public sealed interface Envelope permits Notification, InternalMessage, Malformed {

    /** The type used for routing, feature switches, retry ladders and {@code <type>-sent-to-dlq} telemetry. */
    String type();
}
