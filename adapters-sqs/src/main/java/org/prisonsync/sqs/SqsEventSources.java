package org.prisonsync.sqs;

import java.util.Objects;
import org.prisonsync.core.queue.EventSource;
import org.prisonsync.core.queue.QueueDefinition;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Makes one {@link EventSource} per consumed queue, all sharing one client and its queue-URL cache. */
public final class SqsEventSources {

    private final SqsClient client;
    private final SqsSettings settings;
    private final QueueUrls urls;
    private final JacksonEnvelopeCodec codec;

    SqsEventSources(SqsClient client, SqsSettings settings, QueueUrls urls, JacksonEnvelopeCodec codec) {
        this.client = Objects.requireNonNull(client, "client");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.urls = urls;
        this.codec = codec;
    }

    /** A new, not yet started source for {@code queue}; it long-polls with the settings' wait time. */
    public EventSource create(QueueDefinition queue) {
        return new SqsEventSource(client, urls, codec, Objects.requireNonNull(queue, "queue"), settings.waitTime());
    }
}
