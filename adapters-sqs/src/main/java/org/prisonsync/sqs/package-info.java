/**
 * The SQS adapter: the AWS SDK v2 implementations of the queue ports ({@code SqsEventSource},
 * {@code SqsMessageQueue}, {@code SqsQueueAdmin}), the JSON codec between SQS bodies and core's
 * {@link org.prisonsync.core.message.Envelope}, queue provisioning, and an embedded ElasticMQ for local runs and tests.
 * Implementations are package-private; runners reach them through {@link org.prisonsync.sqs.SqsAdapters} or the
 * Dagger {@link org.prisonsync.sqs.SqsModule}, configured by {@link org.prisonsync.sqs.SqsSettings}.
 */
package org.prisonsync.sqs;
