package org.prisonsync.sqs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.EventSource;
import org.prisonsync.core.queue.MessageHandler;
import org.prisonsync.core.queue.QueueDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * {@link EventSource} over SQS: one poller thread long-polls the queue and hands messages to a pool of
 * {@code concurrency} workers. The poller takes a permit for every message it asks for, out of
 * {@code concurrency + prefetch} permits, and asks only once {@code prefetch} (the concurrency, at most 10) are free:
 * receives come back full instead of one message each time a worker frees up (a receive, and the delete batch that
 * follows it, cost as much CPU for one message as for ten), while at most {@code prefetch} messages wait for a worker,
 * about one handling time each, so their visibility timeout is not wasted.
 */
final class SqsEventSource implements EventSource {

    private static final Logger log = LoggerFactory.getLogger(SqsEventSource.class);
    private static final int MAX_RECEIVE = 10;
    private static final long DELETE_MAX_DELAY_MILLIS = 100;
    private static final Duration POLL_ERROR_BACKOFF = Duration.ofSeconds(1);

    private final SqsClient client;
    private final QueueUrls urls;
    private final JacksonEnvelopeCodec codec;
    private final QueueDefinition queue;
    private final int waitSeconds;
    private final Semaphore permits;
    private final int prefetch;
    private final Set<Delivery> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    /** Written by the poller alone; read at stop, for the log line that says how full the receives came back. */
    private volatile long receiveCalls;
    private volatile long received;
    private Thread poller;
    private ExecutorService workers;
    private ScheduledExecutorService scheduler;
    private DeleteBatcher deletes;
    private SqsDispositions dispositions;

    SqsEventSource(SqsClient client, QueueUrls urls, JacksonEnvelopeCodec codec, QueueDefinition queue,
                   Duration waitTime) {
        this.client = client;
        this.urls = urls;
        this.codec = codec;
        this.queue = queue;
        this.waitSeconds = (int) Math.min(20, Math.max(0, waitTime.toSeconds()));
        this.prefetch = Math.min(MAX_RECEIVE, queue.concurrency());
        this.permits = new Semaphore(queue.concurrency() + prefetch);
    }

