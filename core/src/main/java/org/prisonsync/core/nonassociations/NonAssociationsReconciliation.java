package org.prisonsync.core.nonassociations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.Population;
import org.prisonsync.core.reconciliation.Reconciliation;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.RepairResult;
import org.prisonsync.core.repair.RepairReport;

/**
 * Upstream's non-associations reconciliation on the kit's engine: every pair NOMIS holds a non-association for
 * ({@code GET /non-associations/ids}, pages of 40), NOMIS's records of the pair ({@code …/all}) against DPS's
 * ({@code POST /non-associations/between?includeClosed=true}): each record as its type (DPS's {@code LANDING} is
 * NOMIS's {@code LAND}), its start date (both before 1960 compare as one: NOMIS's oldest dates are not DPS's) and
 * whether it is open, the two sides' lists compared as sets with their counts. Then every DPS non-association
 * ({@code GET /non-associations?includeClosed=true}) whose pair NOMIS has nothing for: a DPS-only pair, reported once
 * (on its lowest DPS id). DPS is where non-associations are made, so NOMIS is the side likely wrong. The repair
 * resynchronises the pair from DPS ({@link NonAssociationRepairs#resyncPair}). Weekly, at upstream's
 * NON_ASSOCIATIONS_RECON time.
 */
public final class NonAssociationsReconciliation implements Reconciliation<NonAssociationsReconciliation.Item> {
    public static final String NAME = "non-associations";
    /** Upstream's NON_ASSOCIATIONS_RECON schedule (Tuesdays 02:30). */
    public static final String SCHEDULE = "30 2 * * 2";
    static final LocalDate CUT_OFF = LocalDate.of(1960, 1, 1);

    /** A pair to compare: from NOMIS's pairs ({@code dpsId} 0), or from DPS's list with the id it was listed by. */
    public record Item(NonAssociationPair pair, long dpsId) {
    }

    private final NonAssociationsNomisApi nomis;
    private final NonAssociationsDpsApi dps;
    private final NonAssociationRepairs repairs;
    private final Clock clock;
    private final int pageSize;

