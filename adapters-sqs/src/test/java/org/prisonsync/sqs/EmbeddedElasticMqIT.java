package org.prisonsync.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.testing.LoopbackPorts;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

class EmbeddedElasticMqIT {

    @Test
    void startsOnAFreeLoopbackPortProvisionsQueuesIdempotentlyAndStops() {
        EmbeddedElasticMq server = EmbeddedElasticMq.start("127.0.0.1", 0);
        int port = server.port();
        try (SqsClient client = SqsAdapters.client(SqsSettings.forEndpoint(server.endpoint(), List.of()))) {
            assertThat(port).isPositive();
            assertThat(server.endpoint().toString()).isEqualTo("http://127.0.0.1:" + port);
            QueueDefinition queue = QueueDefinition.withDefaults("embedded", "embedded", "embedded-dlq");

            SqsQueueProvisioner.createAll(client, List.of(queue), 30);
            SqsQueueProvisioner.createAll(client, List.of(queue.withMaxReceiveCount(4)), 45);

            String url = client.getQueueUrl(r -> r.queueName("embedded")).queueUrl();
            assertThat(url).contains(":" + port + "/");
            Map<QueueAttributeName, String> attributes = client.getQueueAttributes(r -> r.queueUrl(url)
                    .attributeNames(QueueAttributeName.ALL)).attributes();
            assertThat(attributes.get(QueueAttributeName.VISIBILITY_TIMEOUT)).isEqualTo("45");
            assertThat(attributes.get(QueueAttributeName.REDRIVE_POLICY))
                    .contains("embedded-dlq").contains("\"maxReceiveCount\":4");
        } finally {
            server.close();
        }

        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void aPortInUseFailsNamingItAndLeavesNoElasticMqThreadHoldingTheJvm() throws Exception {
        int port = LoopbackPorts.next();
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        try (ServerSocket holder = new ServerSocket()) {
            holder.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));

            assertThatThrownBy(() -> EmbeddedElasticMq.start("127.0.0.1", port))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("port " + port + " on 127.0.0.1 is in use")
                    .hasCauseInstanceOf(BindException.class);
        }

        // the actor system's threads end once it has terminated, which start awaited; allow them a moment to exit
        Set<Thread> left = Set.of();
        for (int attempt = 0; attempt < 50; attempt++) {
            left = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> !before.contains(thread) && thread.isAlive() && !thread.isDaemon())
                    .collect(Collectors.toSet());
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(left).extracting(Thread::getName).isEmpty();
    }
}
