package org.prisonsync.sqs;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.prisonsync.core.queue.QueueDefinition;

/**
 * How to reach SQS and which queues to use.
 *
 * @param endpoint                 the SQS endpoint, e.g. an ElasticMQ on loopback; null means real AWS for the region
 * @param region                   the AWS region, e.g. {@code eu-west-2}
 * @param accessKeyId              static credentials; null means the SDK's default credentials chain
 * @param secretAccessKey          the secret for {@code accessKeyId}
 * @param queues                   the consumed queues and their DLQs
 * @param waitTime                 the long-poll wait of each receive (20 s in production, about 1 s in tests)
 * @param visibilityTimeoutSeconds the visibility timeout queues are created with (upstream default 30)
 */
public record SqsSettings(URI endpoint, String region, String accessKeyId, String secretAccessKey,
                          List<QueueDefinition> queues, Duration waitTime, int visibilityTimeoutSeconds) {

    public static final String DEFAULT_REGION = "eu-west-2";
    public static final int DEFAULT_VISIBILITY_TIMEOUT_SECONDS = 30;
    /** SQS allows long polls of at most 20 s. */
    public static final Duration MAX_WAIT_TIME = Duration.ofSeconds(20);

    public SqsSettings {
        Objects.requireNonNull(region, "region");
        queues = List.copyOf(Objects.requireNonNull(queues, "queues"));
        Objects.requireNonNull(waitTime, "waitTime");
        if (waitTime.isNegative() || waitTime.compareTo(MAX_WAIT_TIME) > 0) {
            throw new IllegalArgumentException("waitTime must be between 0 and 20 s, was " + waitTime);
        }
        if (visibilityTimeoutSeconds < 0 || visibilityTimeoutSeconds > 43_200) {
            throw new IllegalArgumentException(
                    "visibilityTimeoutSeconds must be between 0 and 43200, was " + visibilityTimeoutSeconds);
        }
        if (accessKeyId != null && secretAccessKey == null) {
            throw new IllegalArgumentException("secretAccessKey is required with accessKeyId");
        }
    }

    /** A local endpoint such as ElasticMQ: region eu-west-2, dummy credentials, 1 s long polls, visibility 30 s. */
    public static SqsSettings forEndpoint(URI endpoint, List<QueueDefinition> queues) {
        return new SqsSettings(Objects.requireNonNull(endpoint, "endpoint"), DEFAULT_REGION, "x", "x", queues,
                Duration.ofSeconds(1), DEFAULT_VISIBILITY_TIMEOUT_SECONDS);
    }

    public SqsSettings withWaitTime(Duration newWaitTime) {
        return new SqsSettings(endpoint, region, accessKeyId, secretAccessKey, queues, newWaitTime,
                visibilityTimeoutSeconds);
    }

    public SqsSettings withQueues(List<QueueDefinition> newQueues) {
        return new SqsSettings(endpoint, region, accessKeyId, secretAccessKey, newQueues, waitTime,
                visibilityTimeoutSeconds);
    }

    /** Keeps the secret out of logs. */
    @Override
    public String toString() {
        return "SqsSettings[endpoint=" + endpoint + ", region=" + region + ", accessKeyId=" + accessKeyId
                + ", queues=" + queues + ", waitTime=" + waitTime + ", visibilityTimeoutSeconds="
                + visibilityTimeoutSeconds + "]";
    }
}
