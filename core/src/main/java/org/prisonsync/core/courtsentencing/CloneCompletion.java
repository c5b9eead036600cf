package org.prisonsync.core.courtsentencing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * Completes a clone NOMIS answered (seed 000, "Case cloning on to the latest booking"), in upstream's order: the
 * mappings first (so the from-NOMIS side never maps an orphan before its DPS ids have moved to the clone), then
 * {@code courtsentencing.resync.case.booking}, then one {@code courtsentencing.resync.sentence-adjustments} per
 * cloned adjustment. The plan travels as an internal message on the to-NOMIS queue; every step is idempotent (a
 * mapping already on the clone is left; the receivers of the resync messages converge), so a failure at any step is
 * a retry of the message, and the retry completes.
 */
final class CloneCompletion {
    static final int SEND_ATTEMPTS = 3;

    private final MappingStore mappings;
    private final MessageQueue queue;
    private final Telemetry telemetry;
    private final String toNomisQueue;
    private final String fromNomisQueue;

    CloneCompletion(MappingStore mappings, MessageQueue queue, Telemetry telemetry, String toNomisQueue,
                    String fromNomisQueue) {
        this.mappings = mappings;
        this.queue = queue;
        this.telemetry = telemetry;
        this.toNomisQueue = toNomisQueue;
        this.fromNomisQueue = fromNomisQueue;
    }

    /**
     * Queues a clone NOMIS just answered (a few attempts, as upstream wraps its sends). When every attempt fails the
     * clone is reported ({@code send-message-COURT_SENTENCING_CASES_CLONED-failed}, with the cases) and the repair
     * {@code court-sentencing redo-clone} recovers it from what NOMIS holds; the write that caused it stands.
     */
    boolean start(String entityName, ClonePlan plan) {
        Map<String, String> props = properties(plan);
        telemetry.track(entityName + "-create-cases-cloned", props);
        RuntimeException last = null;
        for (int attempt = 1; attempt <= SEND_ATTEMPTS; attempt++) {
            try {
                queue.send(toNomisQueue, plan.message());
                return true;
            } catch (RuntimeException e) {
                last = e;
            }
        }
        props.put("reason", String.valueOf(last.getMessage()));
        telemetry.track("send-message-" + CourtSentencingSync.CASES_CLONED + "-failed", props);
        return false;
    }

    SyncOutcome handle(InternalMessage message, MessageContext context) {
        ClonePlan plan = ClonePlan.from(message);
        Map<String, String> props = properties(plan);
        try {
            if (!plan.resolved()) {
                // One more message, so that the switch below knows every DPS id before it changes any mapping.
                queue.send(toNomisQueue, resolve(plan).message());
                context.step("clone-resolved");
                return new SyncOutcome.Synced("court-case-clone-resolved", props);
            }
            List<String> switched = switchMappings(plan);
            props.put("mappingsSwitched", Integer.toString(switched.size()));
            context.step("clone-mappings-switched");
            sendCaseBooking(plan);
            context.step("clone-case-booking-sent");
            List<InternalMessage> adjustments = plan.adjustmentMessages();
            for (InternalMessage adjustment : adjustments) {
                queue.send(fromNomisQueue, adjustment);
            }
            props.put("adjustmentsSent", Integer.toString(adjustments.size()));
            context.step("clone-adjustments-sent");
            return new SyncOutcome.Synced("court-case-clone-success", props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed("court-case-clone-failed", props, e);
        } catch (RuntimeException e) {
            // a queue's send failure is whatever its client throws: retried like an upstream's
            Map<String, String> withReason = new LinkedHashMap<>(props);
            withReason.put("reason", String.valueOf(e.getMessage()));
            return new SyncOutcome.RetryLater("court-case-clone-failed", withReason, String.valueOf(e.getMessage()));
        }
    }

    /** {@code courtsentencing.resync.case.booking} of the plan, to the from-NOMIS queue. */
    void sendCaseBooking(ClonePlan plan) {
        queue.send(fromNomisQueue, plan.caseBookingMessage());
    }

    /** Each switch learns the DPS id mapped to its source (or, switched already, to its clone). */
    ClonePlan resolve(ClonePlan plan) {
        List<ClonePlan.Switch> resolved = new ArrayList<>();
        for (ClonePlan.Switch s : plan.switches()) {
            String dpsId = s.dpsId();
            if (dpsId == null) {
                dpsId = mappings.findByNomisId(s.entityType(), s.fromNomisId())
                        .or(() -> mappings.findByNomisId(s.entityType(), s.toNomisId()))
                        .map(Mapping::dpsId).orElse(null);
            }
            resolved.add(new ClonePlan.Switch(s.entityType(), s.fromNomisId(), s.toNomisId(), dpsId));
        }
        return plan.resolvedWith(resolved);
    }

    /** Moves every resolved DPS id onto the clone's NOMIS id; one already there is left. Answers those moved. */
    List<String> switchMappings(ClonePlan plan) {
        List<String> moved = new ArrayList<>();
        for (ClonePlan.Switch s : plan.switches()) {
            if (s.dpsId() == null) {
                continue;
            }
            Optional<Mapping> current = mappings.findByDpsId(s.entityType(), s.dpsId());
            if (current.isPresent() && current.get().nomisId().equals(s.toNomisId())) {
                continue;
            }
            current.ifPresent(m -> mappings.deleteByDpsId(s.entityType(), s.dpsId()));
            Mapping clone = Mapping.of(s.entityType(), s.toNomisId(), s.dpsId(), plan.offenderNo(),
                    CourtSentencingSync.MAPPING_TYPE);
            MappingSaveResult saved = mappings.save(clone);
            if (saved instanceof MappingSaveResult.Conflict conflict) {
                throw new UpstreamRejected(409, s.entityType() + " mapping " + s.dpsId() + " ⇄ " + s.toNomisId()
                        + " conflicts with " + conflict.existing().dpsId() + " ⇄ " + conflict.existing().nomisId());
            }
            moved.add(s.entityType() + " " + s.dpsId() + ": " + s.fromNomisId() + " → " + s.toNomisId());
        }
        return moved;
    }

    static Map<String, String> properties(ClonePlan plan) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("offenderNo", plan.offenderNo());
        props.put("nomisCourtCaseIds", plan.clonedCaseIds().stream().map(String::valueOf)
                .collect(Collectors.joining(",")));
        props.put("nomisSourceCourtCaseIds", plan.sourceCaseIds().stream().map(String::valueOf)
                .collect(Collectors.joining(",")));
        props.put("fromBookingId", Long.toString(plan.fromBookingId()));
        props.put("toBookingId", Long.toString(plan.toBookingId()));
        return props;
    }
}
