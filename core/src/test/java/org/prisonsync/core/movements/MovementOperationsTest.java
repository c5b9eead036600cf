package org.prisonsync.core.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import java.time.LocalDateTime;
import java.util.ArrayList;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.notify.NotifySettings;
import org.prisonsync.core.notify.OperatorNotifier;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.queue.QueueDefinition;

/**
 * {@code movements show}: a prisoner's pairs are a {@link Answer.Done}; a prisoner without any is
 * {@link Answer.NothingFound} with the sentence the command has always printed, so the command line keeps its exit 4
 * and the route its 200 with an empty list.
 */
class MovementOperationsTest {
    private final MovementWorld world = new MovementWorld();
    private final MovementsDomain domain = new MovementsDomain(world.pairs, world.movements,
            MovementSettings.DEFAULTS);
    private final Operation show;
    private final PrisonSyncCore core;

    MovementOperationsTest() {
        InMemoryQueues queues = new InMemoryQueues(List.of(QueueDefinition.withDefaults(MovementsDomain.QUEUE.id(),
                MovementsDomain.QUEUE.defaultName(), MovementsDomain.QUEUE.defaultName() + "-dlq")));
        core = PrisonSyncCore.builder(new SharedPorts(new InMemoryMappingStore(), new InMemoryWriteClaims(), queues, queues,
                world.telemetry, world.clock)).domain(domain).build();
        show = MovementOperations.all(() -> domain).stream().filter(o -> o.cliPath().equals(List.of("movements",
                "show"))).findFirst().orElseThrow();
    }

    @Test
    void givenAPrisonerWithoutPairs_thenNothingIsFoundWithTheSentenceAndAnEmptyList() {
        Answer answer = show.run(Map.of("offenderNo", "A1234BC"));

        assertThat(answer).isEqualTo(new Answer.NothingFound("no movement pairs for A1234BC", List.of()));
    }

    @Test
    void givenAPrisonerWithAPair_thenThePairsAreTheAnswer() {
        world.received("A1234BC", "NEW_ADMISSION");

        Answer answer = show.run(Map.of("offenderNo", "A1234BC"));

        assertThat(answer).isInstanceOfSatisfying(Answer.Done.class, done -> assertThat((List<?>) done.body())
                .singleElement().satisfies(p -> assertThat(((MatchingEventPair) p).prisonerNumber())
                        .isEqualTo("A1234BC")));
    }

    @Test
    void aMovementLeftUnmatchedAlertsTheOperatorsWithTheCommandThatListsThem() {
        world.housekeepingThreeHoursLater(); // nothing unmatched: its report (count 0) needs no one
        world.pastMovement(1234567L, 1, "ADM", "N", "IN", LocalDateTime.parse("2024-01-01T10:00:00"));
        world.pastMovement(1234567L, 2, "REL", "CR", "OUT", LocalDateTime.parse("2024-06-01T10:00:00"));
        world.nomisMovement("A1234BC", 1234567L, 3, "ADM", "R", "IN");
        world.housekeepingThreeHoursLater();
        List<String> posts = new ArrayList<>();
        OperatorNotifier alerts = new OperatorNotifier(posts::add, NotifySettings.DEFAULTS);
        alerts.rules(core.notifyRules());

        world.telemetry.events().forEach(e -> alerts.track(e.name(), e.properties()));
        alerts.flush();

        assertThat(posts).singleElement().satisfies(text -> assertThat(text)
                .contains("1 × movements left unmatched (non-match-event)", "count=1",
                        "`prison-sync movements unmatched`"));
    }
}
