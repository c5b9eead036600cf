package org.prisonsync.sqs;

import java.time.Duration;
import java.util.List;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.queue.QueueAdmin;
import org.prisonsync.core.queue.QueueDefinition;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Builds the SQS adapters without Dagger, for tests, tools and embedders. The caller closes the client. */
public final class SqsAdapters {

    /** Reads must outlast the longest long poll (20 s) by a margin. */
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Connections are opened only when needed, so a generous floor costs nothing and spares tests a sizing. */
    private static final int MIN_CONNECTIONS = 64;
    /** Beside the consumers: queue admin, the DLQ moves of repairs, a benchmark's or a test's own sends. */
    private static final int SPARE_CONNECTIONS = 16;

    private SqsAdapters() {
    }

    public static SqsClient client(SqsSettings settings) {
        // The SDK's pooled Apache transport, not the JDK's URL connection: against ElasticMQ a call costs the caller
        // about 40 % less CPU and half the wall time (SqsTransportBenchmark, ADR 0012).
        return client(settings, ApacheHttpClient.builder()
                .maxConnections(connections(settings.queues()))
                .connectionTimeout(CONNECT_TIMEOUT)
                .socketTimeout(socketTimeout(settings)));
    }

    /**
     * The same client on another transport: what {@code SqsTransportBenchmark} compares the service's with, so that
     * the two differ in nothing else.
     */
    public static SqsClient client(SqsSettings settings, SdkHttpClient.Builder<?> transport) {
        var builder = SqsClient.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .httpClientBuilder(transport);
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
            // the SDK's MD5 of every body and attribute set, both ways, guards a network; on loopback there is none
            builder.checksumValidationEnabled(!isLoopback(settings.endpoint()));
        }
        return builder.build();
    }

    /** Reads must outlast the settings' long poll by a margin. */
    public static Duration socketTimeout(SqsSettings settings) {
        return SOCKET_TIMEOUT.plus(settings.waitTime());
    }

    /**
     * Enough pooled connections that no call waits for one: each consumed queue holds one in its poller's long poll,
     * up to one per worker (a full delete batch, a dead-lettering) and one for its batched deletes.
     */
    static int connections(List<QueueDefinition> queues) {
        int consumers = 0;
        for (QueueDefinition queue : queues) {
            consumers += queue.concurrency() + 2;
        }
        return Math.max(MIN_CONNECTIONS, consumers + SPARE_CONNECTIONS);
    }

    /** An endpoint on this host (the embedded ElasticMQ, or one beside it): its bytes never cross a network. */
    static boolean isLoopback(java.net.URI endpoint) {
        String host = endpoint.getHost();
        return host != null && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]")
                || host.equals("::1"));
    }

    public static MessageQueue messageQueue(SqsClient client) {
        return new SqsMessageQueue(client, new QueueUrls(client), new JacksonEnvelopeCodec());
    }

    public static QueueAdmin queueAdmin(SqsClient client, List<QueueDefinition> queues) {
        return new SqsQueueAdmin(client, new QueueUrls(client), queues);
    }

    public static SqsEventSources eventSources(SqsClient client, SqsSettings settings) {
        return new SqsEventSources(client, settings, new QueueUrls(client), new JacksonEnvelopeCodec());
    }

    private static AwsCredentialsProvider credentials(SqsSettings settings) {
        if (settings.accessKeyId() == null) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(
                AwsBasicCredentials.create(settings.accessKeyId(), settings.secretAccessKey()));
    }
}
