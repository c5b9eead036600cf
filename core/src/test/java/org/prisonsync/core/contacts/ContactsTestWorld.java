package org.prisonsync.core.contacts;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prisonsync.core.contacts.inmemory.InMemoryContactsDpsApi;
import org.prisonsync.core.contacts.inmemory.InMemoryContactsNomisApi;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.sync.EventRoutes;
import org.prisonsync.core.sync.FeatureSwitches;
import org.prisonsync.core.sync.MappingRetryHandler;
import org.prisonsync.core.sync.MessageProcessor;
import org.prisonsync.core.sync.QueueDirectory;
import org.prisonsync.core.sync.SyncSettings;

/**
 * The contacts domain over in-memory ports, each system publishing what the real one does: DPS changes become
 * {@code contacts-api.*} on the to-NOMIS queue, NOMIS changes {@code PERSON-*} / {@code OFFENDER_CONTACT-*} on the
 * from-NOMIS queue, each {@code deliveries} times. Tests act as users of either system, then {@link #pumpAll()}.
 */
final class ContactsTestWorld {
    static final String TO_NOMIS = "prison-sync-to-nomis-contacts";
    static final String FROM_NOMIS = "prison-sync-from-nomis-contacts";

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final InMemoryMappingStore mappings = new InMemoryMappingStore(clock);
    final InMemoryWriteClaims claims = new InMemoryWriteClaims();
    final RecordingTelemetry telemetry = new RecordingTelemetry(clock);
    final InMemoryContactsNomisApi nomis = new InMemoryContactsNomisApi();
    final InMemoryContactsDpsApi dps = new InMemoryContactsDpsApi();
    final List<QueueDefinition> definitions = List.of(
            QueueDefinition.withDefaults("tonomiscontacts", TO_NOMIS, TO_NOMIS + "-dlq"),
            QueueDefinition.withDefaults("fromnomiscontacts", FROM_NOMIS, FROM_NOMIS + "-dlq"));
    final InMemoryQueues queues = new InMemoryQueues(definitions);
    final EventRoutes routes = new EventRoutes();
    final MessageProcessor processor;
    private final int deliveries;

    ContactsTestWorld(int deliveries) {
        this.deliveries = deliveries;
        new ContactsSync(new ContactPorts(nomis, dps), mappings, claims, queues, clock,
                new SyncSettings("contacts-test", Duration.ofSeconds(30)))
                .register(routes.forDomain(ContactsSync.DOMAIN));
        routes.onInternal(InternalMessage.RETRY_CREATE_MAPPING, new MappingRetryHandler(mappings, claims, routes));
        routes.bindQueue(TO_NOMIS, ContactsSync.DOMAIN).bindQueue(FROM_NOMIS, ContactsSync.DOMAIN);
        processor = new MessageProcessor(routes, FeatureSwitches.allOn(), new QueueDirectory(definitions), telemetry);
        dps.onChange(change -> publish(TO_NOMIS, dpsEvent(change)));
        nomis.onChange(change -> publish(FROM_NOMIS, nomisEvent(change)));
        dps.onChildChange(change -> publish(TO_NOMIS, dpsChildEvent(change)));
        nomis.onChildChange(change -> publish(FROM_NOMIS, nomisChildEvent(change)));
    }

    /** As the personal relationships API publishes: the ids in additionalInformation, the prisoner as NOMS. */
    static Notification dpsEvent(InMemoryContactsDpsApi.Change change) {
        Map<String, Object> info = new LinkedHashMap<>();
        String type;
        Map<String, Object> message = new LinkedHashMap<>();
        if (change.prisonerContact() == null) {
            type = "contacts-api.contact." + change.kind();
            info.put("contactId", change.contact().id());
        } else {
            type = "contacts-api.prisoner-contact." + change.kind();
            info.put("prisonerContactId", change.prisonerContact().id());
            info.put("contactId", change.prisonerContact().contactId());
            message.put("personReference", Map.of("identifiers", List.of(
                    Map.of("type", "NOMS", "value", change.prisonerContact().prisonerNumber()),
                    Map.of("type", "DPS_CONTACT_ID", "value", Long.toString(change.prisonerContact().contactId())))));
        }
        info.put("source", change.source());
        message.put("eventType", type);
        message.put("occurredAt", "2026-03-02T09:00:00Z");
        message.put("additionalInformation", info);
        return new Notification(UUID.randomUUID().toString(), type, message);
    }

