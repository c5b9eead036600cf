package org.prisonsync.sqs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;

/**
 * Collects the receipt handles of handled messages and deletes them with DeleteMessageBatch: a batch goes when it
 * holds 10, or at the latest {@code maxDelayMillis} after its first entry. Under load every batch is full: an SDK
 * call costs as much CPU for one message as for ten (a delete per received batch took a fifth of a bulk migration's
 * CPU, measured). A failed delete is only logged: the message
 * reappears and is handled again, which at-least-once delivery allows.
 *
 * <p>A timer flushes only the batch it was set for: when that batch filled and went first, the timer must not cut
 * short the batch that has begun since (it did, until 2026-12-07: a profile of the sync benchmark found most deletes
 * sent from the timer's thread, part-full, and the SDK's per-call cost of deletes a quarter of the consumer's CPU).
 */
final class DeleteBatcher {

    private static final Logger log = LoggerFactory.getLogger(DeleteBatcher.class);
    private static final int BATCH = 10;

    private final SqsClient client;
    private final QueueUrls urls;
    private final String queueName;
    private final ScheduledExecutorService scheduler;
    private final long maxDelayMillis;
    private final List<String> pending = new ArrayList<>();
    private boolean flushScheduled;
    /** Which batch is gathering: counts the batches taken, so a timer can tell whether its batch is still here. */
    private long batch;
    private long calls;
    private long deleted;

    DeleteBatcher(SqsClient client, QueueUrls urls, String queueName, ScheduledExecutorService scheduler,
                  long maxDelayMillis) {
        this.client = client;
        this.urls = urls;
        this.queueName = queueName;
        this.scheduler = scheduler;
        this.maxDelayMillis = maxDelayMillis;
    }

    void add(String receiptHandle) {
        List<String> full = null;
        synchronized (this) {
            pending.add(receiptHandle);
            if (pending.size() >= BATCH) {
                full = take();
            } else if (!flushScheduled) {
                flushScheduled = schedule(batch);
                if (!flushScheduled) {
                    full = take(); // the source is stopping: delete now rather than never
                }
            }
        }
        if (full != null) {
            delete(full);
        }
    }

    /** Deletes whatever is gathering now (the source is stopping). */
    void flush() {
        flushIfStill(null);
    }

    /** The timer's flush: deletes the batch it was set for ({@code null}: any), unless that batch has gone already. */
    private void flushIfStill(Long timed) {
        List<String> handles;
        synchronized (this) {
            if (timed != null && batch != timed) {
                return;
            }
            handles = take();
        }
        delete(handles);
    }

    /** The DeleteMessageBatch calls made so far and the receipt handles sent in them. */
    synchronized Sent sent() {
        return new Sent(calls, deleted);
    }

    record Sent(long calls, long handles) {
    }

    private boolean schedule(long timed) {
        try {
            scheduler.schedule(() -> flushIfStill(timed), maxDelayMillis, TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return false;
        }
    }

    private List<String> take() {
        List<String> handles = new ArrayList<>(pending);
        pending.clear();
        flushScheduled = false;
        batch++;
        return handles;
    }

    private void delete(List<String> handles) {
        for (int from = 0; from < handles.size(); from += BATCH) {
            List<String> chunk = handles.subList(from, Math.min(from + BATCH, handles.size()));
            List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                entries.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(i))
                        .receiptHandle(chunk.get(i)).build());
            }
            synchronized (this) {
                calls++;
                deleted += entries.size();
            }
            try {
                var failed = client.deleteMessageBatch(r -> r.queueUrl(urls.of(queueName)).entries(entries)).failed();
                failed.forEach(f -> log.warn("{}: delete failed, the message will be delivered again: {} {}",
                        queueName, f.code(), f.message()));
            } catch (SdkException e) {
                log.warn("{}: {} delete(s) failed, the messages will be delivered again: {}", queueName,
                        entries.size(), e.getMessage());
            }
        }
    }
}
