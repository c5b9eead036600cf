package org.prisonsync.service;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A five-field cron expression (minute hour day-of-month month day-of-week, UTC), as Kubernetes CronJobs and
 * upstream's schedules are written, or {@code off}. Parsed once, at start-up, so a bad value stops the service with
 * the variable's name instead of silently never running.
 */
record CronSchedule(String expression, ExecutionTime times) {
    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    static Optional<CronSchedule> parse(String variable, String expression) {
        String trimmed = expression.trim();
        if (trimmed.equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CronSchedule(trimmed, ExecutionTime.forCron(UNIX.parse(trimmed))));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + " must be a five-field cron expression (e.g. '45 4 * * *')"
                    + " or 'off', was '" + expression + "'", e);
        }
    }

    /** How long from {@code now} until the next run. */
    Duration untilNext(ZonedDateTime now) {
        return times.timeToNextExecution(now.withZoneSameInstant(ZoneOffset.UTC))
                .orElseThrow(() -> new IllegalStateException("the schedule '" + expression + "' never runs again"));
    }
}
