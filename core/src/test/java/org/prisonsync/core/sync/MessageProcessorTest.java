package org.prisonsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.message.Malformed;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.QueueAdmin;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.telemetry.TelemetryEvent;
import org.prisonsync.core.testing.Events;
import org.prisonsync.core.testing.SampleVisits;
import org.prisonsync.core.testing.TestWorld;

class MessageProcessorTest {
    private static final QueueDefinition QUEUE = QueueDefinition.withDefaults("test", "test-q", "test-dlq");

    private final TestWorld world = TestWorld.create();
    private final RecordingTelemetry telemetry = new RecordingTelemetry();

    private MessageProcessor processorWith(EventHandler handler) {
        return new MessageProcessor(new EventRoutes().on("test", "test.event", handler), FeatureSwitches.allOn(),
                new QueueDirectory(List.of(QUEUE)), telemetry);
    }

    private static InboundMessage testEvent(int receiveCount) {
        return new InboundMessage("test-q", "m-1", receiveCount,
                new Notification("n-1", "test.event", Map.of("eventType", "test.event")), "{}", Map.of());
    }

    @Test
    void anUnknownEventTypeIsAcknowledgedAndReported() {
        Notification unknown = Events.domainEvent("prison-visit.teleported", "A1234BC",
                Map.of("reference", "ab-cd-ef-gh"), TestWorld.START);

        assertThat(world.handle(TestWorld.TO_NOMIS, unknown)).isEqualTo(Disposition.ACK);

        assertThat(world.telemetry().named("unknown-event-ignored")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("eventType", "prison-visit.teleported"));
        assertThat(world.nomis().size()).isZero();
    }

    @Test
    void aSwitchedOffEventIsAcknowledgedWithoutBeingHandled() {
        TestWorld switchedOff = TestWorld.builder()
                .switches(FeatureSwitches.from(Map.of("FEATURE_EVENT_PRISON-VISIT_BOOKED", "false"))).build();
        switchedOff.dps().book(SampleVisits.numbered(1));

        switchedOff.pumpAll();

        assertThat(switchedOff.nomis().size()).isZero();
        assertThat(switchedOff.mappings().all()).isEmpty();
        assertThat(switchedOff.telemetry().named("feature-switch-disabled")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("eventType", "prison-visit.booked")
                        .containsEntry("domain", "visits"));
        assertThat(switchedOff.telemetry().events()).noneMatch(e -> e.name().startsWith("visit-create"));
        assertThat(switchedOff.dlq(TestWorld.TO_NOMIS_DLQ)).isEmpty();
        assertThat(switchedOff.queues().messages(TestWorld.TO_NOMIS)).isEmpty();
    }

