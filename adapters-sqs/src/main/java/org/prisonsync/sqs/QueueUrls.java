package org.prisonsync.sqs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Queue name → URL, looked up once: the SDK addresses queues by URL, configuration by name. */
final class QueueUrls {

    private final SqsClient client;
    private final Map<String, String> urls = new ConcurrentHashMap<>();

    QueueUrls(SqsClient client) {
        this.client = client;
    }

    /** The queue's URL; throws the SDK's {@code QueueDoesNotExistException} (not cached) when there is none. */
    String of(String queueName) {
        String url = urls.get(queueName);
        if (url != null) {
            return url;
        }
        url = client.getQueueUrl(r -> r.queueName(queueName)).queueUrl();
        urls.put(queueName, url);
        return url;
    }
}
