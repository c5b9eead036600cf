package org.prisonsync.core.courtsentencing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * Seed 000's court sentencing repairs, each one step with a dry run that changes nothing (the seed's "a manual SQS
 * send with the exact same message will need to be crafted until … a repair endpoint is available"):
 * <ul>
 *   <li>{@link #redoClone}: a DPS case still mapped to a NOMIS case that NOMIS has cloned onto a later booking gets
 *       the clone's ids (case, court events, charges, sentences, terms, matched in NOMIS's order), then
 *       {@code courtsentencing.resync.case.booking} is sent;</li>
 *   <li>{@link #resendCaseBooking}: for a case, or every case of a prisoner, mapped to a clone, the
 *       {@code courtsentencing.resync.case.booking} message is sent again from what NOMIS holds (its consumer
 *       converges: the rebook is a PUT, and an orphan copied into DPS already stays one copy);</li>
 *   <li>{@link #resyncCase}: the case is written to NOMIS from DPS again (created and mapped, or its status
 *       rewritten).</li>
 * </ul>
 * A clone is recognised from what NOMIS holds: a case of the same prisoner on a later booking, of the same court,
 * start date and case reference, whose offender charges begin with the source's offences; the latest such booking
 * wins. NOMIS's case reads carry no sentence adjustments, so the cloned adjustments' messages are sent by the
 * clone's own completion only.
 */
public final class CourtSentencingRepairs {
    public static final String REDO_CLONE = "court-sentencing-redo-clone";
    public static final String RESEND = "court-sentencing-resend-clone-messages";
    public static final String RESYNC_CASE = "court-sentencing-resync-case";

    private final CourtSentencingDpsApi dps;
    private final CourtSentencingNomisApi nomis;
    private final CaseWrites writes;
    private final CloneCompletion clones;
    private final CourtSentencingHandlers handlers;

    CourtSentencingRepairs(CourtSentencingDpsApi dps, CourtSentencingNomisApi nomis, CaseWrites writes,
                           CloneCompletion clones, CourtSentencingHandlers handlers) {
        this.dps = dps;
        this.nomis = nomis;
        this.writes = writes;
        this.clones = clones;
        this.handlers = handlers;
    }

    public RepairReport redoClone(String offenderNo, String dpsCaseUuid, boolean dryRun) {
        try {
            Optional<Mapping> mapping = writes.mappings().findByDpsId(CourtSentencingSync.COURT_CASE, dpsCaseUuid);
            if (mapping.isEmpty()) {
                return RepairReport.notFound(REDO_CLONE, dryRun, "court case " + dpsCaseUuid + " is not mapped");
            }
            long mapped = CaseWrites.number(mapping.get(), "court case");
            List<NomisCourtCase> cases = nomis.courtCases(offenderNo);
            Optional<NomisCourtCase> source = cases.stream().filter(c -> c.id() == mapped).findFirst();
            if (source.isEmpty()) {
                return RepairReport.notFound(REDO_CLONE, dryRun, "NOMIS has no case " + mapped + " of "
                        + offenderNo);
            }
            Optional<NomisCourtCase> clone = cloneOf(source.get(), cases);
            if (clone.isEmpty()) {
                return RepairReport.nothingToDo(REDO_CLONE, dryRun, "NOMIS holds no clone of case " + mapped
                        + " on a later booking than " + source.get().bookingId());
            }
            ClonePlan plan = clones.resolve(ClonePlan.of(offenderNo, new CaseClones(
                    List.of(new CaseClones.Cloned(clone.get(), source.get())), List.of())));
            List<String> steps = new ArrayList<>();
            for (ClonePlan.Switch s : plan.switches()) {
                if (s.dpsId() != null && writes.mappings().findByDpsId(s.entityType(), s.dpsId())
                        .filter(m -> m.nomisId().equals(s.toNomisId())).isEmpty()) {
                    steps.add("map " + s.entityType() + " " + s.dpsId() + " to NOMIS " + s.toNomisId()
                            + " (was " + s.fromNomisId() + ")");
                }
            }
            steps.add(sendStep(plan));
            if (!dryRun) {
                clones.switchMappings(plan);
                clones.sendCaseBooking(plan);
            }
            return RepairReport.of(REDO_CLONE, dryRun, steps, "");
        } catch (UpstreamRejected | UpstreamUnavailable e) {
            return RepairReport.refused(REDO_CLONE, dryRun, e.getMessage());
        }
    }

    /** Resends the case booking message of one case ({@code dpsCaseUuid}) or of every case of the prisoner. */
    public RepairReport resendCaseBooking(String offenderNo, String dpsCaseUuid, boolean dryRun) {
        try {
            List<Mapping> mappings = dpsCaseUuid == null
                    ? writes.mappings().findByPrisoner(CourtSentencingSync.COURT_CASE, offenderNo)
                    : writes.mappings().findByDpsId(CourtSentencingSync.COURT_CASE, dpsCaseUuid).stream().toList();
            if (mappings.isEmpty()) {
                return RepairReport.notFound(RESEND, dryRun, dpsCaseUuid == null ? "no court case of " + offenderNo
                        + " is mapped" : "court case " + dpsCaseUuid + " is not mapped");
            }
            List<NomisCourtCase> cases = nomis.courtCases(offenderNo);
            List<String> steps = new ArrayList<>();
            List<ClonePlan> plans = new ArrayList<>();
            for (Mapping mapping : mappings) {
                long mapped = CaseWrites.number(mapping, "court case");
                Optional<NomisCourtCase> clone = cases.stream().filter(c -> c.id() == mapped).findFirst();
                Optional<NomisCourtCase> source = clone.flatMap(c -> sourceOf(c, cases));
                if (source.isPresent()) {
                    ClonePlan plan = ClonePlan.of(offenderNo, new CaseClones(
                            List.of(new CaseClones.Cloned(clone.get(), source.get())), List.of()));
                    plans.add(plan);
                    steps.add(sendStep(plan));
                }
            }
            if (plans.isEmpty()) {
                return RepairReport.nothingToDo(RESEND, dryRun, "no mapped case of " + offenderNo
                        + " is a clone of a case NOMIS still holds");
            }
            if (!dryRun) {
                plans.forEach(clones::sendCaseBooking);
            }
            return RepairReport.of(RESEND, dryRun, steps, "");
        } catch (UpstreamRejected | UpstreamUnavailable e) {
            return RepairReport.refused(RESEND, dryRun, e.getMessage());
        }
    }

    /** Writes the case to NOMIS from DPS again: created and mapped when it is not mapped, else its status. */
    public RepairReport resyncCase(String offenderNo, String dpsCaseUuid, boolean dryRun) {
        try {
            Optional<CourtSentencingDpsApi.LegacyCourtCase> courtCase = dps.courtCase(dpsCaseUuid);
            if (courtCase.isEmpty()) {
                return RepairReport.notFound(RESYNC_CASE, dryRun, "DPS has no court case " + dpsCaseUuid);
            }
            if (!courtCase.get().prisonerId().equals(offenderNo)) {
                return RepairReport.refused(RESYNC_CASE, dryRun, "court case " + dpsCaseUuid + " is "
                        + courtCase.get().prisonerId() + "'s, not " + offenderNo + "'s");
            }
            Optional<Mapping> mapping = writes.mappings().findByDpsId(CourtSentencingSync.COURT_CASE, dpsCaseUuid);
            String step = mapping.isEmpty() ? "create NOMIS case from DPS court case " + dpsCaseUuid + " and map it"
                    : "rewrite NOMIS case " + mapping.get().nomisId() + " from DPS court case " + dpsCaseUuid
                    + " (status " + CaseWrites.status(courtCase.get().active()) + ")";
            if (dryRun) {
                return RepairReport.of(RESYNC_CASE, true, List.of(step), "");
            }
            Notification event = caseEvent(mapping.isEmpty() ? CourtSentencingSync.CASE_INSERTED
                    : CourtSentencingSync.CASE_UPDATED, offenderNo, dpsCaseUuid);
            MessageContext context = new MessageContext("repair", "repair-" + dpsCaseUuid, 1);
            SyncOutcome outcome = (mapping.isEmpty() ? handlers.caseInserted() : handlers.caseUpdated())
                    .handle(event, context);
            if (outcome instanceof SyncOutcome.Synced || outcome instanceof SyncOutcome.AlreadyMapped) {
                return RepairReport.of(RESYNC_CASE, false, List.of(step), "");
            }
            return RepairReport.refused(RESYNC_CASE, false, outcome.toString());
        } catch (UpstreamRejected | UpstreamUnavailable e) {
            return RepairReport.refused(RESYNC_CASE, dryRun, e.getMessage());
        }
    }

    private static String sendStep(ClonePlan plan) {
        return "send " + CourtSentencingSync.RESYNC_CASE_BOOKING + " for cases " + plan.sourceCaseIds() + " → "
                + plan.clonedCaseIds() + " (booking " + plan.fromBookingId() + " → " + plan.toBookingId() + ")";
    }

    private static Notification caseEvent(String type, String offenderNo, String dpsCaseUuid) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", type);
        message.put("additionalInformation", Map.of("courtCaseId", dpsCaseUuid, "source", "DPS"));
        message.put("personReference", Map.of("identifiers", List.of(Map.of("type", "NOMS", "value", offenderNo))));
        return new Notification("repair-" + dpsCaseUuid, type, message);
    }

    /** The clone of {@code source} NOMIS holds: the latest later-booking case that looks like it, unmapped. */
    Optional<NomisCourtCase> cloneOf(NomisCourtCase source, List<NomisCourtCase> cases) {
        return cases.stream()
                .filter(c -> c.bookingId() > source.bookingId() && sameCase(source, c))
                .filter(c -> writes.mappings().findByNomisId(CourtSentencingSync.COURT_CASE, Long.toString(c.id()))
                        .isEmpty())
                .max(Comparator.comparingLong(NomisCourtCase::bookingId));
    }

    /**
     * The source of {@code clone}: the latest earlier-booking case it looks like that is an orphan, unmapped or mapped
     * ({@code NOMIS_CREATED}) to the {@code DUPLICATE} copy the case booking message made of it in DPS.
     */
    Optional<NomisCourtCase> sourceOf(NomisCourtCase clone, List<NomisCourtCase> cases) {
        return cases.stream()
                .filter(c -> c.bookingId() < clone.bookingId() && sameCase(c, clone))
                .filter(c -> writes.mappings().findByNomisId(CourtSentencingSync.COURT_CASE, Long.toString(c.id()))
                        .filter(m -> !MappingTypes.NOMIS_CREATED.equals(m.mappingType())).isEmpty())
                .max(Comparator.comparingLong(NomisCourtCase::bookingId));
    }

    static boolean sameCase(NomisCourtCase source, NomisCourtCase clone) {
        if (!source.courtId().equals(clone.courtId()) || !Objects.equals(source.beginDate(), clone.beginDate())
                || !Objects.equals(source.primaryCaseInfoNumber(), clone.primaryCaseInfoNumber())
                || clone.offenderCharges().size() < source.offenderCharges().size()
                || clone.courtEvents().size() < source.courtEvents().size()
                || clone.sentences().size() < source.sentences().size()) {
            return false;
        }
        for (int i = 0; i < source.offenderCharges().size(); i++) {
            if (!source.offenderCharges().get(i).offenceCode().equals(clone.offenderCharges().get(i).offenceCode())) {
                return false;
            }
        }
        return true;
    }
}
