package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.VisitsDomain;
import org.prisonsync.simulator.Simulator;
import org.prisonsync.sqs.SqsAdapters;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.GetQueueUrlRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/** A webhook that hangs and then fails changes nothing in the sync: every visit still reaches NOMIS once, mapped. */
class OperatorNotifierWebhookDownIT {
    @TempDir
    static Path data;
    static LocalChatReceiver receiver;
    static PrisonSyncService service;
    static ServiceConfig config;

    @BeforeAll
    static void start() {
        receiver = LocalChatReceiver.answering(500, Duration.ofSeconds(2)); // a webhook that hangs, then fails
        config = ServiceConfig.from(receiver.serviceEnv(data));
        service = PrisonSyncService.start(config);
    }

    @AfterAll
    static void stop() {
        service.close();
        receiver.close();
    }

    @Test
    void withTheWebhookHangingAndFailingEveryVisitIsStillWrittenOnceAndMapped() {
        Simulator simulator = service.simulator().orElseThrow();
        try (SqsClient sqs = SqsAdapters.client(config.sqs())) {
            String url = sqs.getQueueUrl(GetQueueUrlRequest.builder()
                    .queueName(config.queue(VisitsDomain.TO_NOMIS).queueName()).build()).queueUrl();
            IntStream.range(0, 5).forEach(i -> sqs.sendMessage(SendMessageRequest.builder().queueUrl(url)
                    .messageBody("poison " + i).build()));
        }
        List<DpsVisit> booked = IntStream.range(0, 50)
                .mapToObj(i -> simulator.dpsVisits().book(ServiceFixture.dpsVisit("down-" + i, 3000 + i))).toList();

        ServiceFixture.await("50 visits in NOMIS, each mapped", Duration.ofSeconds(60),
                () -> simulator.nomisVisits().size() == 50 && booked.stream().allMatch(v ->
                        service.core().mappings().findByDpsId("VISIT", v.reference()).isPresent()));
        ServiceFixture.await("the alert post tried and failed", Duration.ofSeconds(30),
                () -> service.operatorNotifier().stats().failed() >= 1);

        assertThat(simulator.nomisVisits().size()).as("no visit written twice").isEqualTo(50);
        assertThat(receiver.posts()).isNotEmpty();
        assertThat(service.operatorNotifier().stats().posted()).isZero();
    }
}
