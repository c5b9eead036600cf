package org.prisonsync.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Collections;
import java.util.List;
import org.prisonsync.core.queue.QueueDefinition;
import org.junit.jupiter.api.Test;

/** Which endpoints skip the SDK's message MD5 checks (only those on this host), and how many connections a client pools. */
class SqsAdaptersTest {

    @Test
    void loopbackEndpointsAreRecognised() {
        assertThat(SqsAdapters.isLoopback(URI.create("http://127.0.0.1:9324"))).isTrue();
        assertThat(SqsAdapters.isLoopback(URI.create("http://localhost:9324"))).isTrue();
        assertThat(SqsAdapters.isLoopback(URI.create("http://[::1]:9324"))).isTrue();
    }

    @Test
    void anyOtherEndpointKeepsTheChecks() {
        assertThat(SqsAdapters.isLoopback(URI.create("https://sqs.eu-west-2.amazonaws.com"))).isFalse();
        assertThat(SqsAdapters.isLoopback(URI.create("http://localstack:4566"))).isFalse();
        assertThat(SqsAdapters.isLoopback(URI.create("http://127.0.0.2.example.com:9324"))).isFalse();
    }

    @Test
    void everyConsumerHasAConnectionWithSpareForAdminAndSends() {
        QueueDefinition eight = QueueDefinition.withDefaults("visits", "visits-queue", "visits-dlq");
        QueueDefinition two = eight.withConcurrency(2);
        // a poller's long poll, a delete batch and one per worker, for each queue; then 16 to spare
        assertThat(SqsAdapters.connections(Collections.nCopies(20, eight))).isEqualTo(20 * (8 + 2) + 16);
        assertThat(SqsAdapters.connections(List.of(eight, two, two, two, two, two))).isEqualTo(64);
        assertThat(SqsAdapters.connections(List.of(eight, eight, eight, eight, eight))).isEqualTo(5 * 10 + 16);
    }

    @Test
    void aClientForFewOrNoQueuesStillPoolsSixtyFour() {
        assertThat(SqsAdapters.connections(List.of())).isEqualTo(64);
        assertThat(SqsAdapters.connections(List.of(QueueDefinition.withDefaults("a", "a-q", "a-dlq")))).isEqualTo(64);
    }
}
