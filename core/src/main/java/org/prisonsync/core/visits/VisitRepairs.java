package org.prisonsync.core.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * The visit repairs: resynchronise one DPS visit into NOMIS (create + map when missing, else update and cancel to
 * match), and cancel a duplicate NOMIS visit (seed 000: "A duplicate visit is serious … the visit should be
 * cancelled"), refusing to cancel the visit the mapping points at.
 */
public final class VisitRepairs {
    static final String RESYNC = "visit-resynchronise";
    static final String CANCEL_DUPLICATE = "visit-cancel-duplicate";

    private final VisitsDpsApi dps;
    private final VisitsNomisApi nomis;
    private final MappingStore mappings;
    private final Telemetry telemetry;
    private final Clock clock;

    public VisitRepairs(VisitsDpsApi dps, VisitsNomisApi nomis, MappingStore mappings, Telemetry telemetry,
                        Clock clock) {
        this.dps = dps;
        this.nomis = nomis;
        this.mappings = mappings;
        this.telemetry = telemetry;
        this.clock = clock;
    }

    /**
     * Upstream's {@code POST /prisoners/{offenderNo}/visits/resynchronise/{visitId}}: refused, writing nothing, when
     * the DPS visit is another prisoner's, so that a mistyped reference cannot repair the wrong prisoner's visit.
     */
    public RepairReport resynchronise(String offenderNo, String reference, boolean dryRun) {
        Optional<DpsVisit> found = dps.findVisit(reference);
        if (found.isEmpty()) {
            return RepairReport.notFound(RESYNC, dryRun, "DPS has no visit " + reference);
        }
        if (!found.get().prisonerId().equals(offenderNo)) {
            return RepairReport.refused(RESYNC, dryRun, "DPS visit " + reference + " belongs to "
                    + found.get().prisonerId() + ", not " + offenderNo);
        }
        return resynchronise(found.get(), dryRun);
    }

    /** Resynchronises one DPS visit, whoever's it is (the CLI's {@code visits resync} without a prisoner). */
    public RepairReport resynchronise(String reference, boolean dryRun) {
        Optional<DpsVisit> found = dps.findVisit(reference);
        if (found.isEmpty()) {
            return RepairReport.notFound(RESYNC, dryRun, "DPS has no visit " + reference);
        }
        return resynchronise(found.get(), dryRun);
    }

    private RepairReport resynchronise(DpsVisit visit, boolean dryRun) {
        String reference = visit.reference();
        Optional<Mapping> mapping = mappings.findByDpsId(VisitsSync.ENTITY_TYPE, reference);
        List<String> actions = new ArrayList<>();
        NomisVisitRequest request = VisitTranslation.toNomis(visit, LocalDate.now(clock));
        if (mapping.isEmpty()) {
            actions.add("create NOMIS visit for " + visit.prisonerId() + " at " + visit.startTimestamp()
                    + " and map it to DPS visit " + reference);
            if (!dryRun) {
                NomisVisitCreated created = nomis.createVisit(visit.prisonerId(), request);
                MappingSaveResult saved = mappings.save(Mapping.of(VisitsSync.ENTITY_TYPE,
                        Long.toString(created.visitId()), reference, visit.prisonerId(), MappingTypes.ONLINE));
                if (saved instanceof MappingSaveResult.Conflict conflict) {
                    return RepairReport.refused(RESYNC, false, "NOMIS visit " + created.visitId()
                            + " could not be mapped: " + conflict.existing() + " is in the way");
                }
                actions.set(0, actions.get(0) + " (NOMIS visit " + created.visitId()
                        + (created.alreadyExisted() ? ", already there)" : ", created)"));
            }
        } else {
            long nomisId = VisitsSync.nomisVisitId(mapping.get());
            actions.add("update NOMIS visit " + nomisId + " from DPS visit " + reference);
            if (visit.cancelled()) {
                actions.add("cancel NOMIS visit " + nomisId + " with outcome "
                        + VisitOutcomes.nomisCancellation(visit.outcomeStatus()));
            }
            if (!dryRun) {
                if (!visit.cancelled()) {
                    nomis.updateVisit(visit.prisonerId(), nomisId, request);
                } else {
                    nomis.cancelVisit(visit.prisonerId(), nomisId, VisitOutcomes.nomisCancellation(
                            visit.outcomeStatus()));
                }
            }
        }
        if (!dryRun) {
            telemetry.track("to-nomis-synch-visit-resynchronisation-repair",
                    Map.of("visitId", reference, "offenderNo", visit.prisonerId()));
        }
        return RepairReport.of(RESYNC, dryRun, actions, "DPS visit " + reference);
    }

    public RepairReport cancelDuplicate(String offenderNo, long nomisVisitId, boolean dryRun) {
        Optional<NomisVisit> found = nomis.findVisit(nomisVisitId);
        if (found.isEmpty()) {
            return RepairReport.notFound(CANCEL_DUPLICATE, dryRun, "NOMIS has no visit " + nomisVisitId);
        }
        NomisVisit visit = found.get();
        if (!visit.offenderNo().equals(offenderNo)) {
            return RepairReport.refused(CANCEL_DUPLICATE, dryRun, "NOMIS visit " + nomisVisitId + " belongs to "
                    + visit.offenderNo() + ", not " + offenderNo);
        }
        Optional<Mapping> mapped = mappings.findByNomisId(VisitsSync.ENTITY_TYPE, Long.toString(nomisVisitId));
        if (mapped.isPresent()) {
            return RepairReport.refused(CANCEL_DUPLICATE, dryRun, "NOMIS visit " + nomisVisitId
                    + " is the mapped visit of DPS visit " + mapped.get().dpsId() + "; cancel the duplicate instead");
        }
        if (visit.cancelled()) {
            return RepairReport.nothingToDo(CANCEL_DUPLICATE, dryRun, "NOMIS visit " + nomisVisitId
                    + " is already cancelled");
        }
        String action = "cancel NOMIS visit " + nomisVisitId + " of " + offenderNo + " at " + visit.startDateTime()
                + " with outcome ADMIN";
        if (!dryRun) {
            nomis.cancelVisit(offenderNo, nomisVisitId, "ADMIN");
            telemetry.track("visit-duplicate-cancel-repair",
                    Map.of("offenderNo", offenderNo, "duplicateNomisId", Long.toString(nomisVisitId)));
        }
        return RepairReport.of(CANCEL_DUPLICATE, dryRun, List.of(action), "duplicate NOMIS visit " + nomisVisitId);
    }
}
