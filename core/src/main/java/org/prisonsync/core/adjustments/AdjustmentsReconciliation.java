package org.prisonsync.core.adjustments;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.prisoners.ActivePrisoner;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.Population;
import org.prisonsync.core.reconciliation.Reconciliation;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.RepairResult;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * Upstream's sentencing reconciliation on the kit's engine: for every active prisoner's latest booking, NOMIS's active
 * adjustments against DPS's active adjustments of that booking, counted by type (remand and tagged bail each one
 * group, {@link AdjustmentGroups}), zero-day adjustments and DPS adjustments of other bookings ignored. It also finds
 * the duplicates the counts only hint at — an unmapped copy of a mapped adjustment on either side — and reports each
 * with its id ({@code to-nomis-synch-sentencing-adjustment-duplicate} for NOMIS's,
 * {@code from-nomis-synch-adjustment-duplicate} for DPS's). The repair resynchronises the booking
 * ({@link AdjustmentRepairs#resyncBooking}). Nightly, at upstream's SENTENCING_RECON time.
 */
public final class AdjustmentsReconciliation implements Reconciliation<ActivePrisoner> {
    public static final String NAME = "sentencing";
    /** Upstream's SENTENCING_RECON schedule (every night at 01:50). */
    public static final String SCHEDULE = "50 1 * * *";
    static final String NOMIS_DUPLICATE = "to-nomis-synch-" + AdjustmentsSync.ENTITY + "-duplicate";

    private final ActivePrisoners prisoners;
    private final AdjustmentsNomisApi nomis;
    private final AdjustmentsDpsApi dps;
    private final MappingStore mappings;
    private final AdjustmentRepairs repairs;
    private final Telemetry telemetry;

    AdjustmentsReconciliation(ActivePrisoners prisoners, AdjustmentsNomisApi nomis, AdjustmentsDpsApi dps,
                              MappingStore mappings, AdjustmentRepairs repairs, Telemetry telemetry) {
        this.prisoners = prisoners;
        this.nomis = nomis;
        this.dps = dps;
        this.mappings = mappings;
        this.repairs = repairs;
        this.telemetry = telemetry;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Population<ActivePrisoner> population(ReconciliationParameters parameters) {
        return prisoners.population();
    }

    @Override
    public Optional<Mismatch> check(ActivePrisoner prisoner, ReconciliationParameters parameters) {
        BookingAdjustments booking = BookingAdjustments.read(prisoner.offenderNo(), prisoner.requireBookingId(), nomis, dps,
                mappings);
        Map<String, Integer> nomisCounts = booking.nomisCounts();
        Map<String, Integer> dpsCounts = booking.dpsCounts();
        Map<NomisAdjustmentId, NomisAdjustmentId> nomisCopies = booking.nomisDuplicates();
        Map<String, String> dpsCopies = booking.dpsDuplicates();
        if (nomisCounts.equals(dpsCounts) && nomisCopies.isEmpty() && dpsCopies.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("offenderNo", prisoner.offenderNo());
        fields.put("bookingId", Long.toString(prisoner.bookingId()));
        fields.put("nomisAdjustmentsCount", Integer.toString(booking.nomis.size()));
        fields.put("dpsAdjustmentsCount", Integer.toString(booking.dps.size()));
        fields.put("differences", differences(nomisCounts, dpsCounts));
        nomisCopies.forEach((copy, kept) -> telemetry.track(NOMIS_DUPLICATE, Map.of("offenderNo",
                prisoner.offenderNo(), "bookingId", Long.toString(prisoner.bookingId()),
                "duplicateNomisAdjustmentId", Long.toString(copy.id()), "duplicateNomisAdjustmentCategory",
                copy.category().code(), "existingNomisAdjustmentId", Long.toString(kept.id()),
                "action", AdjustmentOperations.deleteNomisCommand(copy))));
        dpsCopies.forEach((copy, kept) -> telemetry.track(NomisAdjustmentUpsertedHandler.DUPLICATE, Map.of(
                "offenderNo", prisoner.offenderNo(), "bookingId", Long.toString(prisoner.bookingId()),
                "duplicateAdjustmentId", copy, "existingAdjustmentId", kept,
                "action", AdjustmentOperations.deleteDpsCommand(copy))));
        if (!nomisCopies.isEmpty()) {
            fields.put("duplicateNomisAdjustmentIds", join(nomisCopies.keySet().stream()
                    .map(NomisAdjustmentId::key).toList()));
        }
        if (!dpsCopies.isEmpty()) {
            fields.put("duplicateAdjustmentIds", join(dpsCopies.keySet()));
        }
        LikelySide side = !nomisCopies.isEmpty() && dpsCopies.isEmpty() ? LikelySide.NOMIS
                : !dpsCopies.isEmpty() && nomisCopies.isEmpty() ? LikelySide.DPS : LikelySide.UNKNOWN;
        String note = !nomisCopies.isEmpty() || !dpsCopies.isEmpty()
                ? "a duplicate adjustment will release the prisoner early or late: delete it (dry run first)"
                : "the booking's adjustments differ by type: resynchronise the booking from the side that is right";
        return Optional.of(new Mismatch(prisoner.offenderNo(), fields, nomisCounts.toString(), dpsCounts.toString(),
                side, note));
    }

    private static String differences(Map<String, Integer> nomisCounts, Map<String, Integer> dpsCounts) {
        TreeSet<String> groups = new TreeSet<>(nomisCounts.keySet());
        groups.addAll(dpsCounts.keySet());
        StringBuilder text = new StringBuilder();
        for (String group : groups) {
            int n = nomisCounts.getOrDefault(group, 0);
            int d = dpsCounts.getOrDefault(group, 0);
            if (n != d) {
                text.append(text.isEmpty() ? "" : ",").append(group).append(':').append(n).append('|').append(d);
            }
        }
        return text.isEmpty() ? "none" : text.toString();
    }

    private static String join(Collection<String> values) {
        return String.join(",", values);
    }

    @Override
    public Optional<String> defaultSchedule() {
        return Optional.of(SCHEDULE);
    }

    @Override
    public boolean itemsArePrisoners() {
        return true;
    }

    @Override
    public String key(ActivePrisoner prisoner) {
        return prisoner.offenderNo();
    }

    /** Re-reads both sides (the mismatch may be old) and resynchronises the booking. */
    @Override
    public RepairResult repair(Mismatch mismatch, boolean dryRun) {
        String booking = mismatch.fields().get("bookingId");
        if (booking == null) {
            return RepairResult.notRepairable(mismatch.key(), dryRun, "the mismatch names no booking");
        }
        RepairReport report = repairs.resyncBooking(mismatch.key(), Long.parseLong(booking), dryRun);
        String said = report.actions().isEmpty() ? report.message()
                : String.join("; ", report.actions()) + (report.message().isEmpty() ? "" : " (" + report.message() + ")");
        String description = said.isBlank() ? report.status().name().toLowerCase() : said;
        return switch (report.status()) {
            case DONE, PLANNED -> RepairResult.changed(mismatch.key(), dryRun, description);
            case NOTHING_TO_DO -> new RepairResult(mismatch.key(), dryRun, RepairResult.Outcome.NOTHING_TO_DO,
                    description);
            case REFUSED, NOT_FOUND -> RepairResult.notRepairable(mismatch.key(), dryRun, description);
        };
    }
}
