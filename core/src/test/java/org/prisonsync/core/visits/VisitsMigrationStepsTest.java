package org.prisonsync.core.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.inmemory.RecordingStepTrail;
import org.prisonsync.core.migration.MigrationStatus;
import org.prisonsync.core.migration.StartResult;
import org.prisonsync.core.testing.MigrationWorld;

/**
 * A migration puts no steps in the trail, however its entities are spread over messages: its messages are bulk work,
 * and a step for each would add back the cost that leaving migrated entities out of the trail took away.
 */
class VisitsMigrationStepsTest {
    private static final VisitsMigrationFilter BOTH_TYPES =
            new VisitsMigrationFilter(List.of(), List.of("SCON", "OFFI"), null, null, false);

    private void migrates60VisitsWithoutASingleStep(int entitiesPerMessage) {
        RecordingStepTrail steps = new RecordingStepTrail();
        MigrationWorld world = new MigrationWorld(0, entitiesPerMessage).stepTrail(steps);
        world.seedVisits(60);
        world.mapAllRooms();

        StartResult started = world.migrations().start(world.visits(), BOTH_TYPES);
        world.pump();

        String id = ((StartResult.Started) started).context().migrationId();
        assertThat(world.migrations().run(id).orElseThrow().status()).isEqualTo(MigrationStatus.COMPLETED);
        assertThat(world.telemetry().count("visits-migration-entity-migrated")).isEqualTo(60);
        assertThat(steps.syncs()).isEmpty();
    }

    @Test
    void manyEntitiesAMessage() {
        migrates60VisitsWithoutASingleStep(25);
    }

    @Test
    void oneEntityAMessage_whoseOutcomeNamesTheEntity() {
        migrates60VisitsWithoutASingleStep(1);
    }
}
