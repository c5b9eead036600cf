package org.prisonsync.sqs;

import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * One received message on its way through a worker. Its state decides, exactly once, who settles it: the worker
 * (which applies the handler's disposition) or a stopping source (which makes it visible again). So a message handed
 * back at stop is never also deleted by a handler that finishes late.
 */
final class Delivery {

    enum State { RECEIVED, RUNNING, DONE, RETURNED }

    private final Message message;
    private final Runnable onSettled;
    private final AtomicReference<State> state = new AtomicReference<>(State.RECEIVED);

    Delivery(Message message, Runnable onSettled) {
        this.message = message;
        this.onSettled = onSettled;
    }

    Message message() {
        return message;
    }

    boolean start() {
        return state.compareAndSet(State.RECEIVED, State.RUNNING);
    }

    /** The handler finished and the worker may apply its disposition. */
    boolean finish() {
        return state.compareAndSet(State.RUNNING, State.DONE);
    }

    /** Claims an unsettled delivery for return to the queue. */
    boolean giveBack() {
        return state.compareAndSet(State.RECEIVED, State.RETURNED) || state.compareAndSet(State.RUNNING, State.RETURNED);
    }

    /** Called once by the worker when it is done with the delivery, however it ended. */
    void settled() {
        onSettled.run();
    }
}