    static Notification dpsChildEvent(InMemoryContactsDpsApi.ChildChange change) {
        String type = change.childKind().dpsEvent() + "." + change.kind();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put(change.childKind().dpsIdField(), change.child().id());
        Map<String, Object> message = new LinkedHashMap<>();
        if (change.childKind().parent().textKey()) {
            // a prisoner's record: the prisoner in personReference, as DPS names it
            message.put("personReference", Map.of("identifiers", List.of(
                    Map.of("type", "NOMS", "value", change.child().parentKey()))));
        } else {
            info.put("contactId", change.child().personId());
            info.put(change.childKind().parent().dpsEventField(), change.child().parentId());
        }
        info.put("source", change.source());
        message.put("eventType", type);
        message.put("occurredAt", "2026-03-02T09:00:00Z");
        message.put("additionalInformation", info);
        return new Notification(UUID.randomUUID().toString(), type, message);
    }

    static Notification nomisChildEvent(InMemoryContactsNomisApi.ChildChange change) {
        String type = change.childKind().nomisEvent() + "-" + change.kind();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", type);
        message.put("eventDatetime", "2026-03-02T09:00:00");
        if (change.childKind().parent().hasPerson()) {
            message.put("personId", Long.toString(change.child().personId()));
        }
        message.put(change.childKind().parent().nomisEventField(), change.child().parentKey());
        if (change.childKind().nomisFlag() != null) {
            message.put(change.childKind().nomisFlag(), Boolean.toString(change.childKind().nomisFlagValue()));
        }
        message.put(change.childKind().nomisIdField(), Long.toString(change.child().id()));
        message.put("auditModuleName", change.child().writtenBy());
        return new Notification(UUID.randomUUID().toString(), type, message);
    }

    /** As prison-offender-events writes them, with the writer's audit module. */
    static Notification nomisEvent(InMemoryContactsNomisApi.Change change) {
        Map<String, Object> message = new LinkedHashMap<>();
        String type;
        if (change.contact() == null) {
            type = "PERSON-" + change.kind();
        } else {
            type = "OFFENDER_CONTACT-" + change.kind();
            message.put("bookingId", change.contact().bookingId());
            message.put("offenderIdDisplay", change.contact().offenderNo());
            message.put("contactId", change.contact().contactId());
            message.put("approvedVisitor", Boolean.toString(change.contact().details().approvedVisitor()));
        }
        message.put("eventType", type);
        message.put("eventDatetime", "2026-03-02T09:00:00");
        message.put("personId", change.person().personId());
        message.put("auditModuleName", change.auditModuleName());
        message.put("nomisEventType", type);
        return new Notification(UUID.randomUUID().toString(), type, message);
    }

    void publish(String queueName, Envelope event) {
        for (int i = 0; i < deliveries; i++) {
            queues.send(queueName, event);
        }
    }

    int pumpAll() {
        return queues.pumpUntilEmpty(processor, TO_NOMIS, FROM_NOMIS);
    }

    List<Envelope> drain(String queueName) {
        return queues.drain(queueName);
    }

    Disposition handle(String queueName, Envelope message) {
        return processor.handle(new InboundMessage(queueName, "by-hand-" + UUID.randomUUID(), 1, message,
                message.toString(), Map.of()));
    }

    List<Mapping> contactMappingsOf(String prisoner) {
        return mappings.findByPrisoner(ContactsSync.PERSON_CONTACT, prisoner);
    }

    List<InMemoryQueues.Entry> dlqs() {
        return queues.deadLettered();
    }
}
