package org.prisonsync.core.adjustments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * Upstream's to-NOMIS repair of one DPS adjustment
 * ({@code POST /prisoners/{offenderNo}/sentencing-adjustments/{adjustmentId}/repair?force-status=&set-active=}):
 * created in NOMIS when it has no mapping (or its mapping names one NOMIS no longer has), else the mapped NOMIS
 * adjustment updated; {@code force-status} sends
 * {@code set-active} as NOMIS's active flag on that update, which the sync never sends. Both writes are the sync's
 * own ({@link DpsAdjustmentInsertedHandler#create}, {@link DpsAdjustmentUpdatedHandler#update}): the create takes the
 * same claim a delivery of the adjustment's event takes, so a repair racing the sync cannot write NOMIS twice, and a
 * failed mapping save is retried on the to-NOMIS queue as the sync's is. A dry run reads DPS and the mapping and
 * changes nothing. Telemetry {@code to-nomis-synch-adjustment-repair}, as upstream.
 */
public final class ToNomisAdjustmentRepair {
    public static final String NAME = "adjustments-repair";
    static final String TELEMETRY = "to-nomis-synch-adjustment-repair";

    private final AdjustmentsDpsApi dps;
    private final AdjustmentsNomisApi nomis;
    private final MappingStore mappings;
    private final Telemetry telemetry;
    private final DpsAdjustmentInsertedHandler inserted;
    private final DpsAdjustmentUpdatedHandler updated;
    private final String toNomisQueue;

    ToNomisAdjustmentRepair(AdjustmentsDpsApi dps, AdjustmentsNomisApi nomis, MappingStore mappings,
                            Telemetry telemetry, DpsAdjustmentInsertedHandler inserted,
                            DpsAdjustmentUpdatedHandler updated, String toNomisQueue) {
        this.dps = dps;
        this.nomis = nomis;
        this.mappings = mappings;
        this.telemetry = telemetry;
        this.inserted = inserted;
        this.updated = updated;
        this.toNomisQueue = toNomisQueue;
    }

    public RepairReport repair(String offenderNo, String adjustmentId, boolean forceStatus, boolean setActive,
                               boolean dryRun) {
        Optional<LegacyAdjustment> found = dps.find(adjustmentId);
        if (found.isEmpty()) {
            return RepairReport.notFound(NAME, dryRun, "DPS has no adjustment " + adjustmentId);
        }
        LegacyAdjustment adjustment = found.get();
        if (!adjustment.offenderNo().equals(offenderNo)) {
            // the path names the prisoner: a repair on the wrong prisoner's say-so is refused, not carried out
            return RepairReport.refused(NAME, dryRun, "DPS adjustment " + adjustmentId + " belongs to "
                    + adjustment.offenderNo() + ", not " + offenderNo);
        }
        Map<String, String> props = new LinkedHashMap<>();
        props.put("adjustmentId", adjustmentId);
        props.put("offenderNo", offenderNo);
        props.put("forceStatus", Boolean.toString(forceStatus));
        String what = adjustment.adjustmentType() + ", " + adjustment.adjustmentDays() + " days, booking "
                + adjustment.bookingId();
        Optional<Mapping> mapping = mappings.findByDpsId(AdjustmentsSync.ENTITY_TYPE, adjustmentId);
        MessageContext context = new MessageContext(toNomisQueue, "repair-" + UUID.randomUUID(), 1);
        String create = "create a NOMIS " + (adjustment.sentenceSequence() == null ? "key-date" : "sentence")
                + " adjustment from DPS adjustment " + adjustmentId + " (" + what + ") and map it";
        if (mapping.isEmpty()) {
            if (dryRun) {
                return RepairReport.of(NAME, true, List.of(create), "");
            }
            props.put("action", "created");
            return answer(inserted.create(adjustmentId, offenderNo, props, context), create);
        }
        Optional<NomisAdjustmentId> mapped = NomisAdjustmentId.parseKey(mapping.get().nomisId());
        if (mapped.isPresent() && nomis.find(mapped.get()).isEmpty()) {
            // Upstream's update would fail here for good, and neither the booking resync (which skips a mapped
            // adjustment) nor a redelivery would ever put it back: the stale mapping goes and the create runs.
            String recreate = create + " in place of NOMIS adjustment " + mapped.get() + ", which NOMIS no longer has";
            if (dryRun) {
                return RepairReport.of(NAME, true, List.of(recreate), "");
            }
            mappings.deleteByDpsId(AdjustmentsSync.ENTITY_TYPE, adjustmentId);
            props.put("action", "re-created");
            return answer(inserted.create(adjustmentId, offenderNo, props, context), recreate);
        }
        String action = "update NOMIS adjustment " + mapping.get().nomisId() + " from DPS adjustment "
                + adjustmentId + " (" + what + (forceStatus ? ", active " + setActive : ", active left as it is")
                + ")";
        if (dryRun) {
            return RepairReport.of(NAME, true, List.of(action), "");
        }
        props.put("action", "updated");
        return answer(updated.update(adjustmentId, props, forceStatus ? setActive : null, context), action);
    }

    /** The sync's outcome as the repair's answer; telemetry for what was written, and a duplicate's alert. */
    private RepairReport answer(SyncOutcome outcome, String action) {
        if (outcome instanceof SyncOutcome.Synced synced) {
            return done(synced.properties(), action, "");
        }
        if (outcome instanceof SyncOutcome.MappingRetryQueued queued) {
            return done(queued.properties(), action, "written to NOMIS; saving its mapping failed and is retried on "
                    + toNomisQueue);
        }
        if (outcome instanceof SyncOutcome.AlreadyMapped mapped) {
            return RepairReport.nothingToDo(NAME, false, "the sync mapped DPS adjustment "
                    + mapped.properties().get("adjustmentId") + " meanwhile");
        }
        if (outcome instanceof SyncOutcome.Duplicate duplicate) {
            telemetry.track(duplicate.event(), duplicate.properties());
            return RepairReport.refused(NAME, false, "written to NOMIS, but its mapping collides with "
                    + duplicate.existing().dpsId() + "⇄" + duplicate.existing().nomisId()
                    + ": reported as a duplicate (" + duplicate.properties().getOrDefault("action", "") + ")");
        }
        if (outcome instanceof SyncOutcome.Ignored ignored) {
            return RepairReport.notFound(NAME, false, ignored.reason());
        }
        if (outcome instanceof SyncOutcome.RetryLater later) {
            return RepairReport.refused(NAME, false, "not done now: " + later.reason() + "; try again");
        }
        String reason = outcome instanceof SyncOutcome.Rejected rejected ? rejected.reason() : outcome.toString();
        return RepairReport.refused(NAME, false, reason);
    }

    private RepairReport done(Map<String, String> properties, String action, String message) {
        telemetry.track(TELEMETRY, properties);
        return RepairReport.of(NAME, false, List.of(action), message);
    }
}
