package org.prisonsync.core.contacts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.RepairResult;
import org.prisonsync.core.repair.RepairReport;

/**
 * What the contacts reconciliations share: one difference of a prisoner's records, the mismatch that lists them (one
 * field each, so an operator reads every difference with both ids in one report) and the repair, which is the
 * existing resynchronise of the prisoner from NOMIS: the reconciliations find, the repair that already rebuilds a
 * prisoner's relationships and restrictions puts right, so there is one way of writing and not two.
 */
final class ContactsReconciliationReport {
    /** Differences listed as fields of one mismatch, within the engine's 30 fields; the rest counted in {@code more}. */
    static final int MOST_LISTED = 24;

    private ContactsReconciliationReport() {
    }

    /** One difference: what it is about ({@code subject}, the field's name), its kind and the detail with both ids. */
    record Difference(String subject, Kind kind, String detail) {
        String value() {
            return kind + ": " + detail;
        }
    }

    enum Kind {
        NOMIS_ONLY, DPS_ONLY, DIFFERENT
    }

    static Optional<Mismatch> mismatch(String offenderNo, int nomisCount, int dpsCount, List<Difference> differences,
                                       String what) {
        if (differences.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("offenderNo", offenderNo);
        fields.put("nomisCount", Integer.toString(nomisCount));
        fields.put("dpsCount", Integer.toString(dpsCount));
        fields.put("differences", Integer.toString(differences.size()));
        differences.stream().limit(MOST_LISTED).forEach(d -> fields.put(d.subject(), d.value()));
        if (differences.size() > MOST_LISTED) {
            fields.put("more", Integer.toString(differences.size() - MOST_LISTED));
        }
        long nomisOnly = differences.stream().filter(d -> d.kind() == Kind.NOMIS_ONLY).count();
        long dpsOnly = differences.stream().filter(d -> d.kind() == Kind.DPS_ONLY).count();
        // more missing from DPS than from NOMIS points at lost NOMIS events, and the other way round
        LikelySide side = nomisOnly > dpsOnly ? LikelySide.DPS : dpsOnly > nomisOnly ? LikelySide.NOMIS
                : LikelySide.UNKNOWN;
        return Optional.of(new Mismatch(offenderNo, fields, nomisCount + " " + what, dpsCount + " " + what, side,
                what + " differ: " + nomisOnly + " only in NOMIS, " + dpsOnly + " only in DPS, "
                        + (differences.size() - nomisOnly - dpsOnly) + " different"));
    }

    /** The prisoner resynchronised from NOMIS (relationships and the prisoner's restrictions), dry run or not. */
    static RepairResult repairFromNomis(ContactsRepairs repairs, String offenderNo, boolean dryRun) {
        return result(offenderNo, ContactsRepairs.PRISONER_FROM_NOMIS, repairs.prisonerFromNomis(offenderNo, dryRun),
                dryRun);
    }

    /** A resynchronise's report as the engine's repair result: its steps, within the engine's 500 characters. */
    static RepairResult result(String key, String operation, RepairReport report, boolean dryRun) {
        String described = operation + ": " + report.message()
                + (report.actions().isEmpty() ? "" : " (" + String.join("; ", report.actions()) + ")");
        String description = described.length() > 480 ? described.substring(0, 477) + "..." : described;
        return switch (report.status()) {
            case DONE, PLANNED -> RepairResult.changed(key, dryRun, description);
            case NOTHING_TO_DO -> new RepairResult(key, dryRun, RepairResult.Outcome.NOTHING_TO_DO, description);
            case REFUSED, NOT_FOUND -> RepairResult.notRepairable(key, dryRun, description);
        };
    }

    static String text(Object value) {
        return value == null ? "none" : value.toString();
    }
}
