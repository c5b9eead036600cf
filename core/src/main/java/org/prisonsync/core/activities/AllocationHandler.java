package org.prisonsync.core.activities;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.UpsertFlow;
import org.prisonsync.core.sync.UpsertRequest;

/**
 * {@code activities.prisoner.allocated} and {@code …allocation-amended} → upsert the booking's program profile on
 * the mapped course activity (status, pay band, dates, end reason, suspension, exclusions). NOMIS keys it by course
 * activity and booking without a unique constraint, so the upsert runs under a claim on that key: two consumers
 * never insert it twice. The allocation is read again under the claim, so the last writer writes DPS's latest state
 * whatever order the events arrive in. The schedule not mapped yet → retried. A key NOMIS already holds twice fails
 * the upsert; that is reported with the rows' ids ({@link DuplicateRows}) and retried until they are deleted.
 */
final class AllocationHandler implements EventHandler {
    private static final String SUCCESS = "activity-allocation-success";
    private static final String FAILED = "activity-allocation-failed";
    /** NOMIS already holds the allocation ended ({@link AlreadyInState}): acknowledged, not retried. */
    static final String IGNORED = "activity-allocation-ignored";

    private final ActivitiesDpsApi dps;
    private final ActivitiesNomisApi nomis;
    private final MappedParents parents;
    private final UpsertFlow upsert;
    private final DuplicateRows duplicates;

    AllocationHandler(ActivitiesDpsApi dps, ActivitiesNomisApi nomis, MappedParents parents, UpsertFlow upsert,
                      DuplicateRows duplicates) {
        this.dps = dps;
        this.nomis = nomis;
        this.parents = parents;
        this.upsert = upsert;
        this.duplicates = duplicates;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        return resync(ActivityEvents.allocationId(notification.asDomainEvent()), context);
    }

    /** Upserts DPS allocation {@code allocationId} into NOMIS as DPS has it now: an event's work, or a repair's. */
    SyncOutcome resync(long allocationId, MessageContext context) {
        Map<String, String> props = ActivityEvents.properties("dpsAllocationId", allocationId);
        try {
            Optional<Allocation> allocation = dps.findAllocation(allocationId);
            if (allocation.isEmpty()) {
                return new SyncOutcome.RetryLater(FAILED, props, "allocation " + allocationId + " not found in DPS");
            }
            long scheduleId = allocation.get().scheduleId();
            long bookingId = allocation.get().bookingId();
            props.put("bookingId", Long.toString(bookingId));
            props.put("offenderNo", allocation.get().prisonerNumber());
            Optional<Long> parent = parents.courseActivity(scheduleId, props);
            if (parent.isEmpty()) {
                return new SyncOutcome.RetryLater(FAILED, props, MappedParents.courseActivityNotMappedYet(scheduleId));
            }
            long courseActivityId = parent.get();
            try {
                return upsert.run(new UpsertRequest(ActivitiesSync.ALLOCATION_CLAIM, courseActivityId + ":"
                        + bookingId, "activity-allocation-awaiting-claim", props,
                        () -> write(allocationId, courseActivityId, props)), context);
            } catch (NotUniqueInNomis e) {
                return duplicates.allocationFailed(courseActivityId, bookingId, props, e, context);
            }
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(FAILED, props, e);
        }
    }

    private SyncOutcome write(long allocationId, long courseActivityId, Map<String, String> base) {
        Map<String, String> props = new LinkedHashMap<>(base);
        Optional<Allocation> latest = dps.findAllocation(allocationId);
        if (latest.isEmpty()) {
            return new SyncOutcome.RetryLater(FAILED, props, "allocation " + allocationId + " not found in DPS");
        }
        AllocationRequest request = AllocationRequest.from(latest.get());
        AllocationUpserted upserted;
        try {
            upserted = nomis.upsertAllocation(courseActivityId, request);
        } catch (UpstreamRejected e) {
            Optional<String> noOp = AlreadyInState.ofAllocation(request, e);
            if (noOp.isEmpty()) {
                throw e;
            }
            props.put("reason", noOp.get());
            props.put("nomisMessage", e.getMessage());
            return new SyncOutcome.Ignored(IGNORED, props, "NOMIS has allocation " + allocationId
                    + " ended already (" + noOp.get() + ")");
        }
        props.put("nomisAllocationId", Long.toString(upserted.offenderProgramReferenceId()));
        props.put("created", Boolean.toString(upserted.created()));
        return new SyncOutcome.Synced(SUCCESS, props);
    }
}
