package org.prisonsync.core.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.testing.MovementEvents;

/** The event records read upstream's payloads (§A.8) and reject what lacks a required field. */
class MovementEventsParsingTest {

    @Test
    void anExternalMovementIsReadWithItsNomisLocalTime() {
        ExternalMovementEvent event = ExternalMovementEvent.from(MovementEvents.externalMovement("A7089FD", 1234567L,
                3, "ADM", "R", "IN", LocalDateTime.parse("2026-02-12T15:41:26")));

        assertThat(event).isEqualTo(new ExternalMovementEvent("A7089FD", 1234567L, 3, "ADM", "R", "IN",
                LocalDateTime.parse("2026-02-12T15:41:26"), event.fields()));
        assertThat(event.fields()).containsEntry("auditModuleName", "OIDADMIS")
                .containsEntry("recordInserted", "true");
    }

    // §A.3: occurredAt is stored as Europe/London local time (BST in summer).
    @Test
    void aDomainOccurredAtBecomesLondonLocalTime() {
        PrisonerReceivedEvent summer = PrisonerReceivedEvent.from(MovementEvents.received("A7089FD", "READMISSION",
                Instant.parse("2026-07-12T15:47:10.840867033Z")));
        PrisonerReleasedEvent winter = PrisonerReleasedEvent.from(MovementEvents.released("A7089FD", "RELEASED",
                Instant.parse("2026-02-12T15:52:12.968609308Z")));

        assertThat(summer.domainTime()).isEqualTo(LocalDateTime.parse("2026-07-12T16:47:10.840867033"));
        assertThat(summer.prisonId()).isEqualTo("FNI");
        assertThat(winter.domainTime()).isEqualTo(LocalDateTime.parse("2026-02-12T15:52:12.968609308"));
    }

    @Test
    void theBookingMoveEventsReadTheirPrisoners() {
        BookingMovedEvent moved = BookingMovedEvent.from(MovementEvents.bookingMoved(3048348L, "A1111AA", "A2222BB",
                Instant.parse("2025-05-13T15:38:48Z")));
        BookingReassignedEvent reassigned = BookingReassignedEvent.from(MovementEvents.bookingReassigned("A2222BB",
                "A1111AA", 3048348L, Instant.parse("2025-05-13T15:38:48Z")));

        assertThat(moved).isEqualTo(new BookingMovedEvent(3048348L, "A1111AA", "A2222BB", "2025-05-13T15:38:48Z",
                LocalDateTime.parse("2025-05-13T16:38:48")));
        assertThat(reassigned.isBetweenAliases()).isFalse();
        assertThat(reassigned.eventDatetime()).isEqualTo(LocalDateTime.parse("2025-05-13T16:38:48"));
    }

    @Test
    void missingOrMalformedFieldsAreInvalidMessages() {
        Map<String, Object> noSeq = new LinkedHashMap<>(MovementEvents.externalMovement("A7089FD", 1L, 3, "ADM", "R",
                "IN", LocalDateTime.parse("2026-02-12T15:41:26")).message());
        noSeq.remove("movementSeq");
        Map<String, Object> badTime = new LinkedHashMap<>(noSeq);
        badTime.put("movementSeq", 3);
        badTime.put("movementDateTime", "yesterday");

        assertThatThrownBy(() -> ExternalMovementEvent.from(notification(noSeq)))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("movementSeq");
        assertThatThrownBy(() -> ExternalMovementEvent.from(notification(badTime)))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("movementDateTime");
        assertThatThrownBy(() -> PatientRemovedEvent.from(MovementEvents.domain(PatientRemovedEvent.EVENT_TYPE,
                Instant.now(), Map.of())))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("prisonerNumber");
        assertThatThrownBy(() -> MergeEvent.from(notification(Map.of("eventType", MergeEvent.EVENT_TYPE,
                "offenderIdDisplay", "A1234AA", "bookingId", 1, "type", "MERGE",
                "eventDatetime", "2025-05-13T15:38:56"))))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("previousOffenderIdDisplay");
    }

    private static Notification notification(Map<String, Object> message) {
        return new Notification("m-1", (String) message.get("eventType"), message);
    }
}
