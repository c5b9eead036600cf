package org.prisonsync.core.adjudications;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.prisoners.ActivePrisoner;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.Population;
import org.prisonsync.core.reconciliation.Reconciliation;
import org.prisonsync.core.reconciliation.ReconciliationParameters;

/**
 * Upstream's adjudications reconciliation: for every active prisoner, the additional days awarded on the current
 * booking, counted and summed on each side: NOMIS's ADA summary ({@code GET /prisoners/booking-id/{bookingId}/awards/
 * ada/summary}, awards in force: status {@code IMMEDIATE} or {@code AS_AWARDED}) against DPS's adjudications of the
 * booking ({@code GET /reported-adjudications/all-by-booking/{bookingId}}: {@code ADDITIONAL_DAYS} punishments not
 * suspended, of adjudications not quashed). A difference on a prisoner merged in NOMIS since upstream's migration
 * ({@value #MERGES_FROM}) is explained by the merge: kept and labelled ({@code explained=merge}), not raised.
 */
public final class AdjudicationsReconciliation implements Reconciliation<ActivePrisoner> {
    public static final String NAME = "adjudications";
    /** Upstream's ADJUDICATION_RECON schedule (Mondays 02:30). */
    public static final String SCHEDULE = "30 2 * * 1";
    public static final LocalDate MERGES_FROM = LocalDate.of(2024, 1, 28);
    /** The explanation of a difference on a prisoner merged since {@link #MERGES_FROM}. */
    static final String MERGE = "merge";
    static final int PAGE_SIZE = 20;

    private final ActivePrisoners prisoners;
    private final AdjudicationsNomisApi nomis;
    private final AdjudicationsDpsApi dps;

    AdjudicationsReconciliation(ActivePrisoners prisoners, AdjudicationsNomisApi nomis, AdjudicationsDpsApi dps) {
        this.prisoners = prisoners;
        this.nomis = nomis;
        this.dps = dps;
    }

    /** Count and days of additional days awarded. */
    record Adas(int count, int days) {
        @Override
        public String toString() {
            return count + " ADA, " + days + " days";
        }
    }

    static Adas nomisAdas(AdaSummary summary) {
        List<AdaSummary.Ada> inForce = summary.adaSummaries().stream()
                .filter(a -> "IMMEDIATE".equals(a.sanctionStatus()) || "AS_AWARDED".equals(a.sanctionStatus()))
                .toList();
        return new Adas(inForce.size(), inForce.stream().mapToInt(AdaSummary.Ada::days).sum());
    }

    static Adas dpsAdas(List<DpsCharge> charges) {
        List<DpsCharge.Punishment> inForce = charges.stream().filter(c -> !c.quashed())
                .flatMap(c -> c.punishments().stream())
                .filter(p -> "ADDITIONAL_DAYS".equals(p.type()) && p.suspendedUntil() == null)
                .toList();
        return new Adas(inForce.size(), inForce.stream().mapToInt(DpsCharge.Punishment::awardedDays).sum());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String telemetryPrefix() {
        return "adjudication-reports-reconciliation";
    }

    /** Upstream's name for a difference a merge explains: {@code adjudication-reports-reconciliation-merge-mismatch}. */
    @Override
    public String explainedEvent(String explanation) {
        return MERGE.equals(explanation) ? "merge-mismatch" : Reconciliation.super.explainedEvent(explanation);
    }

    @Override
    public Population<ActivePrisoner> population(ReconciliationParameters parameters) {
        return prisoners.population();
    }

    @Override
    public Optional<Mismatch> check(ActivePrisoner prisoner, ReconciliationParameters parameters) {
        long booking = prisoner.requireBookingId();
        Adas inNomis = nomisAdas(nomis.adaSummary(booking));
        Adas inDps = dpsAdas(dps.allByBooking(booking));
        if (inNomis.equals(inDps)) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("offenderNo", prisoner.offenderNo());
        fields.put("bookingId", Long.toString(booking));
        fields.put("nomisAdaCount", Integer.toString(inNomis.count()));
        fields.put("dpsAdaCount", Integer.toString(inDps.count()));
        fields.put("nomisAdaDays", Integer.toString(inNomis.days()));
        fields.put("dpsAdaDays", Integer.toString(inDps.days()));
        List<java.time.LocalDateTime> merges = nomis.mergesSince(prisoner.offenderNo(), MERGES_FROM);
        String note;
        if (!merges.isEmpty()) {
            fields.put(Mismatch.EXPLAINED, MERGE);
            fields.put("mergedAt", merges.get(merges.size() - 1).toString());
            note = "ADAs differ after a merge on " + merges.get(merges.size() - 1).toLocalDate()
                    + ": the merged booking's awards stay with the booking DPS does not read";
        } else {
            note = "ADAs differ: NOMIS " + inNomis + ", DPS " + inDps;
        }
        return Optional.of(new Mismatch(prisoner.offenderNo(), fields, inNomis.toString(), inDps.toString(),
                LikelySide.UNKNOWN, note));
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
        return PAGE_SIZE;
    }
}
