package org.prisonsync.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.InMemoryMigrationFailures;
import org.prisonsync.core.inmemory.InMemoryMigrationHistory;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.testing.MigrationWorld;

class CancelPurgeTest {

    @Test
    void purgesAgainForTheConfiguredTimeThenSendsTheCancelCheck() throws Exception {
        MigrationWorld world = new MigrationWorld();
        InMemoryQueues queues = world.queues();
        MigrationPorts ports = new MigrationPorts(new InMemoryMappingStore(), queues, queues,
                new InMemoryMigrationHistory(), new InMemoryMigrationFailures(), new RecordingTelemetry(),
                Clock.systemUTC(), new InMemoryWriteClaims());
        MigrationSettings settings = new MigrationSettings(10, Duration.ZERO, Duration.ZERO, Duration.ZERO, 2,
                Duration.ofMillis(20), Duration.ofMillis(200));
        MigrationContext context = new MigrationContext("VISITS", "m1", 5, null, null);
        String queue = world.queue().queueName();

        try (CancelPurge purge = new CancelPurge(ports, settings)) {
            queues.send(queue, context.message(MigrationMessages.MIGRATE_ENTITY));
            purge.purgeThenCheck(world.visits(), context);
            assertThat(queues.messages(queue)).isEmpty();

            // a page handler still running puts entities on the queue after the first purge
            queues.send(queue, context.message(MigrationMessages.MIGRATE_ENTITY));
            long deadline = System.currentTimeMillis() + 5_000;
            while (queues.messages(queue).stream().noneMatch(CancelPurgeTest::isCancelCheck)
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        }

        List<String> types = queues.messages(queue).stream().map(e -> e.envelope().type()).toList();
        assertThat(types).containsExactly(MigrationMessages.CANCEL_MIGRATION);
    }

    private static boolean isCancelCheck(InMemoryQueues.Entry entry) {
        return entry.envelope() instanceof InternalMessage m && MigrationMessages.CANCEL_MIGRATION.equals(m.type());
    }
}
