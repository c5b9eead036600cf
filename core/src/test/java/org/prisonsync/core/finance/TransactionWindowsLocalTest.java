package org.prisonsync.core.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.finance.inmemory.InMemoryTransactionBuffer;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.queue.MessageQueue;

/**
 * Arrivals of one transaction on several workers of one instance: the ones that find the window being opened wait
 * for their own instance's opener instead of going back to the queue, so a burst costs no retries.
 */
class TransactionWindowsLocalTest {
    private static final long TX = 88L;

    private final MutableClock clock = new MutableClock(FinanceWorld.START);
    private final InMemoryTransactionBuffer buffer = new InMemoryTransactionBuffer();
    private final HeldQueue queue = new HeldQueue();
    private final TransactionWindows windows = new TransactionWindows(buffer, queue, clock, FinanceSettings.DEFAULTS);
    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        queue.release.countDown();
        workers.shutdownNow();
    }

    @Test
    void workersOfTheOpenersInstanceWaitForItsSendAndAreAbsorbed() throws Exception {
        CompletableFuture<TransactionWindows.Arrival> opener = arrive();
        assertThat(queue.sending.await(5, TimeUnit.SECONDS)).as("the opener is sending its delayed sync").isTrue();
        List<CompletableFuture<TransactionWindows.Arrival>> others = List.of(arrive(), arrive(), arrive());

        Thread.sleep(200);
        assertThat(others).as("waiting for the opener, not answered WAIT").noneMatch(CompletableFuture::isDone);
        queue.release.countDown();

        assertThat(opener.get(5, TimeUnit.SECONDS).effect()).isEqualTo(TransactionWindows.Effect.OPENED);
        for (CompletableFuture<TransactionWindows.Arrival> other : others) {
            assertThat(other.get(5, TimeUnit.SECONDS).effect()).isEqualTo(TransactionWindows.Effect.ABSORBED);
        }
        assertThat(queue.sent).isEqualTo(1);
    }

    @Test
    void aWindowOpenedByAnotherInstanceStillAnswersWait() {
        buffer.open(TX, clock.instant(), clock.instant().plusSeconds(10));

        assertThat(windows.arrive(TX, FinanceWorld.QUEUE).effect()).isEqualTo(TransactionWindows.Effect.WAIT);
    }

    @Test
    void anOpenerWhoseSendFailsLetsTheWaitingWorkerQueueTheSync() throws Exception {
        queue.failFirst = true;
        CompletableFuture<TransactionWindows.Arrival> opener = arrive();
        assertThat(queue.sending.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<TransactionWindows.Arrival> other = arrive();
        Thread.sleep(100);
        queue.release.countDown();

        assertThat(opener).failsWithin(Duration.ofSeconds(5));
        // the failed send gave the lease back: the waiting worker takes the scheduling over at once
        assertThat(other.get(5, TimeUnit.SECONDS).effect()).isEqualTo(TransactionWindows.Effect.RESCHEDULED);
        assertThat(queue.sent).isEqualTo(1);
    }

    private CompletableFuture<TransactionWindows.Arrival> arrive() {
        return CompletableFuture.supplyAsync(() -> windows.arrive(TX, FinanceWorld.QUEUE), workers);
    }

    /** A queue whose first send waits to be released (and can fail); counts the sends that succeeded. */
    private static final class HeldQueue implements MessageQueue {
        final CountDownLatch sending = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean failFirst;
        volatile int sent;
        private boolean first = true;

        @Override
        public void send(String queueName, Envelope message, Duration delay, Map<String, String> attributes) {
            boolean held;
            synchronized (this) {
                held = first;
                first = false;
            }
            if (held) {
                sending.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (failFirst) {
                    throw new org.prisonsync.core.UpstreamUnavailable("queue down");
                }
            }
            synchronized (this) {
                sent++;
            }
        }
    }
}
