package org.prisonsync.core.nonassociations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.UpsertFlow;
import org.prisonsync.core.sync.UpsertRequest;

/**
 * {@code prison-offender-events.prisoner.booking.moved}: NOMIS moved booking {@code bookingId}, with the
 * non-associations on it, from {@code movedFromNomsNumber} to {@code movedToNomsNumber}. As upstream, the pairs on
 * the booking are read from NOMIS ({@code GET /non-associations/booking/{bookingId}}) and the mappings of those pairs
 * follow to the receiving prisoner ({@link PairSettlement}, the same matching a merge uses, so a pair that meets one
 * the receiving prisoner already had is settled too). Telemetry {@code non-association-booking-moved-success} with
 * {@code count}, the mappings moved.
 */
final class NonAssociationBookingMovedHandler implements EventHandler {
    static final String EVENT = NonAssociationsSync.ENTITY + "-booking-moved";

    private final PairSettlement settlement;
    private final NonAssociationsNomisApi nomis;
    private final UpsertFlow oneAtATime;

    NonAssociationBookingMovedHandler(PairSettlement settlement, NonAssociationsNomisApi nomis,
                                      UpsertFlow oneAtATime) {
        this.settlement = settlement;
        this.nomis = nomis;
        this.oneAtATime = oneAtATime;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        NonAssociationEvents.allowOnly(event, NonAssociationEvents.MOVE_FIELDS);
        String from = event.requireInfoPrisoner("movedFromNomsNumber");
        String to = event.requireInfoPrisoner("movedToNomsNumber");
        long booking = NonAssociationEvents.bookingId(event).orElseThrow(() ->
                new InvalidMessageException("missing field 'additionalInformation.bookingId'"));
        event.info("bookingStartDateTime").ifPresent(start -> {
            try {
                java.time.LocalDateTime.parse(start);
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidMessageException("field 'additionalInformation.bookingStartDateTime' is not a "
                        + "local date-time: " + org.prisonsync.core.message.Ids.quote(start));
            }
        });
        Map<String, String> props = NonAssociationEvents.properties("bookingId", booking,
                "movedFromNomsNumber", from, "movedToNomsNumber", to);
        if (from.equals(to)) {
            return new SyncOutcome.Ignored(EVENT + "-ignored", props, "a booking moved to the same prisoner");
        }
        return oneAtATime.run(new UpsertRequest(NonAssociationsSync.ENTITY_TYPE, "prisoner-" + to,
                EVENT + "-awaiting-claim", props, () -> settle(booking, from, to, props)), context);
    }

    private SyncOutcome settle(long booking, String from, String to, Map<String, String> props) {
        try {
            Map<String, List<DpsNonAssociation>> byThirdParty = new TreeMap<>();
            for (NonAssociationPair pair : nomis.onBooking(booking)) {
                if (pair.involves(to) && !pair.involves(from)) {
                    byThirdParty.put(pair.other(to), new ArrayList<>());
                }
            }
            if (!byThirdParty.isEmpty()) {
                for (DpsNonAssociation na : settlement.dps().involving(List.of(from, to))) {
                    NonAssociationPair pair = na.pair();
                    String third = pair.involves(to) ? pair.other(to) : pair.other(from);
                    List<DpsNonAssociation> group = byThirdParty.get(third);
                    if (group != null) {
                        group.add(na);
                    }
                }
            }
            PairSettlement.Applied applied = PairSettlement.Applied.NONE;
            for (Map.Entry<String, List<DpsNonAssociation>> entry : byThirdParty.entrySet()) {
                applied = applied.plus(settlement.apply(settlement.plan(NonAssociationPair.of(to, entry.getKey()),
                        entry.getValue(), Map.of(from, to))));
            }
            props.put("count", Integer.toString(applied.remapped()));
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
