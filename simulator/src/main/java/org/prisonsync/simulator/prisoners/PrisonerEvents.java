package org.prisonsync.simulator.prisoners;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.prisonsync.simulator.DomainEvents;
import org.prisonsync.simulator.EventPublisher;

/**
 * The prisoner-level domain events NOMIS raises (merged, booking moved, received), published to every queue a domain
 * has subscribed, as the domain-event topic delivers them to each subscribed queue.
 */
public final class PrisonerEvents {
    public static final String MERGED = "prison-offender-events.prisoner.merged";
    public static final String BOOKING_MOVED = "prison-offender-events.prisoner.booking.moved";
    public static final String RECEIVED = "prisoner-offender-search.prisoner.received";

    private final EventPublisher publisher;
    private final Clock clock;
    private final List<String> queueIds = new CopyOnWriteArrayList<>();

    PrisonerEvents(EventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Delivers the prisoner-level events to the queue of {@code queueId} from now on. */
    public void subscribe(String queueId) {
        queueIds.add(queueId);
    }

    void prisonerMerged(String retained, String removed, Long bookingId) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("nomsNumber", retained);
        info.put("removedNomsNumber", removed);
        if (bookingId != null) {
            info.put("bookingId", bookingId.toString());
        }
        info.put("reason", "MERGE");
        publish(MERGED, "A prisoner has been merged from " + removed + " to " + retained, info);
    }

    void bookingMoved(String from, String to, long bookingId) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("movedFromNomsNumber", from);
        info.put("movedToNomsNumber", to);
        info.put("bookingId", Long.toString(bookingId));
        publish(BOOKING_MOVED, "a NOMIS booking has moved from " + from + " to " + to, info);
    }

    void prisonerReceived(String prisonerNumber, String reason) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("nomsNumber", prisonerNumber);
        info.put("reason", reason);
        publish(RECEIVED, "A prisoner has been received into prison", info);
    }

    private void publish(String eventType, String description, Map<String, Object> info) {
        for (String queueId : queueIds) {
            publisher.publish(queueId, eventType, DomainEvents.domainEvent(eventType, "1", description, clock, info));
        }
    }
}
