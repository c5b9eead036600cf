package org.prisonsync.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prisonsync.sqs.ElasticMqFixture.await;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.Malformed;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.EventSource;
import org.prisonsync.core.queue.MessageHandler;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.queue.QueueAdmin;
import org.prisonsync.core.queue.QueueDefinition;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;

class SqsEventSourceIT {

    private static ElasticMqFixture sqs;
    private static MessageQueue messageQueue;
    private final List<EventSource> sources = new ArrayList<>();

    @BeforeAll
    static void startElasticMq() {
        sqs = ElasticMqFixture.shared();
        messageQueue = SqsAdapters.messageQueue(sqs.client());
    }

    @AfterEach
    void stopSources() {
        sources.forEach(s -> s.stop(Duration.ofMillis(100)));
    }

    @Test
    void anAckedMessageIsDeleted() {
        QueueDefinition queue = sqs.createQueue("ack", 3, 2);
        List<InboundMessage> received = new CopyOnWriteArrayList<>();
        start(queue, m -> {
            received.add(m);
            return Disposition.ACK;
        });

        messageQueue.send(queue.queueName(), visitBooked("ack-1"));

        await("the message handled", () -> received.size() == 1);
        InboundMessage message = received.get(0);
        assertThat(message.queueName()).isEqualTo(queue.queueName());
        assertThat(message.receiveCount()).isEqualTo(1);
        assertThat(message.envelope()).isEqualTo(visitBooked("ack-1"));
        assertThat(message.attributes()).containsEntry("eventType", "prison-visit.booked");
        await("the queue empty", () -> sqs.empty(queue.queueName()));
    }

    @Test
    void aRetriedMessageComesBackWithItsReceiveCountIncreased() {
        QueueDefinition queue = sqs.createQueue("retry", 3, 2);
        List<Integer> receiveCounts = new CopyOnWriteArrayList<>();
        start(queue, m -> {
            receiveCounts.add(m.receiveCount());
            return m.receiveCount() == 1 ? new Disposition.Retry(Duration.ZERO, "not yet") : Disposition.ACK;
        });

        messageQueue.send(queue.queueName(), visitBooked("retry-1"));

        await("two deliveries", () -> receiveCounts.size() == 2);
        assertThat(receiveCounts).containsExactly(1, 2);
        await("the queue empty", () -> sqs.empty(queue.queueName()));
    }

    @Test
    void aDeadLetteredMessageMovesToTheDlqWithItsReasonAndLeavesTheMainQueue() {
        QueueDefinition queue = sqs.createQueue("dead", 3, 2);
        List<InboundMessage> received = new CopyOnWriteArrayList<>();
        start(queue, m -> {
            received.add(m);
            return new Disposition.DeadLetter("NOMIS said no");
        });

        messageQueue.send(queue.queueName(), visitBooked("dead-1"), Duration.ZERO, Map.of("traceId", "t-1"));

        await("the message on the DLQ", () -> sqs.visible(queue.dlqName()) == 1);
        await("the main queue empty", () -> sqs.empty(queue.queueName()));
        Message dead = sqs.take(queue.dlqName()).get(0);
        assertThat(dead.body()).isEqualTo(received.get(0).rawBody());
        assertThat(SqsMessageAttributes.stringsOf(dead))
                .containsEntry(QueueAdmin.FAILURE_REASON_ATTRIBUTE, "NOMIS said no")
                .containsEntry("failedQueue", queue.queueName())
                .containsEntry("eventType", "prison-visit.booked")
                .containsEntry("traceId", "t-1");
        assertThat(received).hasSize(1);
    }

    @Test
    void aVeryLongReasonIsTruncated() {
        QueueDefinition queue = sqs.createQueue("longreason", 3, 1);
        start(queue, m -> new Disposition.DeadLetter("x".repeat(5000)));

        messageQueue.send(queue.queueName(), visitBooked("long-1"));

        await("the message on the DLQ", () -> sqs.visible(queue.dlqName()) == 1);
        String reason = SqsMessageAttributes.stringsOf(sqs.take(queue.dlqName()).get(0))
                .get(QueueAdmin.FAILURE_REASON_ATTRIBUTE);
        assertThat(reason).hasSize(1000);
    }

