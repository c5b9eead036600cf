package org.prisonsync.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.GetQueueUrlResponse;

/** The batcher's rule for when a delete goes, with the SDK's calls recorded and its timers fired by hand. */
class DeleteBatcherTest {
    /** The size of each DeleteMessageBatch call, in order. */
    private final List<Integer> calls = new ArrayList<>();
    /** Timers set and not yet fired. */
    private final List<Runnable> timers = new ArrayList<>();
    private final SqsClient client = recordingClient();
    private final DeleteBatcher batcher = new DeleteBatcher(client, new QueueUrls(client), "q", manualScheduler(),
            100);
    private int next;

    @Test
    void tenGoAtOnce_fewerWaitForTheTimer() {
        add(10);
        assertThat(calls).containsExactly(10);

        add(3);
        assertThat(calls).as("a part-full batch waits").containsExactly(10);
        fireTimers();

        assertThat(calls).containsExactly(10, 3);
        assertThat(batcher.sent()).isEqualTo(new DeleteBatcher.Sent(2, 13));
    }

    @Test
    void aTimerSetForABatchThatFilledDoesNotCutTheNextOneShort() {
        add(10);
        add(3);
        assertThat(timers).as("one timer per batch begun").hasSize(2);
        timers.remove(0).run(); // the first batch's timer: its batch went when it filled

        assertThat(calls).as("the batch begun since keeps gathering").containsExactly(10);
        add(7);
        fireTimers();

        assertThat(calls).containsExactly(10, 10);
    }

    @Test
    void stoppingDeletesWhatGathers() {
        add(4);

        batcher.flush();

        assertThat(calls).containsExactly(4);
    }

    private void add(int count) {
        IntStream.range(0, count).forEach(i -> batcher.add("receipt-" + next++));
    }

    private void fireTimers() {
        List<Runnable> due = new ArrayList<>(timers);
        timers.clear();
        due.forEach(Runnable::run);
    }

    /** Only {@code schedule(Runnable, long, TimeUnit)} is used by the batcher; it is kept to be fired by hand. */
    private ScheduledExecutorService manualScheduler() {
        return (ScheduledExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ScheduledExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("schedule") && args[0] instanceof Runnable task) {
                        timers.add(task);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @SuppressWarnings("unchecked")
    private SqsClient recordingClient() {
        return (SqsClient) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {SqsClient.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getQueueUrl" -> GetQueueUrlResponse.builder().queueUrl("http://127.0.0.1/q").build();
                    case "deleteMessageBatch" -> {
                        DeleteMessageBatchRequest.Builder request = DeleteMessageBatchRequest.builder();
                        ((Consumer<DeleteMessageBatchRequest.Builder>) args[0]).accept(request);
                        calls.add(request.build().entries().size());
                        yield DeleteMessageBatchResponse.builder().build();
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
