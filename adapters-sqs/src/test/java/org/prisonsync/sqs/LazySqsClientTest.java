package org.prisonsync.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.GetQueueUrlRequest;
import software.amazon.awssdk.services.sqs.model.GetQueueUrlResponse;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

class LazySqsClientTest {
    private final AtomicInteger built = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();

    /** A client answering one call, counting how often it is built and closed. */
    private SqsClient factory() {
        built.incrementAndGet();
        return new SqsClient() {
            @Override
            public GetQueueUrlResponse getQueueUrl(GetQueueUrlRequest request) {
                if (request.queueName().equals("missing")) {
                    throw QueueDoesNotExistException.builder().message("no queue missing").build();
                }
                return GetQueueUrlResponse.builder().queueUrl("http://sqs/000/" + request.queueName()).build();
            }

            @Override
            public String serviceName() {
                return "sqs";
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
    }

    @Test
    void nothingIsBuiltUntilTheFirstCallAndThenOnlyOnce() {
        SqsClient client = LazySqsClient.of(this::factory);
        assertThat(built).hasValue(0);

        String first = client.getQueueUrl(r -> r.queueName("a")).queueUrl();
        String second = client.getQueueUrl(r -> r.queueName("b")).queueUrl();

        assertThat(first).isEqualTo("http://sqs/000/a");
        assertThat(second).isEqualTo("http://sqs/000/b");
        assertThat(built).hasValue(1);
    }

    @Test
    void closingAClientNeverUsedBuildsNothingAndClosingAUsedOneClosesIt() {
        SqsClient unused = LazySqsClient.of(this::factory);
        unused.close();
        assertThat(built).hasValue(0);

        SqsClient used = LazySqsClient.of(this::factory);
        used.getQueueUrl(r -> r.queueName("a"));
        used.close();
        assertThat(closed).hasValue(1);
    }

    @Test
    void theSdksOwnExceptionReachesTheCallerUnwrapped() {
        SqsClient client = LazySqsClient.of(this::factory);

        assertThatThrownBy(() -> client.getQueueUrl(r -> r.queueName("missing")))
                .isInstanceOf(QueueDoesNotExistException.class)
                .hasMessageContaining("no queue missing");
    }

    @Test
    void identityMethodsDoNotBuildTheClient() {
        SqsClient client = LazySqsClient.of(this::factory);

        assertThat(client).isEqualTo(client).isNotEqualTo(LazySqsClient.of(this::factory));
        assertThat(client.toString()).contains("not built");
        assertThat(client.hashCode()).isEqualTo(System.identityHashCode(client));
        assertThat(built).hasValue(0);
    }
}
