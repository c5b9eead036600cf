package org.prisonsync.core.visits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * The repair for {@code visits-migration-entity-duplicate}: removes a DPS visit that is an unmapped copy of a migrated
 * NOMIS visit (an attempt wrote it twice), as reported with the DPS reference to remove. It refuses anything that is
 * not plainly such a copy: a mapped DPS visit, a NOMIS visit with no mapped visit to keep, or a visit of another
 * prisoner, prison or day. DPS itself removes only visits its migrate endpoint created.
 */
public final class VisitMigrationRepairs {
    static final String REMOVE_DUPLICATE = "visit-migration-remove-duplicate";
    /** A visit-scheduler reference: four pairs of lower-case letters or digits, e.g. {@code v9-d7-ed-7u}. */
    private static final Pattern REFERENCE = Pattern.compile("[a-z0-9]{2}(-[a-z0-9]{2}){3}");

    private final VisitsDpsApi dps;
    private final VisitsNomisApi nomis;
    private final MappingStore mappings;
    private final Telemetry telemetry;

    public VisitMigrationRepairs(VisitsDpsApi dps, VisitsNomisApi nomis, MappingStore mappings, Telemetry telemetry) {
        this.dps = dps;
        this.nomis = nomis;
        this.mappings = mappings;
        this.telemetry = telemetry;
    }

    /** True for text shaped like a visit-scheduler reference; anything else is refused at the edge. */
    public static boolean isReference(String text) {
        return text != null && REFERENCE.matcher(text).matches();
    }

    public RepairReport removeDuplicate(long nomisVisitId, String dpsReference, boolean dryRun) {
        if (nomisVisitId < 1 || !isReference(dpsReference)) {
            throw new IllegalArgumentException("a NOMIS visit id (a positive number) and a DPS visit reference"
                    + " (like ab-cd-ef-gh) are required");
        }
        Optional<DpsVisit> found = dps.findVisit(dpsReference);
        if (found.isEmpty()) {
            return RepairReport.notFound(REMOVE_DUPLICATE, dryRun, "DPS has no visit " + dpsReference);
        }
        Optional<Mapping> mappedTo = mappings.findByDpsId(VisitsSync.ENTITY_TYPE, dpsReference);
        if (mappedTo.isPresent()) {
            return RepairReport.refused(REMOVE_DUPLICATE, dryRun, "DPS visit " + dpsReference
                    + " is the mapped visit of NOMIS visit " + mappedTo.get().nomisId() + ": it is not a duplicate");
        }
        Optional<NomisVisit> nomisVisit = nomis.findVisit(nomisVisitId);
        if (nomisVisit.isEmpty()) {
            return RepairReport.notFound(REMOVE_DUPLICATE, dryRun, "NOMIS has no visit " + nomisVisitId);
        }
        Optional<Mapping> kept = mappings.findByNomisId(VisitsSync.ENTITY_TYPE, Long.toString(nomisVisitId));
        if (kept.isEmpty()) {
            return RepairReport.refused(REMOVE_DUPLICATE, dryRun, "NOMIS visit " + nomisVisitId
                    + " has no mapped DPS visit, so " + dpsReference + " may be its only copy: migrate it (retry the"
                    + " migration DLQ) instead of removing it");
        }
        DpsVisit copy = found.get();
        NomisVisit visit = nomisVisit.get();
        if (!copy.prisonerId().equals(visit.offenderNo()) || !visit.prisonId().equals(copy.prisonId())
                || !copy.startTimestamp().toLocalDate().equals(visit.startDateTime().toLocalDate())) {
            return RepairReport.refused(REMOVE_DUPLICATE, dryRun, "DPS visit " + dpsReference + " (" + copy.prisonerId()
                    + " at " + copy.prisonId() + " on " + copy.startTimestamp().toLocalDate()
                    + ") is not a copy of NOMIS visit " + nomisVisitId + " (" + visit.offenderNo() + " at "
                    + visit.prisonId() + " on " + visit.startDateTime().toLocalDate() + ")");
        }
        String action = "remove DPS visit " + dpsReference + ", an unmapped copy of NOMIS visit " + nomisVisitId
                + " (which stays mapped to DPS visit " + kept.get().dpsId() + ")";
        if (!dryRun) {
            if (!dps.deleteMigratedVisit(dpsReference)) {
                return RepairReport.refused(REMOVE_DUPLICATE, false, "DPS did not remove visit " + dpsReference
                        + ": it was not created by the migration");
            }
            Map<String, String> props = new LinkedHashMap<>();
            props.put("nomisId", Long.toString(nomisVisitId));
            props.put("dpsId", kept.get().dpsId());
            props.put("removedDpsId", dpsReference);
            props.put("offenderNo", visit.offenderNo());
            telemetry.track("visits-migration-duplicate-removed", props);
        }
        return RepairReport.of(REMOVE_DUPLICATE, dryRun, List.of(action), "duplicate DPS visit " + dpsReference);
    }
}
