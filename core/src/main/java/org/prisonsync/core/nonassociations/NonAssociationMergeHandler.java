package org.prisonsync.core.nonassociations;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.UpsertFlow;
import org.prisonsync.core.sync.UpsertRequest;

/**
 * {@code prison-offender-events.prisoner.merged} ({@code reason} {@code MERGE}): NOMIS has moved the removed
 * prisoner's ({@code removedNomsNumber}) non-associations to the retained one ({@code nomsNumber}); the mappings
 * follow, pair by pair with each third party ({@link PairSettlement}). Where both prisoners held one with the same
 * third party, NOMIS now has two records for the pair: each DPS non-association is matched to its record, its mapping
 * re-pointed (sequence 1 or 2), and a record DPS has closed is closed in NOMIS, with no one editing a sequence by hand.
 *
 * <p>One writer per retained prisoner at a time (the kit's upsert claim), so the same event twice, or at two
 * consumers, settles the pairs once; working it out again finds everything settled. Telemetry
 * {@code non-association-merge-success} with the counts.
 */
final class NonAssociationMergeHandler implements EventHandler {
    static final String EVENT = NonAssociationsSync.ENTITY + "-merge";

    private final PairSettlement settlement;
    private final UpsertFlow oneAtATime;

    NonAssociationMergeHandler(PairSettlement settlement, UpsertFlow oneAtATime) {
        this.settlement = settlement;
        this.oneAtATime = oneAtATime;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        NonAssociationEvents.allowOnly(event, NonAssociationEvents.MERGE_FIELDS);
        String retained = event.requireInfoPrisoner("nomsNumber");
        String removed = event.requireInfoPrisoner("removedNomsNumber");
        Optional<Long> booking = NonAssociationEvents.bookingId(event);
        Optional<String> reason = NonAssociationEvents.reason(event);
        Map<String, String> props = NonAssociationEvents.properties("offenderNo", retained,
                "removedOffenderNo", removed, "bookingId", booking.orElse(null), "reason", reason.orElse(null));
        if (reason.isPresent() && !reason.get().equals("MERGE")) {
            return new SyncOutcome.Ignored(EVENT + "-ignored", props, "a merge for reason " + reason.get());
        }
        if (retained.equals(removed)) {
            return new SyncOutcome.Ignored(EVENT + "-ignored", props, "a prisoner merged into themself");
        }
        return oneAtATime.run(new UpsertRequest(NonAssociationsSync.ENTITY_TYPE, "prisoner-" + retained,
                EVENT + "-awaiting-claim", props, () -> settle(retained, removed, props)), context);
    }

    private SyncOutcome settle(String retained, String removed, Map<String, String> props) {
        try {
            List<DpsNonAssociation> involved = settlement.dps().involving(List.of(retained, removed));
            Map<String, List<DpsNonAssociation>> byThirdParty = new TreeMap<>();
            for (DpsNonAssociation na : involved) {
                NonAssociationPair pair = na.pair();
                if (pair.involves(retained) && pair.involves(removed)) {
                    continue; // between the two merged records: nothing left to keep apart
                }
                String third = pair.involves(retained) ? pair.other(retained) : pair.other(removed);
                byThirdParty.computeIfAbsent(third, t -> new java.util.ArrayList<>()).add(na);
            }
            PairSettlement.Applied applied = PairSettlement.Applied.NONE;
            int shared = 0;
            for (Map.Entry<String, List<DpsNonAssociation>> entry : byThirdParty.entrySet()) {
                PairSettlement.Plan plan = settlement.plan(NonAssociationPair.of(retained, entry.getKey()),
                        entry.getValue(), Map.of(removed, retained));
                if (plan.matches().size() + plan.nomisOnly().size() > 1) {
                    shared++;
                }
                applied = applied.plus(settlement.apply(plan));
            }
            props.put("thirdParties", Integer.toString(byThirdParty.size()));
            props.put("sharedThirdParties", Integer.toString(shared));
            props.put("remapped", Integer.toString(applied.remapped()));
            props.put("closed", Integer.toString(applied.closed()));
            if (!applied.conflicts().isEmpty()) {
                props.put("conflicts", String.join("; ", applied.conflicts()));
                return new SyncOutcome.RetryLater(EVENT + "-failed", props,
                        "mappings in the way: " + String.join("; ", applied.conflicts()));
            }
            return new SyncOutcome.Synced(EVENT + "-success", props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(EVENT + "-failed", props, e);
        }
    }
}
