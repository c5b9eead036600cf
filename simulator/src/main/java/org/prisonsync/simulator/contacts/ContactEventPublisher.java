package org.prisonsync.simulator.contacts;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.prisonsync.core.contacts.inmemory.InMemoryContactsDpsApi;
import org.prisonsync.core.contacts.inmemory.InMemoryContactsNomisApi;
import org.prisonsync.simulator.DomainEvents;
import org.prisonsync.simulator.EventPublisher;

/**
 * The contact events the real systems publish: {@code contacts-api.contact.*} ({@code contactId}, {@code source}) and
 * {@code contacts-api.prisoner-contact.*} ({@code prisonerContactId}, {@code contactId}, the prisoner as NOMS and the
 * contact as {@code DPS_CONTACT_ID}); {@code PERSON-*} and {@code OFFENDER_CONTACT-*} with the writer's audit module,
 * numbers as strings as prison-offender-events sends them. A direction whose queue is not configured is not published.
 */
final class ContactEventPublisher {
    private final EventPublisher publisher;
    private final Clock clock;
    private final AtomicLong nextEventId = new AtomicLong(9_310_001);

    ContactEventPublisher(EventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    void onDpsChange(InMemoryContactsDpsApi.Change change) {
        if (!publisher.publishes(ContactsSimulation.TO_NOMIS_QUEUE)) {
            return;
        }
        Map<String, Object> info = new LinkedHashMap<>();
        String eventType;
        Map<String, Object> message;
        if (change.prisonerContact() == null) {
            eventType = "contacts-api.contact." + change.kind();
            info.put("contactId", change.contact().id());
            info.put("source", change.source());
            message = DomainEvents.domainEvent(eventType, "1", "A contact has been " + change.kind(), clock, info);
        } else {
            eventType = "contacts-api.prisoner-contact." + change.kind();
            info.put("prisonerContactId", change.prisonerContact().id());
            info.put("contactId", change.prisonerContact().contactId());
            info.put("source", change.source());
            message = DomainEvents.domainEvent(eventType, "1", "A prisoner contact has been " + change.kind(), clock,
                    info);
            message.put("personReference", Map.of("identifiers", List.of(
                    Map.of("type", "NOMS", "value", change.prisonerContact().prisonerNumber()),
                    Map.of("type", "DPS_CONTACT_ID", "value",
                            Long.toString(change.prisonerContact().contactId())))));
        }
        publisher.publish(ContactsSimulation.TO_NOMIS_QUEUE, eventType, message);
    }

    void onNomisChange(InMemoryContactsNomisApi.Change change) {
        if (!publisher.publishes(ContactsSimulation.FROM_NOMIS_QUEUE)) {
            return;
        }
        String eventType = (change.contact() == null ? "PERSON-" : "OFFENDER_CONTACT-") + change.kind();
        Map<String, Object> message = DomainEvents.offenderEvent(eventType, nextEventId.getAndIncrement(), clock);
        message.put("personId", Long.toString(change.person().personId()));
        if (change.contact() != null) {
            message.put("contactId", Long.toString(change.contact().contactId()));
            message.put("bookingId", Long.toString(change.contact().bookingId()));
            message.put("offenderIdDisplay", change.contact().offenderNo());
            message.put("approvedVisitor", Boolean.toString(change.contact().details().approvedVisitor()));
        }
        message.put("auditModuleName", change.auditModuleName());
        message.put("nomisEventType", eventType);
        publisher.publish(ContactsSimulation.FROM_NOMIS_QUEUE, eventType, message);
    }

    void onDpsChildChange(InMemoryContactsDpsApi.ChildChange change) {
        if (!publisher.publishes(ContactsSimulation.TO_NOMIS_QUEUE)) {
            return;
        }
        String eventType = change.childKind().dpsEvent() + "." + change.kind();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put(change.childKind().dpsIdField(), change.child().id());
        if (change.childKind().parent().textKey()) {
            // a prisoner's record: DPS names the prisoner in personReference (NOMS) only
            info.put("source", change.source());
            Map<String, Object> message = DomainEvents.domainEvent(eventType, "1", "A prisoner's "
                    + change.childKind().name() + " has been " + change.kind(), clock, info);
            message.put("personReference", Map.of("identifiers", List.of(
                    Map.of("type", "NOMS", "value", change.child().parentKey()))));
            publisher.publish(ContactsSimulation.TO_NOMIS_QUEUE, eventType, message);
            return;
        }
        info.put("contactId", change.child().personId());
        info.put(change.childKind().parent().dpsEventField(), change.child().parentId());
        info.put("source", change.source());
        publisher.publish(ContactsSimulation.TO_NOMIS_QUEUE, eventType, DomainEvents.domainEvent(eventType, "1",
                "A contact's " + change.childKind().name() + " has been " + change.kind(), clock, info));
    }

    void onNomisChildChange(InMemoryContactsNomisApi.ChildChange change) {
        if (!publisher.publishes(ContactsSimulation.FROM_NOMIS_QUEUE)) {
            return;
        }
        String eventType = change.childKind().nomisEvent() + "-" + change.kind();
        Map<String, Object> message = DomainEvents.offenderEvent(eventType, nextEventId.getAndIncrement(), clock);
        if (change.childKind().parent().hasPerson()) {
            message.put("personId", Long.toString(change.child().personId()));
        }
        // RESTRICTION-* names its prisoner as offenderIdDisplay, the other kinds their parent's id
        message.put(change.childKind().parent().nomisEventField(), change.child().parentKey());
        if (change.childKind().nomisFlag() != null) {
            // PHONES_PERSON-* tells a person's phone from an address's by isAddress
            message.put(change.childKind().nomisFlag(), change.childKind().nomisFlagValue());
        }
        message.put(change.childKind().nomisIdField(), Long.toString(change.child().id()));
        message.put("auditModuleName", change.child().writtenBy());
        message.put("nomisEventType", eventType);
        publisher.publish(ContactsSimulation.FROM_NOMIS_QUEUE, eventType, message);
    }
}
