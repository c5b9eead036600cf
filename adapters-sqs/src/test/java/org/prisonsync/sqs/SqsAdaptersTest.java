package org.prisonsync.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Which endpoints skip the SDK's message MD5 checks: only those on this host. */
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
}
