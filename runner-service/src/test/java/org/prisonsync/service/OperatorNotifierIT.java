package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.alerts.AlertsDomain;
import org.prisonsync.core.alerts.DpsAlert;
import org.prisonsync.core.alerts.DpsAlertRequest;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.visits.VisitsDomain;
import org.prisonsync.simulator.Simulator;
import org.prisonsync.sqs.SqsAdapters;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.GetQueueUrlRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/**
 * Operator alerts end to end: a planted duplicate, reconciliation mismatch and dead letter each reach a local chat
 * webhook as exactly one post, with the ids and the command that handles it.
 */
class OperatorNotifierIT {
    @TempDir
    static Path data;
    static LocalChatReceiver receiver;
    static List<String> posts;
    static PrisonSyncService service;
    static ServiceConfig config;

    @BeforeAll
    static void start() {
        receiver = LocalChatReceiver.answering(200, Duration.ZERO);
        posts = receiver.posts();
        config = ServiceConfig.from(receiver.serviceEnv(data));
        service = PrisonSyncService.start(config);
    }

    @AfterAll
    static void stop() {
        service.close();
        receiver.close();
    }

    @Test
    void aDuplicateAMismatchAndADeadLetterAreOnePostEachWithTheCommandThatHandlesThem() {
        Simulator simulator = service.simulator().orElseThrow();
        simulator.nomisAlerts().newBooking("A0201AA", false);
        simulator.activePrisoners().add("A0201AA");
        DpsAlert first = simulator.dpsAlerts().createByDpsUser("A0201AA",
                new DpsAlertRequest("HPI", "once", "O", LocalDate.now(), null), "DPS_USER");
        ServiceFixture.await("the first alert mapped", Duration.ofSeconds(30),
                () -> service.core().mappings().findByDpsId("ALERT", first.alertUuid()).isPresent());
        simulator.dpsAlerts().createByDpsUser("A0201AA", new DpsAlertRequest("HPI", "twice", "O", LocalDate.now(),
                null), "DPS_USER");
        ServiceFixture.await("the double submit reported", Duration.ofSeconds(30),
                () -> !service.core().domain(AlertsDomain.class).repairs().duplicates("A0201AA").isEmpty());
        service.core().reconciliations().run("alerts", ReconciliationParameters.none());
        try (SqsClient sqs = SqsAdapters.client(config.sqs())) {
            String url = sqs.getQueueUrl(GetQueueUrlRequest.builder()
                    .queueName(config.queue(VisitsDomain.TO_NOMIS).queueName()).build()).queueUrl();
            sqs.sendMessage(SendMessageRequest.builder().queueUrl(url).messageBody("not JSON").build());
        }

        ServiceFixture.await("a post for each", Duration.ofSeconds(30), () -> posted("alert-create-duplicate-active")
                && posted("alerts-reports-reconciliation-mismatch") && posted("MALFORMED-sent-to-dlq"));
        ServiceFixture.await("the windows after posted", Duration.ofSeconds(20), () -> quietFor(Duration.ofSeconds(3)));

        assertThat(postsAbout("alert-create-duplicate-active")).singleElement().satisfies(text -> assertThat(text)
                .contains("offenderNo=A0201AA", "`prison-sync alerts duplicates --prisoner A0201AA`"));
        assertThat(postsAbout("alerts-reports-reconciliation-mismatch")).singleElement().satisfies(text ->
                assertThat(text).contains("offenderNo=A0201AA", "`prison-sync reconciliation show "));
        // (repeats in one window grouped into one post: OperatorNotifierTest, which owns the clock of the windows)
        assertThat(postsAbout("MALFORMED-sent-to-dlq")).singleElement().satisfies(text -> assertThat(text)
                .contains("1 × message dead-lettered",
                        "`prison-sync dlq list " + config.queue(VisitsDomain.TO_NOMIS).dlqName() + "`"));
        assertThat(service.operatorNotifier().stats().failed()).isZero();
    }

    private static boolean posted(String event) {
        return !postsAbout(event).isEmpty();
    }

    private static List<String> postsAbout(String event) {
        return posts.stream().filter(p -> p.contains("(" + event + ")")).toList();
    }

    /** True once no post has arrived for {@code quiet}: the windows after the planted events have been posted. */
    private static boolean quietFor(Duration quiet) {
        int before = posts.size();
        try {
            Thread.sleep(quiet.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return posts.size() == before;
    }
}
