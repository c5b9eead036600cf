package org.prisonsync.core.migration;

/** The answer to a start: started (the upstream response body is the context), or refused. */
public sealed interface StartResult {

    /** Started; {@code context.body()} echoes the filter. */
    record Started(MigrationContext context) implements StartResult {
    }

    /** Another run of the type is still active (the API's 409 "Migration already in progress"). */
    record AlreadyInProgress(String activeMigrationId) implements StartResult {
        public String message() {
            return "Migration already in progress";
        }
    }
}
