package org.prisonsync.core.queue;

import java.util.List;

/**
 * Operator access to the configured queues and their DLQs, by physical name.
 *
 * <p>Contract: an unknown name throws {@link UnknownQueueException}. {@link #readDlq} does not remove messages.
 * {@link #retryDlq} moves every message on the DLQ back to its main queue (body and attributes kept, the failure
 * reason dropped) and returns how many it moved. {@link #purge} works on a main queue or a DLQ name.
 */
public interface QueueAdmin {

    /** Attribute carrying why a message was dead-lettered. */
    String FAILURE_REASON_ATTRIBUTE = "failureReason";

    List<QueueStatus> status();

    /**
     * The status of one configured main queue (by its physical name), as {@link #status()} lists it. A caller that
     * needs one queue asks for one: an adapter may then read that queue alone rather than every queue configured
     * (on SQS, two attribute reads instead of two per queue).
     */
    default QueueStatus status(String queueName) {
        return status().stream().filter(s -> s.queueName().equals(queueName)).findFirst()
                .orElseThrow(() -> new UnknownQueueException(queueName));
    }

    DlqMessages readDlq(String dlqName, int maxMessages);

    int retryDlq(String dlqName);

    int purge(String queueName);

    /** The definitions this admin knows about, main queue first then its DLQ. */
    List<QueueDefinition> queues();
}
