package org.prisonsync.sqs;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.queue.QueueAdmin;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Binds the queue ports to SQS. The runner's component supplies {@link SqsSettings} (e.g. with
 * {@code @BindsInstance}); it also owns the client's lifecycle and creates queues where needed with
 * {@link SqsQueueProvisioner}.
 */
@Module
public final class SqsModule {

    private SqsModule() {
    }

    @Provides
    @Singleton
    static SqsClient sqsClient(SqsSettings settings) {
        // built on the first call: a CLI command that touches no queue never loads the SDK's client
        return LazySqsClient.of(() -> SqsAdapters.client(settings));
    }

    @Provides
    @Singleton
    static MessageQueue messageQueue(SqsClient client) {
        return SqsAdapters.messageQueue(client);
    }

    @Provides
    @Singleton
    static QueueAdmin queueAdmin(SqsClient client, SqsSettings settings) {
        return SqsAdapters.queueAdmin(client, settings.queues());
    }

    @Provides
    @Singleton
    static SqsEventSources eventSources(SqsClient client, SqsSettings settings) {
        return SqsAdapters.eventSources(client, settings);
    }
}
