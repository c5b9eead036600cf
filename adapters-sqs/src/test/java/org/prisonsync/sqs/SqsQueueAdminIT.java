package org.prisonsync.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prisonsync.sqs.ElasticMqFixture.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.queue.DlqMessage;
import org.prisonsync.core.queue.DlqMessages;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.queue.QueueAdmin;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.queue.QueueStatus;
import org.prisonsync.core.queue.UnknownQueueException;
import software.amazon.awssdk.services.sqs.model.Message;

class SqsQueueAdminIT {

    private static ElasticMqFixture sqs;
    private static MessageQueue messageQueue;

    @BeforeAll
    static void startElasticMq() {
        sqs = ElasticMqFixture.shared();
        messageQueue = SqsAdapters.messageQueue(sqs.client());
    }

    @Test
    void statusCountsTheMessagesOnTheQueueInFlightAndOnTheDlq() {
        QueueDefinition queue = sqs.createQueue("status", 3, 2);
        send(queue.queueName(), 3);
        deadLetter(queue, 2);
        // One message received and not deleted is in flight.
        sqs.client().receiveMessage(r -> r.queueUrl(sqs.url(queue.queueName())).maxNumberOfMessages(1));

        QueueStatus status = admin(queue).status().get(0);

        assertThat(status).isEqualTo(new QueueStatus(queue.id(), queue.queueName(), 2, 1, queue.dlqName(), "UP", 2,
                "UP"));
    }

    @Test
    void aQueueWithoutARedrivePolicyIsDown() {
        QueueDefinition queue = sqs.createQueue("noredrive", 3, 2);
        QueueDefinition plain = new QueueDefinition("plain", queue.queueName() + "-plain", queue.dlqName(), 3,
                queue.ladder(), Map.of(), 2);
        sqs.client().createQueue(r -> r.queueName(plain.queueName()));

        QueueStatus status = admin(plain).status().get(0);

        assertThat(status.dlqStatus()).isEqualTo("DOWN");
        assertThat(status.status()).isEqualTo("DOWN");
    }

    @Test
    void aQueueThatDoesNotExistIsDown() {
        QueueDefinition missing = QueueDefinition.withDefaults("missing", "missing-queue", "missing-queue-dlq");

        QueueStatus status = admin(missing).status().get(0);

        assertThat(status.up()).isFalse();
        assertThat(status.dlqStatus()).isEqualTo("DOWN");
        assertThat(status.messagesOnQueue()).isZero();
    }

    @Test
    void readDlqReturnsBodiesAndAttributesAndRemovesNothing() {
        QueueDefinition queue = sqs.createQueue("readdlq", 3, 2);
        deadLetter(queue, 12);
        QueueAdmin admin = admin(queue);

        DlqMessages read = admin.readDlq(queue.dlqName(), 100);

        assertThat(read.messagesFoundCount()).isEqualTo(12);
        assertThat(read.messages()).hasSize(12).extracting(DlqMessage::messageId).doesNotHaveDuplicates();
        DlqMessage first = read.messages().get(0);
        assertThat(first.failureReason()).isEqualTo("boom");
        assertThat(first.attributes()).containsEntry("eventType", "TEST");
        assertThat(first.body()).startsWith("{\"Type\":\"TEST\"");
        assertThat(sqs.visible(queue.dlqName())).isEqualTo(12);
        assertThat(admin.readDlq(queue.dlqName(), 5).messages()).hasSize(5);
        assertThat(admin.readDlq(queue.dlqName(), 0).messages()).isEmpty();
    }

    @Test
    void retryDlqMovesEveryMessageBackWithoutItsFailureAttributes() {
        QueueDefinition queue = sqs.createQueue("retrydlq", 3, 2);
        deadLetter(queue, 23);

        int moved = admin(queue).retryDlq(queue.dlqName());

        assertThat(moved).isEqualTo(23);
        assertThat(sqs.empty(queue.dlqName())).isTrue();
        assertThat(sqs.visible(queue.queueName())).isEqualTo(23);
        List<Message> back = new ArrayList<>();
        await("all messages received from the main queue", () -> {
            back.addAll(sqs.take(queue.queueName()));
            return back.size() == 23;
        });
        assertThat(back).allSatisfy(m -> assertThat(SqsMessageAttributes.stringsOf(m))
                .containsEntry("eventType", "TEST").containsEntry("traceId", "t")
                .doesNotContainKeys(QueueAdmin.FAILURE_REASON_ATTRIBUTE, "failedQueue"));
    }

    @Test
    void purgeEmptiesAMainQueueOrADlqAndSaysHowManyItFound() {
        QueueDefinition queue = sqs.createQueue("purge", 3, 2);
        send(queue.queueName(), 4);
        deadLetter(queue, 2);
        QueueAdmin admin = admin(queue);

        assertThat(admin.purge(queue.queueName())).isEqualTo(4);
        assertThat(admin.purge(queue.dlqName())).isEqualTo(2);

        await("both queues empty", () -> sqs.empty(queue.queueName()) && sqs.empty(queue.dlqName()));
    }

    @Test
    void unknownNamesAreRejected() {
        QueueDefinition queue = sqs.createQueue("unknown", 3, 2);
        QueueAdmin admin = admin(queue);

        assertThatThrownBy(() -> admin.readDlq("nope", 1)).isInstanceOf(UnknownQueueException.class)
                .hasMessage("nope not found");
        assertThatThrownBy(() -> admin.retryDlq(queue.queueName())).isInstanceOf(UnknownQueueException.class);
        assertThatThrownBy(() -> admin.purge("nope")).isInstanceOf(UnknownQueueException.class);
        assertThat(admin.queues()).containsExactly(queue);
    }

    private static QueueAdmin admin(QueueDefinition queue) {
        return SqsAdapters.queueAdmin(sqs.client(), List.of(queue));
    }

    private static void send(String queueName, int count) {
        List<InternalMessage> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            messages.add(new InternalMessage("TEST", Map.of("n", i)));
        }
        messageQueue.sendAll(queueName, messages);
    }

    private static void deadLetter(QueueDefinition queue, int count) {
        for (int i = 0; i < count; i++) {
            messageQueue.send(queue.dlqName(), new InternalMessage("TEST", Map.of("n", i)), Duration.ZERO,
                    Map.of(QueueAdmin.FAILURE_REASON_ATTRIBUTE, "boom", "failedQueue", queue.queueName(),
                            "traceId", "t"));
        }
    }
}
