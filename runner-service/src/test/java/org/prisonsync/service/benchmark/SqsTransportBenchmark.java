package org.prisonsync.service.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.sqs.EmbeddedElasticMq;
import org.prisonsync.sqs.SqsAdapters;
import org.prisonsync.sqs.SqsSettings;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * What one SQS call costs the caller, by transport: the service's client ({@link SqsAdapters#client}, the SDK's
 * pooled Apache transport) against the same client on the JDK's URL connection (what it used before), taken in turns
 * in one JVM against one embedded ElasticMQ. A round is the service's three calls on ten messages: a batch send
 * (SNS's part in production), a receive and a batch delete, with upstream's message shape (an SNS envelope and its
 * {@code eventType} attribute). It prints, per turn, the calling thread's CPU per call (signing, marshalling,
 * transport), the rest of the process's CPU per round (ElasticMQ, GC, the JIT) and wall time per round; then the
 * ratio of the two transports' medians.
 *
 * <p>Arguments: rounds per turn (default 4,000; half as many again warm each client first) and turns per transport
 * (default 3).
 */
public final class SqsTransportBenchmark {
    private static final String BODY = "{\"Type\":\"Notification\",\"MessageId\":\"5b6d1c8e\",\"Message\":\""
            + ("{\\\"eventType\\\":\\\"prison-visit.booked\\\",\\\"additionalInformation\\\":{\\\"reference\\\":"
            + "\\\"ab-cd-ef-gh\\\"},\\\"occurredAt\\\":\\\"2026-12-07T10:00:00Z\\\"}").repeat(4)
            + "\",\"MessageAttributes\":{\"eventType\":{\"Type\":\"String\",\"Value\":\"prison-visit.booked\"}}}";
    private static final int BATCH = 10;

    private SqsTransportBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int turns = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Map<String, List<Turn>> results = new LinkedHashMap<>();
        try (EmbeddedElasticMq mq = EmbeddedElasticMq.start("127.0.0.1", 0)) {
            SqsSettings settings = SqsSettings.forEndpoint(mq.endpoint(), List.of());
            for (int turn = 1; turn <= turns; turn++) {
                for (String transport : List.of("url-connection", "apache (the service's)")) {
                    try (SqsClient client = transport.startsWith("apache") ? SqsAdapters.client(settings)
                            : urlConnectionClient(settings)) {
                        String queue = client.createQueue(r -> r.queueName("transport-" + System.nanoTime()))
                                .queueUrl();
                        rounds(client, queue, rounds / 2);
                        Turn measured = rounds(client, queue, rounds);
                        results.computeIfAbsent(transport, k -> new ArrayList<>()).add(measured);
                        System.out.printf("turn %d  %-24s %s%n", turn, transport, measured);
                    }
                }
            }
        }
        List<Turn> before = results.get("url-connection");
        List<Turn> after = results.get("apache (the service's)");
        System.out.printf("median ratio apache / url-connection: caller CPU per call %.2f, others' CPU per round %.2f,"
                        + " wall per round %.2f%n", median(after, Turn::callerMicrosPerCall)
                        / median(before, Turn::callerMicrosPerCall),
                median(after, Turn::othersMicrosPerRound) / median(before, Turn::othersMicrosPerRound),
                median(after, Turn::wallMicrosPerRound) / median(before, Turn::wallMicrosPerRound));
    }

    /** The service's client as it was built before: the same settings on the JDK's URL connection. */
    private static SqsClient urlConnectionClient(SqsSettings settings) {
        return SqsAdapters.client(settings, UrlConnectionHttpClient.builder()
                .connectionTimeout(SqsAdapters.CONNECT_TIMEOUT)
                .socketTimeout(SqsAdapters.socketTimeout(settings)));
    }

    private static Turn rounds(SqsClient client, String queue, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long caller = 0;
        long received = 0;
        long process = os.getProcessCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            List<SendMessageBatchRequestEntry> sends = new ArrayList<>(BATCH);
            for (int k = 0; k < BATCH; k++) {
                sends.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(k)).messageBody(BODY)
                        .messageAttributes(Map.of("eventType", MessageAttributeValue.builder().dataType("String")
                                .stringValue("prison-visit.booked").build())).build());
            }
            long start = threads.getCurrentThreadCpuTime();
            client.sendMessageBatch(r -> r.queueUrl(queue).entries(sends));
            List<Message> messages = client.receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(BATCH)
                    .waitTimeSeconds(1).messageAttributeNames("All")
                    .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
            List<DeleteMessageBatchRequestEntry> deletes = new ArrayList<>(messages.size());
            for (int k = 0; k < messages.size(); k++) {
                deletes.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(k))
                        .receiptHandle(messages.get(k).receiptHandle()).build());
            }
            if (!deletes.isEmpty()) {
                client.deleteMessageBatch(r -> r.queueUrl(queue).entries(deletes));
            }
            caller += threads.getCurrentThreadCpuTime() - start;
            received += messages.size();
        }
        long processNanos = os.getProcessCpuTime() - process;
        long wallNanos = System.nanoTime() - wall;
        return new Turn(rounds, received, caller / 1e3 / rounds / 3, (processNanos - caller) / 1e3 / rounds,
                wallNanos / 1e3 / rounds);
    }

    private static double median(List<Turn> turns, java.util.function.ToDoubleFunction<Turn> figure) {
        double[] values = turns.stream().mapToDouble(figure).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    record Turn(int rounds, long received, double callerMicrosPerCall, double othersMicrosPerRound,
                double wallMicrosPerRound) {
        @Override
        public String toString() {
            return String.format("%,d rounds, %,d messages | caller CPU %.0f µs per call | others' CPU %.0f µs per"
                    + " round | wall %.0f µs per round", rounds, received, callerMicrosPerCall, othersMicrosPerRound,
                    wallMicrosPerRound);
        }
    }
}
