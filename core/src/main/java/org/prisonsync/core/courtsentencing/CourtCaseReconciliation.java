package org.prisonsync.core.courtsentencing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.prisoners.ActivePrisoner;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.Population;
import org.prisonsync.core.reconciliation.Reconciliation;
import org.prisonsync.core.reconciliation.ReconciliationParameters;

/**
 * Court cases per active prisoner: DPS's cases ({@code GET /legacy/prisoner/{prisonerId}/court-case-uuids}, each read)
 * against NOMIS's cases of the current booking ({@code GET /prisoners/{offenderNo}/sentencing/court-cases}), through
 * the case mappings. Reported, each as a difference in the mismatch's {@code differences}: a DPS case with no mapping,
 * a mapping whose NOMIS case is gone, a status that differs (DPS active ⇄ NOMIS {@code A}), and a NOMIS case of the
 * current booking no DPS case maps to. A case on an earlier booking (a clone's orphaned source, a case of a past
 * sentence) is not compared. The engine's exclusion list takes prisoners out; on demand only (no schedule: upstream's
 * is not known here).
 */
final class CourtCaseReconciliation implements Reconciliation<ActivePrisoner> {
    static final String NAME = "court-cases";

    private final ActivePrisoners prisoners;
    private final CourtSentencingNomisApi nomis;
    private final CourtSentencingDpsApi dps;
    private final MappingStore mappings;

    CourtCaseReconciliation(ActivePrisoners prisoners, CourtSentencingNomisApi nomis, CourtSentencingDpsApi dps,
                            MappingStore mappings) {
        this.prisoners = prisoners;
        this.nomis = nomis;
        this.dps = dps;
        this.mappings = mappings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String telemetryPrefix() {
        return "court-case-reports-reconciliation";
    }

    @Override
    public Population<ActivePrisoner> population(ReconciliationParameters parameters) {
        return prisoners.population();
    }

    @Override
    public Optional<Mismatch> check(ActivePrisoner prisoner, ReconciliationParameters parameters) {
        String offenderNo = prisoner.offenderNo();
        long booking = prisoner.requireBookingId();
        Map<Long, NomisCourtCase> current = new LinkedHashMap<>();
        for (NomisCourtCase c : nomis.courtCases(offenderNo)) {
            if (c.bookingId() == booking) {
                current.put(c.id(), c);
            }
        }
        List<String> differences = new ArrayList<>();
        Set<Long> matched = new TreeSet<>();
        List<String> dpsCases = dps.courtCaseUuids(offenderNo);
        for (String uuid : dpsCases) {
            Optional<CourtSentencingDpsApi.LegacyCourtCase> dpsCase = dps.courtCase(uuid);
            Optional<Mapping> mapping = mappings.findByDpsId(CourtSentencingSync.COURT_CASE, uuid);
            if (mapping.isEmpty()) {
                differences.add("DPS case " + uuid + " has no NOMIS case");
                continue;
            }
            long nomisId = CaseWrites.number(mapping.get(), "court case");
            Optional<NomisCourtCase> nomisCase = Optional.ofNullable(current.get(nomisId))
                    .or(() -> nomis.courtCase(offenderNo, nomisId));
            if (nomisCase.isEmpty()) {
                differences.add("DPS case " + uuid + " is mapped to NOMIS case " + nomisId + ", which NOMIS lacks");
                continue;
            }
            matched.add(nomisId);
            String wanted = CaseWrites.status(dpsCase.map(CourtSentencingDpsApi.LegacyCourtCase::active)
                    .orElse(false));
            if (!wanted.equals(nomisCase.get().caseStatus())) {
                differences.add("case " + uuid + " ⇄ " + nomisId + ": status DPS " + wanted + ", NOMIS "
                        + nomisCase.get().caseStatus());
            }
        }
        for (Long id : current.keySet()) {
            if (!matched.contains(id)) {
                differences.add("NOMIS case " + id + " of booking " + booking + " has no DPS case");
            }
        }
        if (differences.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("offenderNo", offenderNo);
        fields.put("bookingId", Long.toString(booking));
        fields.put("dpsCases", Integer.toString(dpsCases.size()));
        fields.put("nomisCases", Integer.toString(current.size()));
        fields.put("differences", String.join("; ", differences));
        return Optional.of(new Mismatch(offenderNo, fields, current.size() + " cases", dpsCases.size() + " cases",
                LikelySide.UNKNOWN, String.join("; ", differences)));
    }

    @Override
    public boolean itemsArePrisoners() {
        return true;
    }

    @Override
    public String key(ActivePrisoner prisoner) {
        return prisoner.offenderNo();
    }
}
