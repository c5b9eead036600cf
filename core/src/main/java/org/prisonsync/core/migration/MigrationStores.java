package org.prisonsync.core.migration;

import java.util.Objects;

/**
 * What migrations keep besides the mappings (their history and failures) and how they run: handed to the core by a
 * runner so the engine can be assembled with the core's shared ports. Which queue a migration uses is its domain's
 * declaration.
 */
public record MigrationStores(MigrationHistory history, MigrationFailures failures, MigrationSettings settings) {
    public MigrationStores {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(failures, "failures");
        settings = settings == null ? MigrationSettings.defaults() : settings;
    }
}
