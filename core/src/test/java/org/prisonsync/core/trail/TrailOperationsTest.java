package org.prisonsync.core.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.InvalidParameterException;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.telemetry.SyncStep;
import org.prisonsync.core.trail.inmemory.InMemoryEventTrail;

class TrailOperationsTest {
    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private final InMemoryEventTrail trail = new InMemoryEventTrail();
    private final Operation events = TrailOperations.all(() -> trail, new MutableClock(NOW)).get(0);

    @SuppressWarnings("unchecked")
    private List<Object> run(Map<String, String> given) {
        return (List<Object>) ((Answer.Done) events.run(given)).body();
    }

    @Test
    void isGetEventsAndTheEventsCommand_guardedByARole() {
        assertThat(events.method()).isEqualTo("GET");
        assertThat(events.path()).isEqualTo("/events");
        assertThat(events.role()).isEqualTo(TrailOperations.ROLE);
    }

    @Test
    void aPrisonersTrailOfTheLastDayByDefault_oldestFirst() {
        TrailEntry old = TrailEntry.of("visit-created-success", Map.of("offenderNo", "A1234BC"),
                NOW.minus(Duration.ofHours(25)));
        TrailEntry received = TrailEntry.of("visit-received", Map.of("offenderNo", "A1234BC"),
                NOW.minus(Duration.ofHours(2)));
        TrailEntry mapped = TrailEntry.of("visit-mapping-success", Map.of("offenderNo", "A1234BC"),
                NOW.minus(Duration.ofHours(1)));
        TrailEntry someoneElse = TrailEntry.of("visit-received", Map.of("offenderNo", "B2345CD"), NOW);
        trail.append(List.of(old, received, mapped, someoneElse));

        assertThat(run(Map.of("prisoner", "A1234BC"))).containsExactly(received, mapped);
        assertThat(run(Map.of("prisoner", "A1234BC", "since", "90m"))).containsExactly(mapped);
        assertThat(run(Map.of("prisoner", "A1234BC", "since", "2d"))).containsExactly(old, received, mapped);
        assertThat(run(Map.of("prisoner", "A1234BC", "from", "2026-12-04"))).containsExactly(old, received, mapped);
        assertThat(run(Map.of("limit", "1"))).containsExactly(someoneElse);
    }

    @Test
    void refusesWhatCannotBeMeant() {
        assertThatThrownBy(() -> run(Map.of("since", "2h", "from", "2026-12-04")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> run(Map.of("from", "2026-12-06"))).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("after");
        assertThatThrownBy(() -> run(Map.of("since", "2 hours"))).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("30m, 2h or 7d");
        assertThatThrownBy(() -> run(Map.of("since", "-2h"))).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> run(Map.of("prisoner", "a1234bc"))).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> run(Map.of("booking", "0"))).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> run(Map.of("limit", "1001"))).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> run(Map.of("entity", "x".repeat(101)))).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> run(Map.of("prisonr", "A1234BC"))).isInstanceOf(InvalidParameterException.class);
        for (String event : new String[] {"*", "**", "visit%", "visit create", "visit-'or'1"}) {
            assertThatThrownBy(() -> run(Map.of("event", event))).as(event)
                    .isInstanceOf(InvalidParameterException.class).hasMessageContaining("*duplicate*");
        }
    }

    @Test
    void rendersOneLinePerStepWithItsIds() {
        trail.append(List.of(TrailEntry.of("visit-create-failed", Map.of("offenderNo", "A1234BC", "bookingId", "12",
                "nomisId", "987", "reason", "409"), NOW.minusSeconds(60))));

        String text = events.renderer().render(run(Map.of()));

        assertThat(text).startsWith("1 event(s)").contains("2026-12-05T11:59:00Z  visit-create-failed  "
                + "prisoner=A1234BC  booking=12  nomis=987  reason=409");
    }

    @Test
    void rendersASyncsStepsIndentedWithTheirOwnFacts_thenItsOutcomeWithTheIds() {
        Map<String, String> ids = Map.of("offenderNo", "A1234BC", "nomisId", "987", "dpsId", "ab-cd");
        trail.append(TrailEntry.steps("visit-create-success", ids, List.of(
                new SyncStep("received", NOW.minusSeconds(3), Map.of("eventType", "prison-visit.booked",
                        "messageId", "m-1", "receiveCount", "1")),
                new SyncStep("nomis-written", NOW.minusSeconds(2), Map.of("foundExisting", "true")))));
        trail.append(List.of(TrailEntry.of("visit-create-success", ids, NOW.minusSeconds(1))));

        String text = events.renderer().render(run(Map.of("prisoner", "A1234BC")));

        String nl = System.lineSeparator();
        assertThat(text).isEqualTo("1 event(s) and 2 step(s)" + nl
                + "2026-12-05T11:59:57Z    received  eventType=prison-visit.booked  messageId=m-1  receiveCount=1" + nl
                + "2026-12-05T11:59:58Z    nomis-written  foundExisting=true" + nl
                + "2026-12-05T11:59:59Z  visit-create-success  prisoner=A1234BC  nomis=987  dps=ab-cd");
    }

    @Test
    void aStepOfAnInterleavedSyncSaysWhichOutcomeItLedTo() {
        Map<String, String> create = Map.of("offenderNo", "A1234BC", "nomisId", "987", "dpsId", "ab-cd");
        Map<String, String> echo = Map.of("offenderNo", "A1234BC", "nomisId", "987");
        trail.append(TrailEntry.steps("alert-create-success", create, List.of(
                new SyncStep("dps-read", NOW.minusSeconds(5), Map.of()))));
        trail.append(TrailEntry.steps("alert-synchronisation-created-skipped", echo, List.of(
                new SyncStep("received", NOW.minusSeconds(4), Map.of("eventType", "ALERT-INSERTED")))));
        trail.append(TrailEntry.steps("alert-create-success", create, List.of(
                new SyncStep("nomis-written", NOW.minusSeconds(3), Map.of()))));
        trail.append(List.of(TrailEntry.of("alert-create-success", create, NOW.minusSeconds(2)),
                TrailEntry.of("alert-synchronisation-created-skipped", echo, NOW.minusSeconds(1))));

        String text = events.renderer().render(run(Map.of("prisoner", "A1234BC")));

        assertThat(text.lines().map(String::strip).toList()).containsExactly("2 event(s) and 3 step(s)",
                "2026-12-05T11:59:55Z    dps-read",
                "2026-12-05T11:59:56Z    received  of=alert-synchronisation-created-skipped  eventType=ALERT-INSERTED",
                "2026-12-05T11:59:57Z    nomis-written",
                "2026-12-05T11:59:58Z  alert-create-success  prisoner=A1234BC  nomis=987  dps=ab-cd",
                "2026-12-05T11:59:59Z  alert-synchronisation-created-skipped  prisoner=A1234BC  nomis=987");
    }
}
