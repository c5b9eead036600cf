package org.prisonsync.core.migration;

import org.prisonsync.core.queue.QueueAdmin;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.queue.QueueStatus;

/** A migration queue's counts, read through {@link QueueAdmin}. SQS counts are approximate, hence repeated checks. */
final class QueueCounts {
    private QueueCounts() {
    }

    /**
     * The migration queue's counts alone: the completion check asks once a second or so while a run goes on, and
     * reading every configured queue each time cost two SQS requests per queue (forty with twenty queues).
     */
    static QueueStatus of(QueueAdmin admin, QueueDefinition queue) {
        return admin.status(queue.queueName());
    }

    /**
     * Messages still to do, as seen from inside a handler: visible ones plus those in flight other than the one being
     * handled (on SQS the checking message is itself in flight). Counting in-flight ones, unlike upstream, keeps a
     * run from completing while an entity waits out its retry delay.
     */
    static long pendingBesidesSelf(QueueAdmin admin, QueueDefinition queue) {
        QueueStatus status = of(admin, queue);
        return status.messagesOnQueue() + Math.max(0, status.messagesInFlight() - 1);
    }

    static long dlqCount(QueueAdmin admin, QueueDefinition queue) {
        return of(admin, queue).messagesOnDlq();
    }
}
