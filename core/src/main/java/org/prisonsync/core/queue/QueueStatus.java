package org.prisonsync.core.queue;

/**
 * A queue's health as {@code /health} reports it, with the upstream field names. {@code dlqStatus} is
 * {@code UP} or {@code DOWN}; counts are SQS's approximate counts.
 */
public record QueueStatus(String queueId, String queueName, long messagesOnQueue, long messagesInFlight,
                          String dlqName, String dlqStatus, long messagesOnDlq, String status) {

    public boolean up() {
        return "UP".equals(status);
    }
}