    @Test
    void aMalformedMessageIsDeadLetteredAtOnceWithItsReason() {
        Disposition disposition = world.handle(TestWorld.TO_NOMIS, new Malformed("body is not JSON"));

        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) disposition).reason()).contains("body is not JSON");
        TelemetryEvent dlq = world.telemetry().named("MALFORMED-sent-to-dlq").get(0);
        assertThat(dlq.properties())
                .containsEntry("queueName", TestWorld.TO_NOMIS)
                .containsEntry("dlqName", TestWorld.TO_NOMIS_DLQ)
                .containsEntry("receiveCount", "1")
                .containsEntry("maxReceiveCount", "5")
                .containsEntry("timeouts", "1, 10, 60, 600");
        assertThat(dlq.properties().get("reason")).contains("body is not JSON");
        assertThat(world.telemetry().count("message-malformed")).isEqualTo(1);
    }

    @Test
    void aMalformedMessageOnTheQueueEndsOnTheDlqWithTheFailureReasonAttribute() {
        world.send(TestWorld.FROM_NOMIS, new Malformed("no Type"));

        world.pumpAll();

        assertThat(world.dlq(TestWorld.FROM_NOMIS_DLQ)).singleElement().satisfies(entry ->
                assertThat(entry.attributes().get(QueueAdmin.FAILURE_REASON_ATTRIBUTE)).contains("no Type"));
        assertThat(world.queues().messages(TestWorld.FROM_NOMIS)).isEmpty();
    }

    @Test
    void aBookedEventWithoutReferenceIsDeadLetteredOnItsFirstDelivery() {
        Notification noReference = Events.domainEvent("prison-visit.booked", "A1234BC",
                Map.of("visitType", "SOCIAL", "source", "DPS"), TestWorld.START);

        Disposition disposition = world.handle(TestWorld.TO_NOMIS, noReference, 1);

        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) disposition).reason()).contains("additionalInformation.reference");
        assertThat(world.telemetry().count("prison-visit.booked-invalid")).isEqualTo(1);
        assertThat(world.telemetry().named("prison-visit.booked-sent-to-dlq")).singleElement()
                .satisfies(e -> assertThat(e.properties().get("reason")).contains("additionalInformation.reference"));
        assertThat(world.nomis().size()).isZero();
    }

    @Test
    void aHandlerBugIsRetriedNeverThrown() {
        MessageProcessor processor = processorWith((event, context) -> {
            throw new IllegalStateException("boom");
        });

        Disposition disposition = processor.handle(testEvent(1));

        assertThat(disposition).isEqualTo(new Disposition.Retry(Duration.ofSeconds(1), "IllegalStateException: boom"));
        assertThat(telemetry.named("test.event-failed")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("reason", "IllegalStateException: boom")
                        .containsEntry("messageId", "m-1"));
    }

    @Test
    void aPersistentHandlerBugEndsOnTheDlqAfterTheLastDelivery() {
        MessageProcessor processor = processorWith((event, context) -> {
            throw new NullPointerException();
        });

        Disposition disposition = processor.handle(testEvent(QUEUE.maxReceiveCount()));

        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) disposition).reason()).contains("NullPointerException");
        assertThat(telemetry.count("test.event-sent-to-dlq")).isEqualTo(1);
    }

    @Test
    void anUnavailableUpstreamIsRetriedWithTheLadderDelay() {
        MessageProcessor processor = processorWith((event, context) -> {
            throw new UpstreamUnavailable("NOMIS 503");
        });

        assertThat(processor.handle(testEvent(3))).isEqualTo(new Disposition.Retry(Duration.ofSeconds(60),
                "NOMIS 503"));
    }

    @Test
    void anInvalidMessageFromAHandlerIsDeadLetteredAtOnce() {
        MessageProcessor processor = processorWith((event, context) -> {
            throw new InvalidMessageException("missing field 'visitId'");
        });

        Disposition disposition = processor.handle(testEvent(1));

        assertThat(disposition).isEqualTo(new Disposition.DeadLetter("invalid test.event: missing field 'visitId'"));
        assertThat(telemetry.count("test.event-invalid")).isEqualTo(1);
        assertThat(telemetry.count("test.event-sent-to-dlq")).isEqualTo(1);
    }

    @Test
    void theHandlerSeesWhereTheMessageCameFrom() {
        MessageContext[] seen = new MessageContext[1];
        MessageProcessor processor = processorWith((event, context) -> {
            seen[0] = context;
            return new SyncOutcome.Synced("test-success", Map.of("k", "v"));
        });

        assertThat(processor.handle(testEvent(2))).isEqualTo(Disposition.ACK);

        assertThat(seen[0]).isEqualTo(new MessageContext("test-q", "m-1", 2));
        assertThat(telemetry.named("test-success")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("k", "v"));
    }

    @Test
    void anUnknownInternalMessageIsDeadLettered() {
        Disposition disposition = world.handle(TestWorld.TO_NOMIS, new InternalMessage("RETRY_SOMETHING", Map.of()));

        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(world.telemetry().count("unknown-internal-message")).isEqualTo(1);
        assertThat(world.telemetry().count("RETRY_SOMETHING-sent-to-dlq")).isEqualTo(1);
    }

    @Test
    void aDeliveryWithoutMessageIdStillGetsADisposition() {
        Notification unknown = Events.domainEvent("prison-visit.teleported", "A1234BC", Map.of(), TestWorld.START);
        InboundMessage noId = new InboundMessage(TestWorld.TO_NOMIS, null, 1, unknown, "{}", Map.of());

        assertThat(world.processor().handle(noId)).isEqualTo(Disposition.ACK);
        assertThat(world.telemetry().count("unknown-event-ignored")).isEqualTo(1);
    }

    @Test
    void aFailingHandlerOfADeliveryWithoutMessageIdIsRetried() {
        InboundMessage noId = new InboundMessage("test-q", null, 1,
                new Notification(null, "test.event", Map.of("eventType", "test.event")), "{}", Map.of());
        MessageProcessor processor = processorWith((event, context) -> {
            throw new IllegalStateException("boom");
        });

        assertThat(processor.handle(noId)).isInstanceOf(Disposition.Retry.class);
    }

    @Test
    void aMalformedMessageWithoutAReasonIsStillDeadLetteredAtOnce() {
        assertThat(world.handle(TestWorld.TO_NOMIS, new Malformed(null), 1))
                .isInstanceOf(Disposition.DeadLetter.class);
    }

    @Test
    void anInvalidMessageWithoutDetailIsStillDeadLettered() {
        MessageProcessor processor = processorWith((event, context) -> {
            throw new InvalidMessageException(null);
        });

        assertThat(processor.handle(testEvent(1))).isInstanceOf(Disposition.DeadLetter.class);
    }
}
