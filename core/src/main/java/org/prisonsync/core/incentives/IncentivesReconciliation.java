package org.prisonsync.core.incentives;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.prisoners.ActivePrisoner;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.Population;
import org.prisonsync.core.reconciliation.Reconciliation;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.RepairResult;
import org.prisonsync.core.repair.RepairReport;

/**
 * Upstream's incentives reconciliation with seed 000's procedure automated: for every active prisoner, NOMIS's
 * current IEP on the current booking ({@code GET /incentives/booking-id/{bookingId}/current}) against DPS's current
 * review, each mismatch saying which side is likely wrong and why ({@link IncentiveComparison}); the repair
 * re-creates the current DPS review in NOMIS ({@link IncentiveRepair}). Weekly, at upstream's INCENTIVES_RECON time.
 */
public final class IncentivesReconciliation implements Reconciliation<ActivePrisoner> {
    public static final String NAME = "incentives";
    /** Upstream's INCENTIVES_RECON schedule (Mondays 04:10). */
    public static final String SCHEDULE = "10 4 * * 1";

    private final ActivePrisoners prisoners;
    private final IncentivesNomisApi nomis;
    private final IncentivesDpsApi dps;
    private final IncentiveRepair repair;
    private final IncentivesReconciliationSettings settings;

    public IncentivesReconciliation(ActivePrisoners prisoners, IncentivesNomisApi nomis, IncentivesDpsApi dps,
                                    IncentiveRepair repair, IncentivesReconciliationSettings settings) {
        this.prisoners = prisoners;
        this.nomis = nomis;
        this.dps = dps;
        this.repair = repair;
        this.settings = settings;
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
        long booking = prisoner.requireBookingId();
        IncentiveVerdict verdict = IncentiveComparison.compare(prisoner.offenderNo(), booking,
                nomis.currentIncentive(booking), dps.currentReview(prisoner.offenderNo()));
        if (verdict.consistent()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("offenderNo", prisoner.offenderNo());
        fields.put("bookingId", Long.toString(booking));
        fields.put("nomisIncentiveLevel", String.valueOf(verdict.nomisLevel()));
        fields.put("dpsIncentiveLevel", String.valueOf(verdict.dpsLevel()));
        fields.put("kind", verdict.kind().name());
        if (verdict.nomisIepToRemove() != null) {
            fields.put("nomisIepToRemove", verdict.nomisIepToRemove().toString());
        }
        return Optional.of(new Mismatch(prisoner.offenderNo(), fields, verdict.nomisLevel(), verdict.dpsLevel(),
                side(verdict.likelyWrong()), verdict.note()));
    }

    private static LikelySide side(IncentiveVerdict.Side side) {
        return switch (side) {
            case NOMIS -> LikelySide.NOMIS;
            case DPS -> LikelySide.DPS;
            case NONE, UNKNOWN -> LikelySide.UNKNOWN;
        };
    }

    @Override
    public boolean itemsArePrisoners() {
        return true;
    }

    @Override
    public String key(ActivePrisoner prisoner) {
        return prisoner.offenderNo();
    }

    @Override
    public Optional<String> defaultSchedule() {
        return Optional.of(SCHEDULE);
    }

    @Override
    public int pageSize() {
        return settings.pageSize();
    }

    @Override
    public int maxInFlight() {
        return settings.maxInFlight();
    }

    /** Re-reads both sides (the mismatch may be old) and re-creates the current DPS review in NOMIS. */
    @Override
    public RepairResult repair(Mismatch mismatch, boolean dryRun) {
        RepairReport report = repair.repair(mismatch.key(), dryRun);
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
