package org.prisonsync.core.migration;

import java.util.Objects;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.visits.VisitRoomMappings;

/**
 * What migrations keep besides the mappings, and where the visits migration's commands queue: handed to the core
 * by a runner so the engine can be assembled with the core's shared ports.
 */
public record MigrationStores(MigrationHistory history, MigrationFailures failures, VisitRoomMappings visitRooms,
                              QueueDefinition visitsQueue, MigrationSettings settings) {
    public MigrationStores {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(failures, "failures");
        Objects.requireNonNull(visitRooms, "visitRooms");
        Objects.requireNonNull(visitsQueue, "visitsQueue");
        settings = settings == null ? MigrationSettings.defaults() : settings;
    }
}