    @Override
    public synchronized void start(MessageHandler handler) {
        Objects.requireNonNull(handler, "handler");
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("event source for " + queue.queueName() + " already started");
        }
        String prefix = "sqs-" + queue.id();
        workers = Executors.newFixedThreadPool(queue.concurrency(), new NamedThreads(prefix + "-worker"));
        scheduler = Executors.newSingleThreadScheduledExecutor(new NamedThreads(prefix + "-deletes"));
        deletes = new DeleteBatcher(client, urls, queue.queueName(), scheduler, DELETE_MAX_DELAY_MILLIS);
        dispositions = new SqsDispositions(client, urls, queue, deletes);
        running.set(true);
        poller = new NamedThreads(prefix + "-poller").newThread(() -> pollLoop(handler));
        poller.start();
        log.info("consuming {} with {} worker(s)", queue.queueName(), queue.concurrency());
    }

    private void pollLoop(MessageHandler handler) {
        while (running.get()) {
            int asked = takePermits();
            if (asked == 0) {
                continue;
            }
            List<Message> messages;
            try {
                messages = receive(asked);
            } catch (RuntimeException e) {
                permits.release(asked);
                log.warn("{}: receive failed, retrying in {}: {}", queue.queueName(), POLL_ERROR_BACKOFF,
                        e.getMessage());
                awaitStop(POLL_ERROR_BACKOFF);
                continue;
            }
            receiveCalls++;
            received += messages.size();
            permits.release(asked - messages.size());
            dispatch(messages, handler);
        }
    }

    /** Waits briefly for {@code prefetch} free permits, then takes every free one, up to a receive's maximum of 10. */
    private int takePermits() {
        try {
            if (!permits.tryAcquire(prefetch, 100, TimeUnit.MILLISECONDS)) {
                return 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
            return 0;
        }
        int taken = prefetch + permits.drainPermits();
        if (taken > MAX_RECEIVE) {
            permits.release(taken - MAX_RECEIVE);
            taken = MAX_RECEIVE;
        }
        return taken;
    }

    private List<Message> receive(int max) {
        return client.receiveMessage(r -> r.queueUrl(urls.of(queue.queueName())).maxNumberOfMessages(max)
                .waitTimeSeconds(waitSeconds).messageAttributeNames("All")
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
    }

    private void dispatch(List<Message> messages, MessageHandler handler) {
        if (messages.isEmpty()) {
            return;
        }
        if (!running.get()) {
            // Received while stopping: hand them straight back.
            dispositions.returnToQueue(messages, handBackDelay());
            permits.release(messages.size());
            return;
        }
        List<Message> rejected = new ArrayList<>();
        for (Message message : messages) {
            Delivery delivery = new Delivery(message, permits::release);
            inFlight.add(delivery);
            try {
                workers.execute(() -> work(delivery, handler));
            } catch (RejectedExecutionException e) {
                inFlight.remove(delivery);
                if (delivery.giveBack()) {
                    rejected.add(message);
                }
                permits.release();
            }
        }
        if (!rejected.isEmpty()) {
            dispositions.returnToQueue(rejected, handBackDelay());
        }
    }

    private void work(Delivery delivery, MessageHandler handler) {
        Message message = delivery.message();
        try {
            if (!running.get() && delivery.giveBack()) {
                dispositions.returnToQueue(List.of(message), handBackDelay());
                return;
            }
            if (!delivery.start()) {
                return;
            }
            Disposition disposition = handle(message, handler);
            if (disposition != null && delivery.finish()) {
                dispositions.apply(message, disposition);
            }
        } finally {
            inFlight.remove(delivery);
            delivery.settled();
        }
    }

    private Disposition handle(Message message, MessageHandler handler) {
        try {
            InboundMessage inbound = new InboundMessage(queue.queueName(), message.messageId(),
                    SqsMessageAttributes.receiveCount(message), codec.decode(message.body()), message.body(),
                    SqsMessageAttributes.stringsOf(message));
            return handler.handle(inbound);
        } catch (RuntimeException e) {
            // Handlers should turn every failure into a disposition; if one does not, the message simply reappears.
            log.error("{}: handler failed on message {}; it will be delivered again", queue.queueName(),
                    message.messageId(), e);
            return null;
        }
    }

    @Override
    public void stop(Duration grace) {
        if (!started.get() || !running.getAndSet(false)) {
            return;
        }
        stopSignal.countDown();
        long deadline = System.nanoTime() + Math.max(0, grace.toNanos());
        try {
            // Workers first: in-flight handlers get the whole grace period. Queued, unstarted deliveries see the
            // source stopping and hand their messages back.
            workers.shutdown();
            if (!workers.awaitTermination(Math.max(0, remainingMillis(deadline)), TimeUnit.MILLISECONDS)) {
                returnUnfinished();
            }
            // A long poll in progress is not interrupted (its messages would stay hidden for the visibility
            // timeout); the poller hands back whatever it still receives, then ends.
            poller.join(Math.max(1, remainingMillis(deadline)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            returnUnfinished();
        } finally {
            workers.shutdownNow();
            deletes.flush();
            scheduler.shutdown();
        }
        DeleteBatcher.Sent sent = deletes.sent();
        if (received == 0) {
            log.info("stopped consuming {} (nothing received in {} receive calls)", queue.queueName(), receiveCalls);
        } else {
            log.info("stopped consuming {} ({} messages received in {} receive calls, {} deleted in {} batch calls)",
                    queue.queueName(), received, receiveCalls, sent.handles(), sent.calls());
        }
    }

    /** In-flight messages past the grace period go back to the queue; their handlers' late dispositions are ignored. */
    private void returnUnfinished() {
        List<Message> unfinished = new ArrayList<>();
        for (Delivery delivery : inFlight) {
            if (delivery.giveBack()) {
                unfinished.add(delivery.message());
            }
        }
        if (!unfinished.isEmpty()) {
            log.warn("{}: {} message(s) unfinished after the grace period, returned to the queue", queue.queueName(),
                    unfinished.size());
            dispositions.returnToQueue(unfinished, handBackDelay());
        }
    }

    private void awaitStop(Duration duration) {
        try {
            stopSignal.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }

    /**
     * Messages are handed back only while stopping, and then become visible once any long poll of this source still
     * in flight has ended: were it to receive them, it would hand them back again and count a receive they never had.
     */
    private int handBackDelay() {
        return waitSeconds;
    }

    private static long remainingMillis(long deadlineNanos) {
        return TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
    }
}
