package org.prisonsync.core.kit;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Work a domain wants done on a schedule (housekeeping, a reconciliation): a name unique in the installation, the
 * default schedule as a five-field cron expression in UTC (upstream's time where upstream has one; a runner lets
 * configuration override it), and the work itself, which answers a one-line summary for the log. The runner owns
 * the timer; the work never throws for a per-item problem, it reports it.
 */
public record ScheduledWork(String name, String defaultSchedule, Supplier<String> work) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,59}");

    public ScheduledWork {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultSchedule, "defaultSchedule");
        Objects.requireNonNull(work, "work");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a job name is lower-case letters, digits and dashes, was '" + name
                    + "'");
        }
        if (defaultSchedule.trim().split("\\s+").length != 5) {
            throw new IllegalArgumentException("job " + name + ": a schedule is a five-field cron expression, was '"
                    + defaultSchedule + "'");
        }
    }
}
