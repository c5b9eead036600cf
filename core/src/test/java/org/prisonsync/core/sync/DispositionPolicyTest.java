package org.prisonsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.queue.RetryLadder;

class DispositionPolicyTest {
    private static final String EVENT = "prison-visit.changed";
    private static final QueueDefinition QUEUE = QueueDefinition.withDefaults("visits", "q", "dlq")
            .withMaxReceiveCount(10);
    private static final SyncOutcome RETRY = new SyncOutcome.RetryLater("visit-changed-awaiting-parent", Map.of(),
            "no mapping yet");

    private final DispositionPolicy policy = new DispositionPolicy();

    private static InboundMessage delivery(String eventType, int receiveCount) {
        return new InboundMessage("q", "m-1", receiveCount, new Notification("n-1", eventType, Map.of()), "",
                Map.of());
    }

    @ParameterizedTest(name = "delivery {0} waits {1}s")
    @CsvSource({"1, 1", "2, 10", "3, 60", "4, 600", "5, 600", "9, 600"})
    void retriesFollowTheLadderByReceiveCountAndTheLastStepRepeats(int receiveCount, long seconds) {
        Disposition disposition = policy.decide(RETRY, delivery(EVENT, receiveCount), QUEUE);
        assertThat(disposition).isEqualTo(new Disposition.Retry(Duration.ofSeconds(seconds), "no mapping yet"));
    }

    @Test
    void anEventLadderOverridesTheQueueLadder() {
        QueueDefinition queue = QUEUE.withEventLadder(EVENT, RetryLadder.parse("3, 30"));
        assertThat(policy.decide(RETRY, delivery(EVENT, 1), queue))
                .isEqualTo(new Disposition.Retry(Duration.ofSeconds(3), "no mapping yet"));
        assertThat(policy.decide(RETRY, delivery(EVENT, 4), queue))
                .isEqualTo(new Disposition.Retry(Duration.ofSeconds(30), "no mapping yet"));
        assertThat(policy.decide(RETRY, delivery("prison-visit.booked", 1), queue))
                .isEqualTo(new Disposition.Retry(Duration.ofSeconds(1), "no mapping yet"));
    }

    @Test
    void aMinimumDelayLongerThanTheLadderStepWinsAndAShorterOneDoesNot() {
        SyncOutcome waitForLease = new SyncOutcome.RetryLater("visit-create-awaiting-claim", Map.of(), "claimed",
                Duration.ofSeconds(25));
        assertThat(policy.decide(waitForLease, delivery(EVENT, 1), QUEUE))
                .isEqualTo(new Disposition.Retry(Duration.ofSeconds(25), "claimed"));
        assertThat(policy.decide(waitForLease, delivery(EVENT, 4), QUEUE))
                .isEqualTo(new Disposition.Retry(Duration.ofSeconds(600), "claimed"));
        SyncOutcome absurd = new SyncOutcome.RetryLater("x", Map.of(), "far", Duration.ofDays(3));
        assertThat(((Disposition.Retry) policy.decide(absurd, delivery(EVENT, 1), QUEUE)).delay())
                .isEqualTo(Duration.ofHours(12));
    }

    @Test
    void aDeadLetterReasonNamesTheOutcomeAndItsIdsAndWhetherARetryCanHelp() {
        QueueDefinition queue = QUEUE.withMaxReceiveCount(2);
        SyncOutcome refused = new SyncOutcome.RetryLater("activity-allocation-failed", Map.of("dpsAllocationId",
                "8611", "offenderNo", "A1234BC", "reason", "HTTP 400: no such pay band"), "HTTP 400: no such pay band");
        SyncOutcome unavailable = new SyncOutcome.RetryLater("activity-allocation-failed", Map.of("dpsAllocationId",
                "8611"), "PUT /activities/1/allocation answered 503: down");

        String notRecoverable = ((Disposition.DeadLetter) policy.decide(refused, delivery(EVENT, 2), queue)).reason();
        String recoverable = ((Disposition.DeadLetter) policy.decide(unavailable, delivery(EVENT, 2), queue))
                .reason();

        assertThat(notRecoverable).startsWith("HTTP 400: no such pay band (gave up after 2 deliveries); about "
                + "activity-allocation-failed").contains("dpsAllocationId=8611", "offenderNo=A1234BC")
                .doesNotContain("reason=").endsWith("not recoverable (refused with a 4xx): read it, then purge");
        assertThat(recoverable).contains("about activity-allocation-failed dpsAllocationId=8611")
                .endsWith("recoverable (5xx, timeout or not ready yet): retry it later");
    }

    @Test
    void theLastAllowedDeliveryIsDeadLetteredInsteadOfRetried() {
        QueueDefinition queue = QUEUE.withMaxReceiveCount(5);
        assertThat(policy.decide(RETRY, delivery(EVENT, 4), queue)).isInstanceOf(Disposition.Retry.class);
        Disposition last = policy.decide(RETRY, delivery(EVENT, 5), queue);
        assertThat(last).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) last).reason()).startsWith("no mapping yet (gave up after 5 deliveries); about ")
                .endsWith("; recoverable (5xx, timeout or not ready yet): retry it later");
    }

    @Test
    void aQueueAllowingOneDeliveryDeadLettersTheFirstFailure() {
        assertThat(policy.decide(RETRY, delivery(EVENT, 1), QUEUE.withMaxReceiveCount(1)))
                .isInstanceOf(Disposition.DeadLetter.class);
    }

    @Test
    void aRejectedMessageIsDeadLetteredOnItsFirstDelivery() {
        SyncOutcome rejected = new SyncOutcome.Rejected("prison-visit.booked-invalid", Map.of(),
                "missing field 'additionalInformation.reference'");
        assertThat(policy.decide(rejected, delivery(EVENT, 1), QUEUE))
                .isEqualTo(new Disposition.DeadLetter("missing field 'additionalInformation.reference'"));
    }

    @Test
    void everyOtherOutcomeIsAcknowledged() {
        InboundMessage first = delivery(EVENT, 1);
        InboundMessage last = delivery(EVENT, 10);
        for (SyncOutcome outcome : new SyncOutcome[] {
                new SyncOutcome.Synced("visit-create-success", Map.of()),
                new SyncOutcome.AlreadyMapped("visit-create-duplicate", Map.of()),
                new SyncOutcome.Ignored("visit-cancelled-skipped", Map.of(), "echo"),
                new SyncOutcome.Duplicate("to-nomis-synch-visit-duplicate", Map.of(), null, null),
                new SyncOutcome.MappingRetryQueued("visit-mapping-create-failed", Map.of())}) {
            assertThat(policy.decide(outcome, first, QUEUE)).as(outcome.event()).isEqualTo(Disposition.ACK);
            assertThat(policy.decide(outcome, last, QUEUE)).as(outcome.event()).isEqualTo(Disposition.ACK);
        }
    }
}
