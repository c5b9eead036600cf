package org.prisonsync.core.activities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.RepairResult;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * The repair of an activities reconciliation mismatch, seed 000's fix automated: re-synchronise the booking's
 * allocations (or its attendances of the day) from DPS, each through the very upsert an event would run (under its
 * claim, DPS read again, telemetry as an event's). Both sides' counts are read again first, since the mismatch may
 * be old; the dry run says which DPS records it would re-synchronise and changes nothing. An explained difference
 * (released, transferred, switched booking) is not repaired; an attendance NOMIS refuses as already paid is the
 * early-pay case ({@code OTDDSBAL}), labelled and left.
 */
final class BookingResync {
    /** The handlers' upserts by DPS id. */
    record Upserts(BiFunction<Long, MessageContext, SyncOutcome> allocation,
                   BiFunction<Long, MessageContext, SyncOutcome> attendance) {
    }

    private static final String REPAIR_QUEUE = "reconciliation-repair";

    private final ActivitiesNomisApi nomis;
    private final ActivitiesDpsApi dps;
    private final Upserts upserts;
    private final Telemetry telemetry;

    BookingResync(ActivitiesNomisApi nomis, ActivitiesDpsApi dps, Upserts upserts, Telemetry telemetry) {
        this.nomis = nomis;
        this.dps = dps;
        this.upserts = upserts;
        this.telemetry = telemetry;
    }

    RepairResult repair(ActivityCountKind kind, Mismatch mismatch, boolean dryRun) {
        String key = mismatch.key();
        if (mismatch.explanation().isPresent()) {
            DifferenceExplanation why = DifferenceExplanation.valueOf(mismatch.explanation().get());
            return RepairResult.notRepairable(key, dryRun, why.name() + ": " + why.sentence()
                    + "; nothing to be done");
        }
        String prison = mismatch.fields().get("prison");
        long booking = Long.parseLong(mismatch.fields().get("bookingId"));
        String offenderNo = mismatch.fields().get("offenderNo");
        LocalDate date = mismatch.fields().containsKey("date") ? LocalDate.parse(mismatch.fields().get("date")) : null;
        if (offenderNo == null) {
            return RepairResult.notRepairable(key, dryRun, "NOMIS knows no prisoner for booking " + booking
                    + ": check the booking before re-synchronising");
        }
        String day = date == null ? "" : " on " + date;
        long[] before = counts(kind, prison, booking, date);
        if (before[0] == before[1]) {
            return new RepairResult(key, dryRun, RepairResult.Outcome.NOTHING_TO_DO, "NOMIS and DPS both count "
                    + before[0] + " " + kind.counted() + day + " for booking " + booking + " now");
        }
        List<Long> ids = new ArrayList<>();
        List<String> described = new ArrayList<>();
        if (kind == ActivityCountKind.ATTENDANCE) {
            for (DailyAttendance attendance : dps.attendances(prison, date)) {
                if (attendance.prisonerNumber().equals(offenderNo)) {
                    ids.add(attendance.attendanceId());
                    described.add("attendance " + attendance.attendanceId() + " (scheduled instance "
                            + attendance.scheduledInstanceId() + ")");
                }
            }
        } else {
            for (Allocation allocation : dps.prisonerAllocations(prison, offenderNo)) {
                if (allocation.bookingId() == booking) {
                    ids.add(allocation.id());
                    described.add("allocation " + allocation.id() + " (" + allocation.status() + ", schedule "
                            + allocation.scheduleId() + ")");
                }
            }
        }
        if (ids.isEmpty()) {
            return RepairResult.notRepairable(key, dryRun, "DPS has no " + kind.type() + " of " + offenderNo
                    + " booking " + booking + " at " + prison + day + " to re-synchronise; NOMIS counts "
                    + before[0] + ": needs a person");
        }
        String plan = "re-synchronise from DPS " + String.join(", ", described) + " of " + offenderNo + " booking "
                + booking + " (NOMIS counts " + before[0] + " " + kind.counted() + day + ", DPS " + before[1] + ")";
        if (dryRun) {
            return RepairResult.changed(key, true, plan);
        }
        return resync(kind, key, prison, booking, date, ids, plan);
    }

    private RepairResult resync(ActivityCountKind kind, String key, String prison, long booking, LocalDate date,
                                List<Long> ids, String plan) {
        boolean paidEarly = false;
        List<String> failures = new ArrayList<>();
        MessageContext context = new MessageContext(REPAIR_QUEUE, "repair-" + UUID.randomUUID(), 1);
        for (long id : ids) {
            SyncOutcome outcome = kind == ActivityCountKind.ATTENDANCE ? upserts.attendance().apply(id, context)
                    : upserts.allocation().apply(id, context);
            telemetry.track(outcome.event(), outcome.properties());
            if (outcome instanceof SyncOutcome.Ignored
                    && AttendanceUpsert.Reason.ATTENDANCE_PAID.name().equals(outcome.properties().get("reason"))) {
                paidEarly = true;
            } else if (outcome instanceof SyncOutcome.RetryLater || outcome instanceof SyncOutcome.Rejected) {
                failures.add(id + ": " + outcome.properties().getOrDefault("reason", outcome.event()));
            }
        }
        long[] after = counts(kind, prison, booking, date);
        String now = "NOMIS " + after[0] + ", DPS " + after[1] + " now";
        if (after[0] == after[1]) {
            return RepairResult.changed(key, false, plan + ": " + now);
        }
        if (paidEarly) {
            return RepairResult.notRepairable(key, false, DifferenceExplanation.PAID_EARLY.name() + ": "
                    + DifferenceExplanation.PAID_EARLY.sentence() + "; nothing to be done (" + now + ")");
        }
        return new RepairResult(key, false, RepairResult.Outcome.FAILED, plan + ": still " + now
                + (failures.isEmpty() ? "" : "; " + String.join("; ", failures)));
    }

    private long[] counts(ActivityCountKind kind, String prison, long booking, LocalDate date) {
        long n = kind.nomis(nomis, prison, date).stream().filter(c -> c.bookingId() == booking)
                .mapToLong(BookingCount::count).sum();
        long d = kind.dps(dps, prison, date).stream().filter(c -> c.bookingId() == booking)
                .mapToLong(BookingCount::count).sum();
        return new long[] {n, d};
    }
}
