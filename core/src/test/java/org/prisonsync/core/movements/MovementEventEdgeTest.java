package org.prisonsync.core.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.sync.FeatureSwitches;
import org.prisonsync.core.sync.MessageProcessor;
import org.prisonsync.core.sync.QueueDirectory;
import org.prisonsync.core.testing.MovementEvents;

/**
 * Movement events through the engine as a delivery: what can never succeed is dead-lettered on its first delivery
 * with the real reason (not retried for minutes with a stack trace each time), and a valid event of a type nobody
 * acts on is acknowledged, whatever fields it does without.
 */
class MovementEventEdgeTest {
    private static final String QUEUE = "prison-sync-movements";

    private final MovementWorld world = new MovementWorld();
    private final MessageProcessor processor = new MessageProcessor(world.routes, FeatureSwitches.allOn(),
            new QueueDirectory(List.of(QueueDefinition.withDefaults("movements", QUEUE, QUEUE + "-dlq"))),
            world.telemetry);

    private Disposition firstDelivery(Map<String, Object> message) {
        Notification notification = new Notification("m-1", (String) message.get("eventType"), message);
        return processor.handle(new InboundMessage(QUEUE, "m-1", 1, notification, "{}", Map.of()));
    }

    private static Map<String, Object> admission() {
        return new LinkedHashMap<>(MovementEvents.externalMovement("A7089FD", 1234567L, 3, "ADM", "R", "IN",
                LocalDateTime.parse("2026-02-12T15:41:26")).message());
    }

    private static String reason(Disposition disposition) {
        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        return ((Disposition.DeadLetter) disposition).reason();
    }

    @Test
    void aMovementSequenceBeyondAnIntIsDeadLetteredAtOnceNamingTheRange() {
        Map<String, Object> message = admission();
        message.put("movementSeq", 3_000_000_000L);

        assertThat(reason(firstDelivery(message)))
                .contains("'movementSeq' is out of range (1..2147483647): 3000000000");
    }

    @Test
    void aBookingIdThatIsNotAPositiveNumberIsDeadLetteredAtOnce() {
        for (Object bad : List.of("12a", "-5", 0, "١٢٣", 12.5)) {
            Map<String, Object> message = admission();
            message.put("bookingId", bad);

            assertThat(reason(firstDelivery(message))).as("bookingId %s", bad).contains("'bookingId'");
        }
    }

    @Test
    void aHundredKilobyteReasonOrPrisonerNumberNeverReachesThePairsAndIsQuotedShort() {
        Map<String, Object> longReason = admission();
        longReason.put("movementReasonCode", "R".repeat(100_000));
        Map<String, Object> longPrisoner = admission();
        longPrisoner.put("offenderIdDisplay", "A".repeat(100_000));

        assertThat(reason(firstDelivery(longReason))).contains("'movementReasonCode' is 100000 characters long")
                .hasSizeLessThan(300);
        assertThat(reason(firstDelivery(longPrisoner))).contains("'offenderIdDisplay' is not a prisoner number")
                .hasSizeLessThan(300);
        assertThat(world.pairs.findByPrisoner("A7089FD")).isEmpty();
    }

    @Test
    void aBookingNumberChangeWithoutTypeOrPrisonerIsAValidUpstreamEventAndIsIgnored() {
        Map<String, Object> noType = new LinkedHashMap<>();
        noType.put("eventType", MergeEvent.EVENT_TYPE);
        noType.put("eventDatetime", "2026-02-12T15:41:26");
        noType.put("bookingId", 1234567);
        noType.put("nomisEventType", "BOOK_UPD_OASYS");
        noType.put("previousBookingNumber", "V24071");

        assertThat(firstDelivery(noType)).isEqualTo(Disposition.ACK);
        assertThat(world.telemetry.named(MovementReconciliation.IGNORED)).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("eventType", MergeEvent.EVENT_TYPE)
                        .containsEntry("reason", "no type, so not a MERGE")
                        .containsEntry("previousBookingNumber", "V24071"));
    }

    @Test
    void aNonMergeTypeNeedsNoMergeFields() {
        Map<String, Object> otherType = new LinkedHashMap<>();
        otherType.put("eventType", MergeEvent.EVENT_TYPE);
        otherType.put("type", "BOOK_NUMBER_CHANGE");
        otherType.put("bookingId", 1234567);

        assertThat(firstDelivery(otherType)).isEqualTo(Disposition.ACK);
        assertThat(world.telemetry.named(MovementReconciliation.IGNORED)).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("reason",
                        "type is BOOK_NUMBER_CHANGE, not MERGE"));
    }

    @Test
    void aMergeStillNeedsItsPrisoners() {
        Map<String, Object> merge = new LinkedHashMap<>(MovementEvents.merge("A1234AA", "A4321BB", 1L,
                LocalDateTime.parse("2026-02-12T15:41:26")).message());
        merge.remove("offenderIdDisplay");

        assertThat(reason(firstDelivery(merge))).contains("offenderIdDisplay");
    }
}
