package org.prisonsync.service;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.prisonsync.core.kit.ScheduledWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the domains' scheduled work (housekeeping, reconciliations) on their cron schedules:
 * {@code JOB_<NAME>_SCHEDULE} (the job's name upper-cased, dashes as underscores) overrides the domain's default, and
 * {@code off} disables a job. With several instances each runs it; the jobs are idempotent, so that only repeats a
 * report. A failed run is logged and the next one comes on time.
 */
final class JobScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "scheduled-jobs");
        t.setDaemon(true);
        return t;
    });
    private final Clock clock;
    private final List<Planned> planned = new ArrayList<>();

    /** A job and the schedule it runs on. */
    record Planned(ScheduledWork work, String variable, CronSchedule schedule) {
    }

    private JobScheduler(Clock clock) {
        this.clock = clock;
    }

    /** The environment variable that overrides a job's schedule. */
    static String variable(ScheduledWork work) {
        return "JOB_" + work.name().toUpperCase(Locale.ROOT).replace('-', '_') + "_SCHEDULE";
    }

    /** Parses every schedule (failing on the first bad one), then starts the timers. */
    static JobScheduler start(List<ScheduledWork> jobs, Map<String, String> env, Clock clock) {
        JobScheduler scheduler = new JobScheduler(clock);
        for (ScheduledWork work : jobs) {
            String variable = variable(work);
            String expression = Optional.ofNullable(env.get(variable)).filter(v -> !v.isBlank())
                    .orElse(work.defaultSchedule());
            CronSchedule.parse(variable, expression).ifPresentOrElse(
                    schedule -> scheduler.planned.add(new Planned(work, variable, schedule)),
                    () -> log.info("{} is off ({}=off)", work.name(), variable));
        }
        scheduler.planned.forEach(scheduler::scheduleNext);
        return scheduler;
    }

    /** What runs when, for the log and for tests. */
    List<Planned> planned() {
        return List.copyOf(planned);
    }

    private void scheduleNext(Planned job) {
        long delay = job.schedule().untilNext(ZonedDateTime.now(clock)).toMillis();
        // at least a second, so a run finishing inside its own minute is not started twice
        timer.schedule(() -> run(job), Math.max(delay, 1000), TimeUnit.MILLISECONDS);
    }

    private void run(Planned job) {
        try {
            log.info("{}: {}", job.work().name(), job.work().work().get());
        } catch (RuntimeException e) {
            log.error("{} failed; it runs again on its schedule '{}'", job.work().name(), job.schedule().expression(),
                    e);
        } finally {
            if (!timer.isShutdown()) {
                scheduleNext(job);
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
