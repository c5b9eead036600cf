package org.prisonsync.wiring;

import java.time.Duration;
import java.util.Map;
import org.prisonsync.core.migration.MigrationSettings;

/**
 * The migration engine's settings from {@code MIGRATION_*} variables, each defaulting to upstream's value
 * ({@link MigrationSettings#defaults()}): {@code MIGRATION_ENTITIES_PER_MESSAGE},
 * {@code MIGRATION_COMPLETE_CHECK_DELAY_MS}, {@code MIGRATION_COMPLETE_CHECK_RETRY_MS},
 * {@code MIGRATION_COMPLETE_CHECK_SCHEDULED_RETRY_MS}, {@code MIGRATION_COMPLETE_CHECK_COUNT},
 * {@code MIGRATION_CANCEL_PURGE_FREQUENCY_MS}, {@code MIGRATION_CANCEL_PURGE_TOTAL_MS}. Tests shorten the waits so a
 * run completes in seconds rather than the production ~20 s.
 */
public final class MigrationSettingsEnv {
    private MigrationSettingsEnv() {
    }

    public static MigrationSettings from(Map<String, String> env) {
        MigrationSettings d = MigrationSettings.defaults();
        return new MigrationSettings(
                integer(env, "MIGRATION_ENTITIES_PER_MESSAGE", d.entitiesPerMessage()),
                millis(env, "MIGRATION_COMPLETE_CHECK_DELAY_MS", d.completeCheckDelay()),
                millis(env, "MIGRATION_COMPLETE_CHECK_RETRY_MS", d.completeCheckRetry()),
                millis(env, "MIGRATION_COMPLETE_CHECK_SCHEDULED_RETRY_MS", d.completeCheckScheduledRetry()),
                integer(env, "MIGRATION_COMPLETE_CHECK_COUNT", d.completeCheckCount()),
                millis(env, "MIGRATION_CANCEL_PURGE_FREQUENCY_MS", d.cancelPurgeFrequency()),
                millis(env, "MIGRATION_CANCEL_PURGE_TOTAL_MS", d.cancelPurgeTotal()));
    }

    private static Duration millis(Map<String, String> env, String key, Duration fallback) {
        return Duration.ofMillis(integer(env, key, (int) fallback.toMillis()));
    }

    private static int integer(Map<String, String> env, String key, int fallback) {
        String value = env.get(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + value + "'");
        }
    }
}
