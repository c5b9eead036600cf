package org.prisonsync.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.queue.QueueDefinition;
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
}
