package org.prisonsync.core.activities;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.Population;
import org.prisonsync.core.reconciliation.Reconciliation;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.RepairResult;

/**
 * One of upstream's daily activities reconciliations ({@link ActivityCountKind}): for each prison switched on for
 * activities ({@code GET /agency-switches/ACTIVITY}), each booking's count on both sides; a difference is a mismatch
 * keyed by booking id, classified {@link CountDifference NOMIS-only, DPS-only or different count}, with the prisoner
 * and where they are now. Differences explained by a release, a transfer or (attendances) a switch to an old booking
 * are kept labelled, not raised. DPS is the source of activities, so NOMIS is the side likely wrong, and the repair
 * re-synchronises the booking's allocations or attendances from DPS ({@link BookingResync}). Each prison is one page:
 * a prison whose counts cannot be read is a page error naming it, and the next prison is checked.
 */
public final class ActivitiesReconciliation implements Reconciliation<BookingComparison> {
    private final ActivityCountKind kind;
    private final ActivitiesNomisApi nomis;
    private final PrisonCounts counts;
    private final BookingResync resync;
    private final String schedule;

    ActivitiesReconciliation(ActivityCountKind kind, ActivitiesNomisApi nomis, ActivitiesDpsApi dps,
                             BookingResync resync, String schedule) {
        this.kind = kind;
        this.nomis = nomis;
        this.counts = new PrisonCounts(nomis, dps);
        this.resync = resync;
        this.schedule = schedule;
    }

    @Override
    public String name() {
        return kind.reconciliationName();
    }

    /** Upstream's names: {@code activity-allocation-reconciliation-report-requested}, … */
    @Override
    public String telemetryPrefix() {
        return "activity-" + kind.type() + "-reconciliation-report";
    }

    @Override
    public boolean dated() {
        return kind.dated();
    }

    @Override
    public Optional<String> defaultSchedule() {
        return Optional.of(schedule);
    }

    @Override
    public Population<BookingComparison> population(ReconciliationParameters parameters) {
        LocalDate date = parameters.date().orElse(null);
        return Population.perGroup(nomis::activityPrisons, prison -> counts.compare(kind, prison, date),
                prison -> "prison " + prison);
    }

    @Override
    public String key(BookingComparison item) {
        return Long.toString(item.bookingId());
    }

    @Override
    public Optional<Mismatch> check(BookingComparison item, ReconciliationParameters parameters) {
        if (!item.differs()) {
            return Optional.empty();
        }
        CountDifference difference = CountDifference.of(item.nomisCount(), item.dpsCount());
        PrisonerDetails prisoner = item.prisoner();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("prison", item.prisonId());
        fields.put("type", kind.type());
        fields.put("bookingId", Long.toString(item.bookingId()));
        if (prisoner != null) {
            fields.put("offenderNo", prisoner.offenderNo());
            fields.put("location", prisoner.location());
            fields.put("activeBooking", Boolean.toString(prisoner.active()));
        }
        parameters.date().ifPresent(date -> fields.put("date", date.toString()));
        fields.put("difference", difference.name());
        String who = "booking " + item.bookingId() + (prisoner == null ? " (unknown to NOMIS)"
                : " (" + prisoner.offenderNo() + ", now " + prisoner.location() + ")") + " at " + item.prisonId();
        String counted = kind.counted() + parameters.date().map(d -> " on " + d).orElse("");
        String note;
        LikelySide side;
        if (item.explanation() != null) {
            fields.put(Mismatch.EXPLAINED, item.explanation().name());
            side = LikelySide.UNKNOWN;
            note = who + ": NOMIS " + item.nomisCount() + " " + counted + ", DPS " + item.dpsCount() + " ("
                    + difference + "), explained: " + item.explanation().sentence() + "; nothing to be done";
        } else {
            side = LikelySide.NOMIS;
            note = who + ": NOMIS " + item.nomisCount() + " " + counted + ", DPS " + item.dpsCount() + " ("
                    + difference + "); repair re-synchronises the booking's " + kind.type() + "s from DPS";
        }
        return Optional.of(new Mismatch(key(item), fields, Long.toString(item.nomisCount()),
                Long.toString(item.dpsCount()), side, note));
    }

    @Override
    public RepairResult repair(Mismatch mismatch, boolean dryRun) {
        return resync.repair(kind, mismatch, dryRun);
    }
}