    @Test
    void aPoisonBodyReachesTheHandlerAsMalformed() {
        QueueDefinition queue = sqs.createQueue("poison", 3, 2);
        List<InboundMessage> received = new CopyOnWriteArrayList<>();
        start(queue, m -> {
            received.add(m);
            return new Disposition.DeadLetter(((Malformed) m.envelope()).reason());
        });

        sqs.client().sendMessage(r -> r.queueUrl(sqs.url(queue.queueName())).messageBody("this is not JSON"));

        await("the message handled", () -> received.size() == 1);
        assertThat(received.get(0).envelope()).isInstanceOf(Malformed.class);
        assertThat(((Malformed) received.get(0).envelope()).reason()).startsWith("not JSON");
        assertThat(received.get(0).rawBody()).isEqualTo("this is not JSON");
        await("the poison on the DLQ", () -> sqs.visible(queue.dlqName()) == 1);
        assertThat(sqs.take(queue.dlqName()).get(0).body()).isEqualTo("this is not JSON");
    }

    @Test
    void theBrokerDeadLettersAMessageAfterMaxReceiveCountRetries() {
        QueueDefinition queue = sqs.createQueue("redrive", 2, 2);
        List<Integer> receiveCounts = new CopyOnWriteArrayList<>();
        start(queue, m -> {
            receiveCounts.add(m.receiveCount());
            return new Disposition.Retry(Duration.ZERO, "still failing");
        });

        messageQueue.send(queue.queueName(), visitBooked("redrive-1"));

        await("the broker's redrive to the DLQ", () -> sqs.visible(queue.dlqName()) == 1);
        assertThat(receiveCounts).containsExactly(1, 2);
        assertThat(sqs.empty(queue.queueName())).isTrue();
    }

    @Test
    void neverMoreHandlerCallsAtOnceThanTheQueuesConcurrency() {
        QueueDefinition queue = sqs.createQueue("concurrency", 3, 3);
        SlowHandler handler = new SlowHandler(30);
        start(queue, handler);

        messageQueue.sendAll(queue.queueName(), numbered(30));

        await("all handled", () -> handler.handled.get() == 30);
        assertThat(handler.most.get()).isLessThanOrEqualTo(3).isGreaterThan(1);
        await("the queue empty", () -> sqs.empty(queue.queueName()));
    }

