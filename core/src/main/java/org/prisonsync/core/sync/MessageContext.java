package org.prisonsync.core.sync;

/**
 * Where a message came from (handlers send follow-up messages, mapping retries, back to the same queue), and the
 * steps its handling has taken so far, for the event trail ({@link Steps}).
 */
public record MessageContext(String queueName, String messageId, int receiveCount, Steps steps) {

    public MessageContext {
        steps = steps == null ? Steps.discarding() : steps;
    }

    /** A context whose steps nobody keeps: a handler called outside the processor. */
    public MessageContext(String queueName, String messageId, int receiveCount) {
        this(queueName, messageId, receiveCount, Steps.discarding());
    }

    /** Notes that handling has just taken {@code name} ({@link Steps} lists the names). */
    public void step(String name) {
        steps.add(name);
    }

    /** Notes {@code name} with one fact of its own ({@code found=false}, {@code resumed=true}...); null: none. */
    public void step(String name, String key, String value) {
        steps.add(name, key, value);
    }
}