    NonAssociationsReconciliation(NonAssociationsNomisApi nomis, NonAssociationsDpsApi dps,
                                  NonAssociationRepairs repairs, Clock clock, int pageSize) {
        this.nomis = nomis;
        this.dps = dps;
        this.repairs = repairs;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Population<Item> population(ReconciliationParameters parameters) {
        Population<Item> nomisPairs = Population.offsetPages(() -> nomis.pairs(0, 1).total(),
                (page, size) -> nomis.pairs(page, size).pairs().stream().map(p -> new Item(p, 0)).toList());
        Population<Item> dpsRecords = Population.offsetPages(() -> dps.page(0, 1).total(),
                (page, size) -> dps.page(page, size).content().stream().map(na -> new Item(na.pair(), na.id()))
                        .toList());
        return Population.concat(nomisPairs, dpsRecords);
    }

    @Override
    public Optional<Mismatch> check(Item item, ReconciliationParameters parameters) {
        NonAssociationPair pair = item.pair();
        List<NomisNonAssociation> nomisRecords = nomis.all(pair.first(), pair.second());
        if (item.dpsId() > 0 && !nomisRecords.isEmpty()) {
            return Optional.empty(); // compared with NOMIS's pairs
        }
        List<DpsNonAssociation> dpsRecords = dps.between(pair.first(), pair.second());
        if (item.dpsId() > 0 && dpsRecords.stream().mapToLong(DpsNonAssociation::id).min()
                .orElse(item.dpsId()) != item.dpsId()) {
            return Optional.empty(); // the pair's lowest id reports it
        }
        LocalDate today = LocalDate.now(clock);
        List<String> nomisSide = nomisRecords.stream().map(r -> describe(r.type(), r.effectiveDate(),
                !r.openOn(today))).sorted().toList();
        List<String> dpsSide = dpsRecords.stream().map(na -> describe(na.nomisType(),
                na.whenCreated().toLocalDate(), na.closed())).sorted().toList();
        if (nomisSide.equals(dpsSide)) {
            return Optional.empty();
        }
        String kind = nomisSide.isEmpty() ? "DPS_ONLY" : dpsSide.isEmpty() ? "NOMIS_ONLY"
                : nomisSide.size() != dpsSide.size() ? "DIFFERENT_COUNT" : "DIFFERENT";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("offenderNo", pair.first());
        fields.put("nsOffenderNo", pair.second());
        fields.put("kind", kind);
        fields.put("nomisCount", Integer.toString(nomisSide.size()));
        fields.put("dpsCount", Integer.toString(dpsSide.size()));
        if (!dpsRecords.isEmpty()) {
            fields.put("dpsIds", String.join(",", dpsRecords.stream().map(na -> Long.toString(na.id())).toList()));
        }
        if (!nomisRecords.isEmpty()) {
            fields.put("nomisTypeSequences", String.join(",", nomisRecords.stream()
                    .map(r -> Integer.toString(r.typeSequence())).toList()));
        }
        String nomisValue = nomisSide.isEmpty() ? null : String.join("; ", nomisSide);
        String dpsValue = dpsSide.isEmpty() ? null : String.join("; ", dpsSide);
        return Optional.of(new Mismatch(pair.key(), fields, nomisValue, dpsValue, LikelySide.NOMIS,
                note(kind, pair, nomisSide, dpsSide)));
    }

    private static String note(String kind, NonAssociationPair pair, List<String> nomisSide, List<String> dpsSide) {
        return switch (kind) {
            case "DPS_ONLY" -> "DPS has " + dpsSide.size() + " non-association(s) between " + pair
                    + " that NOMIS does not: the create did not reach NOMIS";
            case "NOMIS_ONLY" -> "NOMIS has " + nomisSide.size() + " non-association(s) between " + pair
                    + " that DPS does not (deleted in DPS, or made in NOMIS)";
            default -> {
                List<String> onlyNomis = new ArrayList<>(nomisSide);
                dpsSide.forEach(onlyNomis::remove);
                List<String> onlyDps = new ArrayList<>(dpsSide);
                nomisSide.forEach(onlyDps::remove);
                yield "NOMIS has " + onlyNomis + " where DPS has " + onlyDps + " between " + pair;
            }
        };
    }

    /** One record as compared: {@code WING 2026-01-05 open}. */
    static String describe(String type, LocalDate start, boolean closed) {
        return type + " " + (start.isBefore(CUT_OFF) ? "before-1960" : start.toString()) + " "
                + (closed ? "closed" : "open");
    }

    @Override
    public String key(Item item) {
        return item.pair().key();
    }

    @Override
    public Optional<String> defaultSchedule() {
        return Optional.of(SCHEDULE);
    }

    @Override
    public int pageSize() {
        return pageSize;
    }

    /** Re-reads both sides (the mismatch may be old) and resynchronises the pair from DPS. */
    @Override
    public RepairResult repair(Mismatch mismatch, boolean dryRun) {
        NonAssociationPair pair = NonAssociationPair.parseKey(mismatch.key()).orElseThrow(() ->
                new IllegalArgumentException("not a pair of prisoner numbers: " + mismatch.key()));
        RepairReport report = repairs.resyncPair(pair, dryRun);
        String said = report.actions().isEmpty() ? report.message()
                : String.join("; ", report.actions());
        String description = said.isBlank() ? report.status().name().toLowerCase() : said;
        return switch (report.status()) {
            case DONE, PLANNED -> RepairResult.changed(mismatch.key(), dryRun, description);
            case NOTHING_TO_DO -> new RepairResult(mismatch.key(), dryRun, RepairResult.Outcome.NOTHING_TO_DO,
                    description);
            case REFUSED, NOT_FOUND -> RepairResult.notRepairable(mismatch.key(), dryRun, description);
        };
    }
}
