package org.prisonsync.core.casenotes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prisonsync.core.casenotes.inmemory.InMemoryCaseNotesDpsApi;
import org.prisonsync.core.casenotes.inmemory.InMemoryCaseNotesNomisApi;
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
 * The case notes domain over in-memory ports, with DPS and NOMIS publishing what the real systems publish: DPS
 * changes become {@code person.case-note.*} on the to-NOMIS queue, NOMIS changes {@code OFFENDER_CASE_NOTES-*} on the
 * from-NOMIS queue, each {@code deliveries} times. Tests act as users of either system, then {@link #pumpAll()}.
 */
final class CaseNotesTestWorld {
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final String TO_NOMIS = "prison-sync-casenotes-to-nomis";
    static final String FROM_NOMIS = "prison-sync-casenotes-from-nomis";

    final MutableClock clock = new MutableClock(START);
    final InMemoryMappingStore mappings = new InMemoryMappingStore(clock);
    final InMemoryWriteClaims claims = new InMemoryWriteClaims();
    final RecordingTelemetry telemetry = new RecordingTelemetry(clock);
    final InMemoryCaseNotesNomisApi nomis = new InMemoryCaseNotesNomisApi();
    final InMemoryCaseNotesDpsApi dps = new InMemoryCaseNotesDpsApi();
    final List<QueueDefinition> definitions = List.of(
            QueueDefinition.withDefaults("casenotes", TO_NOMIS, TO_NOMIS + "-dlq"),
            QueueDefinition.withDefaults("eventcasenotes", FROM_NOMIS, FROM_NOMIS + "-dlq"));
    final InMemoryQueues queues = new InMemoryQueues(definitions);
    final CaseNoteMappings caseNoteMappings = new CaseNoteMappings(mappings);
    final EventRoutes routes = new EventRoutes();
    final MessageProcessor processor;
    private final int deliveries;

    CaseNotesTestWorld(int deliveries) {
        this.deliveries = deliveries;
        new CaseNotesSync(new CaseNotePorts(nomis, dps), mappings, claims, queues, clock,
                new SyncSettings("casenotes-test", Duration.ofSeconds(30)))
                .register(routes.forDomain(CaseNotesSync.DOMAIN));
        routes.onInternal(InternalMessage.RETRY_CREATE_MAPPING, new MappingRetryHandler(mappings, claims, routes));
        routes.bindQueue(TO_NOMIS, CaseNotesSync.DOMAIN).bindQueue(FROM_NOMIS, CaseNotesSync.DOMAIN);
        processor = new MessageProcessor(routes, FeatureSwitches.allOn(), new QueueDirectory(definitions), telemetry);
        dps.onChange(change -> publish(TO_NOMIS, dpsEvent(change.kind(), change.note(), change.source())));
        nomis.onChange(change -> publish(FROM_NOMIS, nomisEvent(change.kind(), change.note())));
    }

    static CaseNoteContent content(String text) {
        return new CaseNoteContent("GEN", "OSE", LocalDateTime.parse("2026-03-01T10:15:00"), text, "OFFICER_A");
    }

    static Notification dpsEvent(String kind, DpsCaseNote note, String source) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", note.id());
        info.put("legacyId", note.legacyId());
        info.put("type", note.content().type());
        info.put("subType", note.content().subType());
        info.put("source", source);
        info.put("syncToNomis", true);
        info.put("systemGenerated", false);
        Map<String, Object> message = new LinkedHashMap<>();
        String type = "person.case-note." + kind;
        message.put("eventType", type);
        message.put("occurredAt", "2026-03-02T09:00:00Z");
        message.put("additionalInformation", info);
        message.put("personReference", Map.of("identifiers",
                List.of(Map.of("type", "NOMS", "value", note.personIdentifier()))));
        return new Notification(UUID.randomUUID().toString(), type, message);
    }

    /** As prison-offender-events writes it; the delete omits the prisoner and carries the audit module. */
    static Notification nomisEvent(String kind, NomisCaseNote note) {
        String type = "OFFENDER_CASE_NOTES-" + kind;
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", type);
        message.put("eventDatetime", "2026-03-02T09:00:00");
        message.put("bookingId", note.bookingId());
        message.put("caseNoteId", note.caseNoteId());
        message.put("nomisEventType", type);
        message.put("caseNoteType", note.content().type());
        message.put("caseNoteSubType", note.content().subType());
        if ("DELETED".equals(kind)) {
            message.put("recordDeleted", true);
            message.put("auditModuleName", note.auditModuleName());
        } else {
            message.put("offenderIdDisplay", note.offenderNo());
            message.put("recordDeleted", false);
        }
        return new Notification(UUID.randomUUID().toString(), type, message);
    }

    /** {@code prison-offender-events.prisoner.merged} as the domain-event topic carries it; bookingId as given. */
    static Notification mergedEvent(String retained, String removed, Object bookingId) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("nomsNumber", retained);
        info.put("removedNomsNumber", removed);
        info.put("bookingId", bookingId);
        return domainEvent(CaseNotesSync.MERGED, info);
    }

    /** {@code prison-offender-events.prisoner.booking.moved}; bookingId as given. */
    static Notification bookingMovedEvent(String from, String to, Object bookingId) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("movedFromNomsNumber", from);
        info.put("movedToNomsNumber", to);
        info.put("bookingId", bookingId);
        return domainEvent(CaseNotesSync.BOOKING_MOVED, info);
    }

    private static Notification domainEvent(String type, Map<String, Object> info) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", type);
        message.put("version", "1");
        message.put("occurredAt", "2026-03-02T09:00:00Z");
        message.put("description", "a prisoner-level change in NOMIS");
        message.put("additionalInformation", info);
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

    List<Mapping> mappingsOf(String prisoner) {
        return mappings.findByPrisoner(CaseNotesSync.ENTITY_TYPE, prisoner);
    }

    List<InMemoryQueues.Entry> dlqs() {
        return queues.deadLettered();
    }
}