    /**
     * Receives wait until a batch's worth of workers is free or about to be (the prefetch), rather than asking for
     * one message each time a worker frees up: a receive costs the broker and the SDK as much for one as for ten.
     */
    @Test
    void eachReceiveAsksForAtLeastTheConcurrencyInMessages() {
        QueueDefinition queue = sqs.createQueue("prefetch", 3, 4);
        List<Integer> asked = new CopyOnWriteArrayList<>();
        SqsClient recording = (SqsClient) Proxy.newProxyInstance(SqsClient.class.getClassLoader(),
                new Class<?>[] {SqsClient.class}, (proxy, method, args) -> {
                    Object[] forwarded = args;
                    if (method.getName().equals("receiveMessage") && args[0] instanceof Consumer<?> builder) {
                        @SuppressWarnings("unchecked")
                        ReceiveMessageRequest request = ReceiveMessageRequest.builder()
                                .applyMutation((Consumer<ReceiveMessageRequest.Builder>) builder).build();
                        asked.add(request.maxNumberOfMessages());
                        return sqs.client().receiveMessage(request);
                    }
                    try {
                        return method.invoke(sqs.client(), forwarded);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        SlowHandler handler = new SlowHandler(10);
        EventSource source = SqsAdapters.eventSources(recording, sqs.settings(List.of(queue))).create(queue);
        sources.add(source);
        source.start(handler);

        messageQueue.sendAll(queue.queueName(), numbered(60));

        await("all handled", () -> handler.handled.get() == 60);
        assertThat(asked).isNotEmpty().allMatch(n -> n >= 4 && n <= 10);
        assertThat(handler.most.get()).isLessThanOrEqualTo(4);
        await("the queue empty", () -> sqs.empty(queue.queueName()));
    }

    @Test
    void stopLetsInFlightMessagesFinishWithinTheGracePeriod() {
        QueueDefinition queue = sqs.createQueue("graceful", 3, 2);
        CountDownLatch entered = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        EventSource source = start(queue, m -> {
            entered.countDown();
            sleep(300);
            finished.incrementAndGet();
            return Disposition.ACK;
        });
        messageQueue.send(queue.queueName(), visitBooked("graceful-1"));
        await("the handler running", () -> entered.getCount() == 0);

        source.stop(Duration.ofSeconds(5));

        assertThat(finished.get()).isEqualTo(1);
        await("the finished message deleted", () -> sqs.empty(queue.queueName()));
    }

    @Test
    void stopReturnsUnfinishedMessagesAndTheNextSourceGetsThem() {
        QueueDefinition queue = sqs.createQueue("handover", 3, 2);
        CountDownLatch bothEntered = new CountDownLatch(2);
        CountDownLatch never = new CountDownLatch(1);
        EventSource first = start(queue, m -> {
            bothEntered.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Disposition.ACK; // too late: the source has handed the message back
        });
        messageQueue.sendAll(queue.queueName(), numbered(2));
        await("both messages in the handler", () -> bothEntered.getCount() == 0);

        long before = System.nanoTime();
        first.stop(Duration.ofMillis(200));
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(3));

        List<InboundMessage> second = new CopyOnWriteArrayList<>();
        start(queue, m -> {
            second.add(m);
            return Disposition.ACK;
        });
        await("the second source got both", Duration.ofSeconds(5), () -> second.size() == 2);
        assertThat(second).allSatisfy(m -> assertThat(m.receiveCount()).isEqualTo(2));
        await("the queue empty", () -> sqs.empty(queue.queueName()));
    }

    @Test
    void fiftyMessagesSentInBatchesAreEachHandledExactlyOnce() {
        QueueDefinition queue = sqs.createQueue("fifty", 3, QueueDefinition.DEFAULT_CONCURRENCY);
        Map<Object, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        start(queue, m -> {
            Object n = ((InternalMessage) m.envelope()).payload().get("n");
            deliveries.computeIfAbsent(n, k -> new AtomicInteger()).incrementAndGet();
            return Disposition.ACK;
        });

        messageQueue.sendAll(queue.queueName(), numbered(50));

        await("all fifty handled", () -> deliveries.size() == 50);
        await("the queue empty", () -> sqs.empty(queue.queueName()));
        sleep(1200); // longer than a poll: a message that was not deleted would show up again
        assertThat(deliveries.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(sqs.empty(queue.queueName())).isTrue();
    }

    private EventSource start(QueueDefinition queue, MessageHandler handler) {
        EventSource source = SqsAdapters.eventSources(sqs.client(), sqs.settings(List.of(queue))).create(queue);
        sources.add(source);
        source.start(handler);
        return source;
    }

    private static Notification visitBooked(String messageId) {
        return new Notification(messageId, "prison-visit.booked",
                Map.of("eventType", "prison-visit.booked", "prisonerId", "AB12345",
                        "additionalInformation", Map.of("reference", "12")));
    }

    private static List<InternalMessage> numbered(int count) {
        List<InternalMessage> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            messages.add(new InternalMessage("TEST", Map.of("n", i)));
        }
        return Collections.unmodifiableList(messages);
    }

    /** Acknowledges each message after {@code millis}, counting them and the most handled at once. */
    private static final class SlowHandler implements MessageHandler {
        final AtomicInteger handled = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        private final AtomicInteger current = new AtomicInteger();
        private final long millis;

        SlowHandler(long millis) {
            this.millis = millis;
        }

        @Override
        public Disposition handle(InboundMessage message) {
            most.accumulateAndGet(current.incrementAndGet(), Math::max);
            sleep(millis);
            current.decrementAndGet();
            handled.incrementAndGet();
            return Disposition.ACK;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
