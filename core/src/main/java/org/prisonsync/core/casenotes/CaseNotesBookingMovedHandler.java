package org.prisonsync.core.casenotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.BookingMoved;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.UpsertFlow;
import org.prisonsync.core.sync.UpsertRequest;

/**
 * {@code prison-offender-events.prisoner.booking.moved}: NOMIS moved booking {@code bookingId}, with its notes, from
 * {@code movedFromNomsNumber} to {@code movedToNomsNumber}. As upstream: the mappings of the booking's notes are
 * pointed at the receiving prisoner ({@code PUT /mapping/casenotes/merge/booking-id/{bookingId}/to/{newOffenderNo}})
 * and their DPS notes moved with {@code PUT /move/case-notes}. The booking's notes are read from NOMIS
 * ({@code GET /prisoners/{offenderNo}/casenotes} of the receiver), as our mapping rows do not keep the booking.
 *
 * <p>A DPS note that also has NOMIS notes on a booking that stayed behind is not moved (it still belongs to the
 * giver): its moved NOMIS notes are detached from it and become the receiver's own DPS notes ({@code split}, ADR
 * 0009). A note on the booking no mapping knows is created in DPS once, under its own create claim. Each step reads what it changes, so
 * redelivery and a retry after a failure part-way end the same; one consumer at a time per receiving prisoner.
 * Telemetry {@value #EVENT} with the counts.
 */
final class CaseNotesBookingMovedHandler implements EventHandler {
    static final String EVENT = "casenotes-booking-moved";

    private final CaseNotePorts ports;
    private final CaseNoteMappings mappings;
    private final NomisCaseNoteInsertedHandler creates;
    private final UpsertFlow oneAtATime;

    CaseNotesBookingMovedHandler(CaseNotePorts ports, CaseNoteMappings mappings,
                                 NomisCaseNoteInsertedHandler creates, UpsertFlow oneAtATime) {
        this.ports = ports;
        this.mappings = mappings;
        this.creates = creates;
        this.oneAtATime = oneAtATime;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        BookingMoved event = BookingMoved.from(notification.asDomainEvent());
        String from = event.movedFromNomsNumber();
        String to = event.movedToNomsNumber();
        Map<String, String> props = new LinkedHashMap<>();
        props.put("bookingId", Long.toString(event.bookingId()));
        props.put("movedFromNomsNumber", from);
        props.put("movedToNomsNumber", to);
        if (from.equals(to)) {
            return new SyncOutcome.Ignored(EVENT + "-ignored", props, "a booking moved to the same prisoner");
        }
        return oneAtATime.run(new UpsertRequest(CaseNotesSync.ENTITY_TYPE, "prisoner-" + to, EVENT + "-awaiting-claim",
                props, () -> move(event.bookingId(), from, to, props, context)), context);
    }

    /**
     * The DPS note stays with the giver, who keeps NOMIS notes of it on other bookings: the moved NOMIS notes lose
     * their mappings (if the note's own pair moved, a copy that stayed becomes its own pair), and become new notes of
     * the receiver, created in DPS like any unmapped note.
     */
    private void detach(String dpsId, List<Long> all, Set<Long> movedIds) {
        long own = all.get(0);
        for (long id : all.subList(1, all.size())) {
            if (movedIds.contains(id)) {
                mappings.deleteCopy(dpsId, id);
            }
        }
        if (movedIds.contains(own)) {
            all.stream().filter(id -> !movedIds.contains(id)).findFirst()
                    .ifPresent(staying -> mappings.promoteCopy(dpsId, staying));
        }
    }

    private SyncOutcome move(long booking, String from, String to, Map<String, String> props,
                             MessageContext context) {
        try {
            List<NomisCaseNote> onBooking = ports.nomis().caseNotesOf(to).stream()
                    .filter(n -> n.bookingId() == booking).toList();
            Set<Long> movedIds = new TreeSet<>();
            onBooking.forEach(n -> movedIds.add(n.caseNoteId()));
            Map<String, List<Long>> byDpsNote = new TreeMap<>();
            List<NomisCaseNote> unmapped = new ArrayList<>();
            for (NomisCaseNote note : onBooking) {
                Optional<Mapping> mapping = mappings.ofNomis(note.caseNoteId());
                if (mapping.isPresent()) {
                    byDpsNote.computeIfAbsent(mapping.get().dpsId(), id -> new ArrayList<>()).add(note.caseNoteId());
                } else if (!note.writtenBySync()) {
                    unmapped.add(note);
                }
            }
            Set<String> moving = new TreeSet<>();
            int split = 0;
            for (Map.Entry<String, List<Long>> entry : byDpsNote.entrySet()) {
                List<Long> all = mappings.nomisIdsOf(entry.getKey());
                if (movedIds.containsAll(all)) {
                    moving.add(entry.getKey());
                } else {
                    detach(entry.getKey(), all, movedIds);
                    onBooking.stream().filter(n -> entry.getValue().contains(n.caseNoteId())).forEach(unmapped::add);
                    split++;
                }
            }
            Set<String> stillWithGiver = new TreeSet<>();
            for (DpsCaseNote note : ports.dps().caseNotesOf(from)) {
                if (moving.contains(note.id())) {
                    stillWithGiver.add(note.id());
                }
            }
            if (!stillWithGiver.isEmpty()) {
                ports.dps().move(from, to, stillWithGiver);
            }
            moving.forEach(dpsId -> mappings.moveNote(dpsId, to));
            props.put("count", Integer.toString(moving.size()));
            props.put("dpsMoved", Integer.toString(stillWithGiver.size()));
            props.put("split", Integer.toString(split));
            int created = 0;
            for (NomisCaseNote note : unmapped) {
                Map<String, String> noteProps = new LinkedHashMap<>(props);
                noteProps.put("nomisCaseNoteId", note.key());
                SyncOutcome outcome = creates.createInDps(note, to, noteProps, context);
                if (outcome instanceof SyncOutcome.RetryLater later) {
                    return new SyncOutcome.RetryLater(EVENT + "-failed", props, "case note " + note.key()
                            + " not yet created in DPS: " + later.reason(), later.minDelay());
                }
                created++;
            }
            props.put("createdInDps", Integer.toString(created));
            return new SyncOutcome.Synced(EVENT, props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(EVENT + "-failed", props, e);
        }
    }
}
