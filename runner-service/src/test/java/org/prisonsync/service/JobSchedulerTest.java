package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.kit.ScheduledWork;

class JobSchedulerTest {
    private final ScheduledWork nightly = new ScheduledWork("alerts-reconciliation", "45 4 * * *", () -> "ok");
    private final ScheduledWork twoHourly = new ScheduledWork("movement-housekeeping", "0 */2 * * *", () -> "ok");

    @Test
    void eachJobRunsOnItsDefaultScheduleUnlessItsVariableSaysOtherwise() {
        try (JobScheduler scheduler = JobScheduler.start(List.of(nightly, twoHourly),
                Map.of("JOB_MOVEMENT_HOUSEKEEPING_SCHEDULE", "15 * * * *"), Clock.systemUTC())) {
            assertThat(scheduler.planned()).extracting(p -> p.work().name() + " " + p.schedule().expression())
                    .containsExactly("alerts-reconciliation 45 4 * * *", "movement-housekeeping 15 * * * *");
        }
    }

    @Test
    void offDisablesAJobAndABadScheduleStopsTheStartNamingTheVariable() {
        try (JobScheduler scheduler = JobScheduler.start(List.of(nightly, twoHourly),
                Map.of("JOB_ALERTS_RECONCILIATION_SCHEDULE", "off"), Clock.systemUTC())) {
            assertThat(scheduler.planned()).extracting(p -> p.work().name())
                    .containsExactly("movement-housekeeping");
        }
        assertThatThrownBy(() -> JobScheduler.start(List.of(nightly),
                Map.of("JOB_ALERTS_RECONCILIATION_SCHEDULE", "61 4 * * *"), Clock.systemUTC()))
                .hasMessageContaining("JOB_ALERTS_RECONCILIATION_SCHEDULE must be a five-field cron expression");
    }

    @Test
    void theNextRunIsTheNextMatchingMinuteInUtc() {
        CronSchedule weekly = CronSchedule.parse("X", "10 4 * * 1").orElseThrow();
        // Saturday 5 December 2026, 08:00 UTC: the next Monday 04:10 is 1 day 20 h 10 min away
        Duration wait = weekly.untilNext(ZonedDateTime.of(2026, 12, 5, 8, 0, 0, 0, ZoneOffset.UTC));
        assertThat(wait).isEqualTo(Duration.ofDays(1).plusHours(20).plusMinutes(10));
    }
}
