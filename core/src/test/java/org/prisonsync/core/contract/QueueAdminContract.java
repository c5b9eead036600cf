package org.prisonsync.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.queue.DlqMessage;
import org.prisonsync.core.queue.DlqMessages;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.queue.QueueAdmin;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.queue.QueueStatus;
import org.prisonsync.core.queue.RetryLadder;
import org.prisonsync.core.queue.UnknownQueueException;

/**
 * The {@link QueueAdmin} contract, run against every implementation (in memory, SQS …) through the ports only.
 * Each test gets a fresh main queue and DLQ. Real brokers count approximately and eventually, so counts are awaited.
 */
public abstract class QueueAdminContract {

    /** The ports under test, wired to {@code queue} (whose main queue and DLQ exist and are empty). */
    public record Ports(MessageQueue messageQueue, QueueAdmin queueAdmin) {
    }

    private static final int N = 3;

    protected QueueDefinition queue;
    private MessageQueue messageQueue;
    private QueueAdmin admin;

    protected abstract Ports portsFor(QueueDefinition queue);

    @BeforeEach
    void createQueues() {
        String name = "contract-" + UUID.randomUUID().toString().substring(0, 8);
        queue = new QueueDefinition("contract", name, name + "-dlq", 2, RetryLadder.parse("0"), Map.of(), 2);
        Ports ports = portsFor(queue);
        messageQueue = ports.messageQueue();
        admin = ports.queueAdmin();
    }

    @Test
    void readDlqReturnsTheDeadLettersWithTheirReasonAndLeavesThemThere() {
        deadLetter(N);
        awaitDlqCount(N);

        DlqMessages first = admin.readDlq(queue.dlqName(), 100);
        assertThat(first.messagesFoundCount()).isEqualTo(N);
        assertThat(first.messages()).hasSize(N).allSatisfy(m -> assertThat(m.failureReason()).isEqualTo("boom"));
        assertThat(first.messages()).extracting(DlqMessage::messageId).doesNotHaveDuplicates();

        DlqMessages again = admin.readDlq(queue.dlqName(), 100);
        assertThat(again.messages()).hasSize(N);
    }

    @Test
    void readDlqReturnsAtMostMaxMessagesButCountsThemAll() {
        deadLetter(N);
        awaitDlqCount(N);

        DlqMessages read = admin.readDlq(queue.dlqName(), 2);

        assertThat(read.messagesReturnedCount()).isEqualTo(2);
        assertThat(read.messagesFoundCount()).isEqualTo(N);
    }

    @Test
    void retryDlqMovesEveryMessageBackToTheMainQueue() {
        deadLetter(N);
        awaitDlqCount(N);

        assertThat(admin.retryDlq(queue.dlqName())).isEqualTo(N);

        assertThat(admin.readDlq(queue.dlqName(), 100).messages()).isEmpty();
        awaitStatus(s -> s.messagesOnQueue() == N && s.messagesOnDlq() == 0);
        assertThat(admin.retryDlq(queue.dlqName())).isZero();
    }

    @Test
    void purgeOfTheMainQueueReturnsHowManyItRemoved() {
        deadLetter(N);
        awaitDlqCount(N);
        admin.retryDlq(queue.dlqName());
        awaitStatus(s -> s.messagesOnQueue() == N);

        assertThat(admin.purge(queue.queueName())).isEqualTo(N);

        awaitStatus(s -> s.messagesOnQueue() == 0);
    }

    @Test
    void purgeWorksOnADlqName() {
        deadLetter(N);
        awaitDlqCount(N);

        assertThat(admin.purge(queue.dlqName())).isEqualTo(N);

        awaitStatus(s -> s.messagesOnDlq() == 0);
    }

    @Test
    void statusReportsTheQueueUpWithItsNames() {
        QueueStatus status = statusOfQueue();

        assertThat(status.queueId()).isEqualTo("contract");
        assertThat(status.queueName()).isEqualTo(queue.queueName());
        assertThat(status.dlqName()).isEqualTo(queue.dlqName());
        assertThat(status.dlqStatus()).isEqualTo("UP");
        assertThat(status.up()).isTrue();
        assertThat(admin.queues()).contains(queue);
    }

    @Test
    void statusOfOneQueueIsWhatTheListSaysOfIt() {
        deadLetter(N);
        awaitDlqCount(N);

        // the migration's completion check reads its own queue this way, once a second while a run goes on
        assertThat(admin.status(queue.queueName())).isEqualTo(statusOfQueue());
        assertThat(admin.status(queue.queueName()).messagesOnDlq()).isEqualTo(N);
    }

    @Test
    void unknownNamesAreRejected() {
        assertThatThrownBy(() -> admin.status("no-such-queue")).isInstanceOf(UnknownQueueException.class);
        // a DLQ has no status of its own: it is reported with its main queue
        assertThatThrownBy(() -> admin.status(queue.dlqName())).isInstanceOf(UnknownQueueException.class);
        assertThatThrownBy(() -> admin.readDlq("no-such-dlq", 10)).isInstanceOf(UnknownQueueException.class)
                .hasMessage("no-such-dlq not found");
        assertThatThrownBy(() -> admin.retryDlq("no-such-dlq")).isInstanceOf(UnknownQueueException.class);
        assertThatThrownBy(() -> admin.purge("no-such-queue")).isInstanceOf(UnknownQueueException.class);
        // A main queue is not a DLQ.
        assertThatThrownBy(() -> admin.readDlq(queue.queueName(), 10)).isInstanceOf(UnknownQueueException.class);
        assertThatThrownBy(() -> admin.retryDlq(queue.queueName())).isInstanceOf(UnknownQueueException.class);
    }

    /** Puts messages on the DLQ as a consumer would dead-letter them: with a failure reason attribute. */
    private void deadLetter(int count) {
        for (int i = 0; i < count; i++) {
            messageQueue.send(queue.dlqName(), new InternalMessage("CONTRACT_TEST", Map.of("n", i)), Duration.ZERO,
                    Map.of(QueueAdmin.FAILURE_REASON_ATTRIBUTE, "boom"));
        }
    }

    private void awaitDlqCount(int count) {
        awaitStatus(s -> s.messagesOnDlq() == count);
    }

    private void awaitStatus(java.util.function.Predicate<QueueStatus> condition) {
        await(() -> condition.test(statusOfQueue()));
        assertThat(statusOfQueue()).matches(condition);
    }

    private QueueStatus statusOfQueue() {
        List<QueueStatus> all = admin.status();
        return all.stream().filter(s -> s.queueName().equals(queue.queueName())).findFirst()
                .orElseThrow(() -> new AssertionError("no status for " + queue.queueName() + " in " + all));
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
