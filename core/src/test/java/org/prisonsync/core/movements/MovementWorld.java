package org.prisonsync.core.movements;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.prisonsync.core.movements.inmemory.InMemoryMatchingEventPairs;
import org.prisonsync.core.movements.inmemory.InMemoryPrisonMovements;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventRoutes;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.testing.MovementEvents;

/**
 * The movement reconciler on in-memory ports: NOMIS's movements per booking, the pairs, telemetry and a clock that
 * tests move. {@link #deliver} routes a notification as the engine would and tracks the outcome's telemetry.
 */
final class MovementWorld {
    /** A winter instant, so that London time equals UTC and the expectations read plainly. */
    static final Instant START = Instant.parse("2026-02-12T15:40:00Z");

    final MutableClock clock = new MutableClock(START);
    final InMemoryMatchingEventPairs pairs = new InMemoryMatchingEventPairs(clock);
    final InMemoryPrisonMovements movements = new InMemoryPrisonMovements();
    final RecordingTelemetry telemetry = new RecordingTelemetry(clock);
    final EventRoutes routes = new EventRoutes();
    final MovementHousekeeping housekeeping = new MovementHousekeeping(pairs, telemetry, clock,
            MovementSettings.DEFAULTS);
    final MovementQueries queries = new MovementQueries(pairs, clock, MovementSettings.DEFAULTS);

    MovementWorld() {
        new MovementsSync(pairs, movements, clock).register(routes.forDomain(MovementsSync.DOMAIN));
    }

    SyncOutcome deliver(Notification notification) {
        SyncOutcome outcome = routes.route(notification.eventType()).orElseThrow().handler()
                .handle(notification, new MessageContext("reconciliation", notification.messageId(), 1));
        telemetry.track(outcome.event(), outcome.properties());
        return outcome;
    }

    /** NOMIS records a new movement and raises EXTERNAL_MOVEMENT-CHANGED for it. */
    SyncOutcome nomisMovement(String prisoner, long booking, int seq, String type, String reason, String direction) {
        LocalDateTime when = now();
        movements.add(booking, new BookingMovement(seq, "KSWRTH", "FNI", type, direction, when, reason, when, null));
        return deliver(MovementEvents.externalMovement(prisoner, booking, seq, type, reason, direction, when));
    }

    /** A movement NOMIS already had (history before the test), raising no event now. */
    void pastMovement(long booking, int seq, String type, String reason, String direction, LocalDateTime when) {
        movements.add(booking, new BookingMovement(seq, "KSWRTH", "FNI", type, direction, when, reason, when, null));
    }

    SyncOutcome received(String prisoner, String reason) {
        return deliver(MovementEvents.received(prisoner, reason, clock.instant()));
    }

    SyncOutcome released(String prisoner, String reason) {
        return deliver(MovementEvents.released(prisoner, reason, clock.instant()));
    }

    SyncOutcome patientRemoved(String prisoner) {
        return deliver(MovementEvents.patientRemoved(prisoner, clock.instant()));
    }

    void later(Duration by) {
        clock.advance(by);
    }

    /** The scheduled run, three hours on: its default window (4 h to 2 h ago) holds everything created so far. */
    HousekeepingReport housekeepingThreeHoursLater() {
        clock.advance(Duration.ofHours(3));
        return housekeeping.run(false);
    }

    List<MatchingEventPair> rows(String prisoner) {
        return pairs.findByPrisoner(prisoner);
    }

    LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).withNano(0);
    }

    static String outcomeOf(SyncOutcome outcome) {
        return outcome.properties().get("matchOutcome");
    }
}
