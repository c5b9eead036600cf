package org.prisonsync.simulator.casenotes;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.prisonsync.core.casenotes.CaseNotesSync;
import org.prisonsync.core.casenotes.DpsCaseNote;
import org.prisonsync.core.casenotes.NomisCaseNote;
import org.prisonsync.core.casenotes.inmemory.InMemoryCaseNotesDpsApi;
import org.prisonsync.core.casenotes.inmemory.InMemoryCaseNotesNomisApi;
import org.prisonsync.simulator.DomainEvents;
import org.prisonsync.simulator.EventPublisher;

/**
 * The case note events the real systems publish: {@code person.case-note.created|updated|deleted} (source from the
 * change, {@code syncToNomis} true) and {@code OFFENDER_CASE_NOTES-INSERTED|UPDATED|DELETED} (the delete without the
 * prisoner but with the writer's audit module, as prison-offender-events sends it). A direction whose queue is not
 * configured is not published. A merge or booking move made through the control routes raises the prisoner-level
 * domain event on the from-NOMIS queue, where the case notes domain reads it as upstream's {@code eventcasenotes} does.
 */
final class CaseNoteEventPublisher {
    private final EventPublisher publisher;
    private final Clock clock;
    private final AtomicLong nextEventId = new AtomicLong(8_140_001);

    CaseNoteEventPublisher(EventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    void onDpsChange(InMemoryCaseNotesDpsApi.Change change) {
        if (!publisher.publishes(CaseNotesSimulation.TO_NOMIS_QUEUE)) {
            return;
        }
        DpsCaseNote note = change.note();
        String eventType = "person.case-note." + change.kind();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", note.id());
        info.put("legacyId", note.legacyId());
        info.put("type", note.content().type());
        info.put("subType", note.content().subType());
        info.put("source", change.source());
        info.put("syncToNomis", true);
        info.put("systemGenerated", false);
        Map<String, Object> message = DomainEvents.aboutPrisoner(DomainEvents.domainEvent(eventType, "1",
                "A case note has been " + change.kind(), clock, info), note.personIdentifier());
        publisher.publish(CaseNotesSimulation.TO_NOMIS_QUEUE, eventType, message);
    }

    void onNomisChange(InMemoryCaseNotesNomisApi.Change change) {
        if (!publisher.publishes(CaseNotesSimulation.FROM_NOMIS_QUEUE)) {
            return;
        }
        NomisCaseNote note = change.note();
        String eventType = "OFFENDER_CASE_NOTES-" + change.kind();
        Map<String, Object> message = DomainEvents.offenderEvent(eventType, nextEventId.getAndIncrement(), clock);
        // numbers as strings, as the offender-events service sends them
        message.put("bookingId", Long.toString(note.bookingId()));
        message.put("caseNoteId", Long.toString(note.caseNoteId()));
        message.put("nomisEventType", eventType);
        message.put("caseNoteType", note.content().type());
        message.put("caseNoteSubType", note.content().subType());
        boolean deleted = "DELETED".equals(change.kind());
        if (deleted) {
            message.put("auditModuleName", note.auditModuleName());
        } else {
            message.put("offenderIdDisplay", note.offenderNo());
        }
        message.put("recordDeleted", Boolean.toString(deleted));
        publisher.publish(CaseNotesSimulation.FROM_NOMIS_QUEUE, eventType, message);
    }

    /** {@code prison-offender-events.prisoner.merged}, as NOMIS raises it after a merge. */
    void prisonerMerged(String retained, String removed, long bookingId) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("nomsNumber", retained);
        info.put("removedNomsNumber", removed);
        info.put("bookingId", Long.toString(bookingId));
        publishFromNomis(CaseNotesSync.MERGED, "A prisoner has been merged from " + removed + " to " + retained,
                info);
    }

    /** {@code prison-offender-events.prisoner.booking.moved}. */
    void bookingMoved(String from, String to, long bookingId) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("movedFromNomsNumber", from);
        info.put("movedToNomsNumber", to);
        info.put("bookingId", Long.toString(bookingId));
        publishFromNomis(CaseNotesSync.BOOKING_MOVED, "a NOMIS booking has moved from " + from + " to " + to, info);
    }

    private void publishFromNomis(String eventType, String description, Map<String, Object> info) {
        if (publisher.publishes(CaseNotesSimulation.FROM_NOMIS_QUEUE)) {
            publisher.publish(CaseNotesSimulation.FROM_NOMIS_QUEUE, eventType,
                    DomainEvents.domainEvent(eventType, "1", description, clock, info));
        }
    }
}
