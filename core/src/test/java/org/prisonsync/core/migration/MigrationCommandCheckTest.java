package org.prisonsync.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.testing.MigrationWorld;

/**
 * A migration message that can never succeed goes to the DLQ on its first delivery, with the real reason, before
 * anything is built or written: forged commands (an unknown or finished run, another estimate), ids that are not
 * NOMIS ids, impossible pages, and a NOMIS entity that no longer exists. Before, these were obeyed or retried for
 * about eleven minutes.
 */
class MigrationCommandCheckTest {
    private static final Map<String, Object> FILTER = Map.of("visitTypes", List.of("SCON", "OFFI"));

    private final MigrationWorld world = new MigrationWorld();

    private Disposition firstDelivery(InternalMessage message) {
        return world.processor().handle(world.delivery(message, "m-1", 1));
    }

    private static InternalMessage message(String type, String id, long estimate, Map<String, Object> body) {
        return new MigrationContext("VISITS", id, estimate, body, Map.of()).message(type);
    }

    private void assertDeadLetteredAtOnce(Disposition disposition, String reason) {
        assertThat(disposition).isInstanceOfSatisfying(Disposition.DeadLetter.class,
                d -> assertThat(d.reason()).contains(reason));
        assertThat(world.queues().messages(world.queue().queueName())).isEmpty();
        assertThat(world.dps().migratedCount()).isZero();
    }

    @Test
    void aMigrateEntitiesForARunThatDoesNotExistIsRejected() {
        InternalMessage forged = message(MigrationMessages.MIGRATE_ENTITIES, "2026-01-01T00:00:00",
                1_000_000_000_000L, FILTER);

        assertDeadLetteredAtOnce(firstDelivery(forged), "no migration 2026-01-01T00:00:00 in the history");
        assertThat(world.telemetry().named("visits-migration-message-rejected")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("migrationId", "2026-01-01T00:00:00"));
    }

    @Test
    void aMigrateEntitiesWithAnotherEstimateThanItsRunIsRejected() {
        String id = world.recordRun(40);

        assertDeadLetteredAtOnce(firstDelivery(message(MigrationMessages.MIGRATE_ENTITIES, id, 1_000_000_000_000L,
                FILTER)), "estimatedCount 1000000000000 is not the estimate 40 migration " + id + " started with");
    }

    @Test
    void aMigrateEntitiesForACompletedRunIsRejected() {
        world.seedVisits(5);
        world.mapAllRooms();
        StartResult.Started started = (StartResult.Started) world.migrations().start("VISITS", FILTER);
        world.pump();
        String id = started.context().migrationId();
        assertThat(world.history().find(id).orElseThrow().status()).isEqualTo(MigrationStatus.COMPLETED);

        assertThat(firstDelivery(message(MigrationMessages.MIGRATE_ENTITIES, id, 5, FILTER)))
                .isInstanceOfSatisfying(Disposition.DeadLetter.class, d -> assertThat(d.reason())
                        .contains("is COMPLETED: its pages were queued already"));
        assertThat(world.queues().messages(world.queue().queueName())).isEmpty();
    }

    @Test
    void anEstimateOutOfRangeOrAnIdThatIsNoMigrationIdIsRejected() {
        assertThat(firstDelivery(message(MigrationMessages.MIGRATE_ENTITIES, "2026-01-01T00:00:00", -1, FILTER)))
                .isInstanceOfSatisfying(Disposition.DeadLetter.class, d -> assertThat(d.reason())
                        .contains("estimatedCount -1 is outside 0..1000000000000"));
        assertThat(firstDelivery(message(MigrationMessages.MIGRATE_ENTITIES, "'; drop table mapping; --", 1,
                FILTER))).isInstanceOfSatisfying(Disposition.DeadLetter.class, d -> assertThat(d.reason())
                        .contains("is not a migration id"));
    }

    @Test
    void idsThatAreNotNomisIdsAreRejectedAtOnce() {
        world.seedVisits(3);
        world.mapAllRooms();
        String id = world.recordRun(3);
        List<Object> tooMany = new ArrayList<>();
        for (int i = 1; i <= CommandLimits.MAX_IDS_PER_MESSAGE + 1; i++) {
            tooMany.add(Integer.toString(i));
        }
        Map<List<?>, String> cases = Map.of(
                List.of("1", "12a"), "id '12a' is not a NOMIS id",
                List.of("١٢"), "id '١٢' is not a NOMIS id (ASCII digits only)",
                List.of("-3"), "id '-3' is not a NOMIS id",
                List.of("99999999999999999999"), "is not a NOMIS id",
                List.of("9223372036854775808"), "beyond a NOMIS id's range",
                List.of(), "MIGRATE_ENTITY without ids",
                tooMany, "MIGRATE_ENTITY with 101 ids, more than 100");

        cases.forEach((ids, reason) -> assertDeadLetteredAtOnce(firstDelivery(message(
                MigrationMessages.MIGRATE_ENTITY, id, 3, Map.of("ids", ids))), reason));
    }

    @Test
    void impossiblePagesAreRejectedAtOnce() {
        world.seedVisits(300);
        String id = world.recordRun(300);
        Map<Map<String, Object>, String> cases = Map.of(
                Map.of("filter", FILTER, "pageNumber", 0, "pageSize", 0), "pageSize 0 is outside 1..10000",
                Map.of("filter", FILTER, "pageNumber", 0, "pageSize", 1_000_000), "pageSize 1000000 is outside",
                Map.of("filter", FILTER, "pageNumber", -1, "pageSize", 100), "pageNumber -1 is outside the run's 3",
                Map.of("filter", FILTER, "pageNumber", 3, "pageSize", 100), "pageNumber 3 is outside the run's 3",
                Map.of("filter", FILTER, "pageNumber", "two", "pageSize", 100), "is not a whole number");

        cases.forEach((body, reason) -> assertDeadLetteredAtOnce(firstDelivery(message(
                MigrationMessages.MIGRATE_BY_PAGE, id, 300, body)), reason));
    }

    @Test
    void aNomisVisitThatNoLongerExistsFailsAtOnceAndIsListedWithItsReason() {
        world.seedVisits(3);
        String id = world.recordRun(4);

        Disposition disposition = firstDelivery(message(MigrationMessages.MIGRATE_ENTITY, id, 4,
                Map.of("ids", List.of("4"))));

        assertThat(disposition).isInstanceOfSatisfying(Disposition.DeadLetter.class,
                d -> assertThat(d.reason()).isEqualTo("NOMIS visit 4 not found"));
        assertThat(world.migrations().failures(id)).singleElement()
                .satisfies(f -> assertThat(f.reason()).isEqualTo("NOMIS visit 4 not found"));
        assertThat(world.claims().size()).isZero();
    }
}
