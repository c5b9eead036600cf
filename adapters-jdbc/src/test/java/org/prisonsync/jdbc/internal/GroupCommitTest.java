package org.prisonsync.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
    private final ExecutorService callers = Executors.newFixedThreadPool(16);
    private final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger concurrentBatches = new AtomicInteger();
    private final AtomicInteger mostConcurrentBatches = new AtomicInteger();

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    /** Doubles each item, after a pause like a commit's, noting batch sizes and how many batches overlapped. */
    private List<Integer> slowDoubling(List<Integer> items) {
        int now = concurrentBatches.incrementAndGet();
        mostConcurrentBatches.accumulateAndGet(now, Math::max);
        try {
            batchSizes.add(items.size());
            Thread.sleep(2);
            return items.stream().map(i -> i * 2).toList();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        } finally {
            concurrentBatches.decrementAndGet();
        }
    }

    @Test
    void aLoneCallerGetsItsOwnResultFromABatchOfOne() {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(2, 10, this::slowDoubling, e -> false);

        assertThat(commit.submit(21)).isEqualTo(42);
        assertThat(batchSizes).containsExactly(1);
    }

    @Test
    void concurrentCallersShareBatchesAndEachGetsItsOwnResult() throws Exception {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(2, 8, this::slowDoubling, e -> false);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            int item = i;
            results.add(callers.submit(() -> commit.submit(item)));
        }

        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(2 * i);
        }
        assertThat(batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(2_000);
        assertThat(batchSizes).allMatch(size -> size <= 8);
        assertThat(batchSizes.size()).as("batches for 2,000 items from 16 callers").isLessThan(1_000);
        assertThat(mostConcurrentBatches.get()).isLessThanOrEqualTo(2);
    }

    @Test
    void aFailingItemFailsOnlyItsOwnCallerEvenWhenBatchedWithOthers() throws Exception {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(1, 16, items -> {
            if (items.contains(13)) {
                throw new IllegalArgumentException("13 is refused");
            }
            return slowDoubling(items);
        }, e -> false);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int item = i;
            results.add(callers.submit(() -> {
                start.await();
                return commit.submit(item);
            }));
        }
        start.countDown();

        for (int i = 0; i < results.size(); i++) {
            Future<Integer> result = results.get(i);
            if (i == 13) {
                assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(IllegalArgumentException.class).hasMessageContaining("13 is refused");
            } else {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(2 * i);
            }
        }
    }

    /** The database away: every caller of the batch hears so at once, not after one more wait per item. */
    @Test
    void aFailureEveryBatchWouldMeetFailsAllItsCallersWithoutRunningThemOneByOne() throws Exception {
        AtomicInteger attempted = new AtomicInteger();
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(1, 16, items -> {
            attempted.addAndGet(items.size());
            firstRunning.countDown();
            await(release);
            throw new IllegalStateException("database unreachable");
        }, e -> e.getMessage().contains("unreachable"));
        Future<Integer> first = callers.submit(() -> commit.submit(0));
        firstRunning.await(5, TimeUnit.SECONDS);
        List<Future<Integer>> waiting = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int item = i;
            waiting.add(callers.submit(() -> commit.submit(item)));
        }
        Thread.sleep(100); // let the five queue behind the running batch
        release.countDown();

        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasMessageContaining("unreachable");
        for (Future<Integer> result : waiting) {
            assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS)).hasMessageContaining("unreachable");
        }
        assertThat(attempted.get()).as("each item tried once, none again alone").isEqualTo(6);
    }

    /** An interrupted caller still gets its item's result (it may already be written) and keeps its interrupt. */
    @Test
    void anInterruptedCallerWaitsForItsBatchAndKeepsTheInterrupt() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(1, 16, items -> {
            firstRunning.countDown();
            await(release);
            return items.stream().map(i -> i * 2).toList();
        }, e -> false);
        Future<Integer> first = callers.submit(() -> commit.submit(1));
        firstRunning.await(5, TimeUnit.SECONDS);
        AtomicInteger result = new AtomicInteger();
        AtomicBoolean keptInterrupt = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            result.set(commit.submit(21));
            keptInterrupt.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        Thread.sleep(50);
        caller.interrupt();
        Thread.sleep(50);
        release.countDown();
        caller.join(10_000);

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(result.get()).isEqualTo(42);
        assertThat(keptInterrupt.get()).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBatchAnsweringWithTheWrongNumberOfResultsFailsItsCallers() {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(1, 4, items -> List.of(), e -> false);

        assertThatThrownBy(() -> commit.submit(1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("returned 0");
    }
}
