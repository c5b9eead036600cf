package org.prisonsync.core.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.inmemory.RecordingStepTrail;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.sync.FeatureSwitches;
import org.prisonsync.core.sync.MessageProcessor;
import org.prisonsync.core.sync.QueueDirectory;
import org.prisonsync.core.sync.Steps;
import org.prisonsync.core.telemetry.FanOutTelemetry;
import org.prisonsync.core.testing.MovementEvents;

/**
 * A movement's steps go through the same engine as a create's: the processor notes {@code received} and hands the
 * steps over with the outcome; the NOMIS half notes its read of the booking's movements, and either half the write
 * of its pair.
 */
class MovementStepsTest {
    private static final QueueDefinition QUEUE = QueueDefinition.withDefaults("movements", "movements-q",
            "movements-dlq");
    private static final long BOOKING = 1_200_345;

    private final MovementWorld world = new MovementWorld();
    private final RecordingStepTrail steps = new RecordingStepTrail();
    private final MessageProcessor processor = new MessageProcessor(world.routes, FeatureSwitches.allOn(),
            new QueueDirectory(List.of(QUEUE)), new FanOutTelemetry(List.of(world.telemetry, steps)), world.clock);
    private int delivered;

    private void deliver(Notification notification) {
        delivered++;
        processor.handle(new InboundMessage(QUEUE.queueName(), "m-" + delivered, 1, notification, "{}", Map.of()));
    }

    private Notification admittedInNomis() {
        LocalDateTime when = world.now();
        world.movements.add(BOOKING, new BookingMovement(1, "KSWRTH", "FNI", "ADM", "IN", when, "N", when, null));
        return MovementEvents.externalMovement("A1234BC", BOOKING, 1, "ADM", "N", "IN", when);
    }

    @Test
    void anAdmissionShowsBothHalves_theNomisHalfReadingTheBooking_eachWritingItsPair() {
        deliver(admittedInNomis());
        deliver(MovementEvents.received("A1234BC", "NEW_ADMISSION", world.clock.instant()));

        RecordingStepTrail.Sync nomisHalf = steps.syncs().get(0);
        assertThat(nomisHalf.outcome()).isEqualTo(ExternalMovementHandler.EVENT);
        assertThat(nomisHalf.names()).containsExactly(Steps.RECEIVED, Steps.NOMIS_READ,
                MovementReconciliation.PAIR_WRITTEN);
        assertThat(nomisHalf.step(MovementReconciliation.PAIR_WRITTEN).detail())
                .containsEntry("matchOutcome", "inserted");
        assertThat(nomisHalf.outcomeProperties()).containsEntry("offenderIdDisplay", "A1234BC")
                .containsEntry("bookingId", Long.toString(BOOKING));
        RecordingStepTrail.Sync dpsHalf = steps.syncs().get(1);
        assertThat(dpsHalf.outcome()).isEqualTo(PrisonerReceivedHandler.EVENT);
        assertThat(dpsHalf.names()).containsExactly(Steps.RECEIVED, MovementReconciliation.PAIR_WRITTEN);
        assertThat(dpsHalf.step(MovementReconciliation.PAIR_WRITTEN).detail())
                .containsEntry("matchOutcome", "matched");
    }

    @Test
    void aRedeliveredHalfWritesNothing_andAMovementNeedingNoPairingIsOnlyReceived() {
        Notification admitted = admittedInNomis();
        deliver(admitted);
        deliver(admitted);
        deliver(MovementEvents.externalMovement("A1234BC", BOOKING, 2, "TAP", "C", "OUT", world.now()));

        assertThat(steps.syncs()).extracting(RecordingStepTrail.Sync::names).containsExactly(
                List.of(Steps.RECEIVED, Steps.NOMIS_READ, MovementReconciliation.PAIR_WRITTEN),
                List.of(Steps.RECEIVED, Steps.NOMIS_READ),
                List.of(Steps.RECEIVED));
        assertThat(steps.syncs().get(2).outcome()).isEqualTo(MovementReconciliation.IGNORED);
    }
}
