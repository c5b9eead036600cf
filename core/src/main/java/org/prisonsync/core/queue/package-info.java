/**
 * The queue protocol, independent of SQS: queue definitions and their retry ladders, the ports for receiving
 * ({@link org.prisonsync.core.queue.EventSource}), sending ({@link org.prisonsync.core.queue.MessageQueue}) and
 * administering ({@link org.prisonsync.core.queue.QueueAdmin}) queues, and the single rule that turns an outcome into
 * ack, retry-with-delay or dead letter ({@link org.prisonsync.core.queue.DispositionPolicy}).
 */
package org.prisonsync.core.queue;
