package org.prisonsync.core.activities;

import java.util.List;
import java.util.Objects;

/** What a course activity is written from: the DPS schedule and its activity's pay rates. */
record DpsActivity(ActivitySchedule schedule, List<ActivityPay> pay) {
    DpsActivity {
        Objects.requireNonNull(schedule, "schedule");
        pay = List.copyOf(Objects.requireNonNull(pay, "pay"));
    }
}
