package org.prisonsync.core.finance;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.finance.inmemory.InMemoryFinanceDpsApi;
import org.prisonsync.core.finance.inmemory.InMemoryFinanceNomisApi;
import org.prisonsync.core.finance.inmemory.InMemoryTransactionBuffer;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.sync.SyncSettings;

/** The core with only finance installed, over the in-memory ports; NOMIS rows written and their events built. */
final class FinanceWorld {
    static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    static final String QUEUE = FinanceDomain.FROM_NOMIS.defaultName();
    static final String PRISONER = "A3864DZ";

    final MutableClock clock = new MutableClock(START);
    final InMemoryMappingStore mappings = new InMemoryMappingStore(clock);
    final InMemoryQueues queues = new InMemoryQueues(List.of(
            QueueDefinition.withDefaults(FinanceDomain.FROM_NOMIS.id(), QUEUE, QUEUE + "-dlq")));
    final RecordingTelemetry telemetry = new RecordingTelemetry(clock);
    final InMemoryFinanceNomisApi nomis = new InMemoryFinanceNomisApi();
    final InMemoryFinanceDpsApi dps = new InMemoryFinanceDpsApi();
    final InMemoryTransactionBuffer buffer = new InMemoryTransactionBuffer();
    final PrisonSyncCore core;

    FinanceWorld() {
        this(nomisApi -> nomisApi);
    }

    /** {@code wrapNomis} lets a test act while the sync reads NOMIS (a row arriving mid-sync). */
    FinanceWorld(java.util.function.UnaryOperator<FinanceNomisApi> wrapNomis) {
        core = PrisonSyncCore.builder(new SharedPorts(mappings, new InMemoryWriteClaims(), queues, queues, telemetry,
                        clock))
                .domain(new FinanceDomain(wrapNomis.apply(nomis), dps, buffer, FinanceSettings.DEFAULTS))
                .queues(queues.queues())
                .settings(new SyncSettings("test-instance", Duration.ofSeconds(30)))
                .build();
    }

    /** NOMIS commits a prisoner row, then raises its event: returns the event. */
    Notification writeRow(long transactionId, int entrySequence, String amount) {
        nomis.write(entry(transactionId, entrySequence, amount));
        return rowEvent(FinanceSync.OFFENDER_TRANSACTIONS_INSERTED, transactionId, entrySequence, "OTDSUBAT");
    }

    static OffenderTransactionEntry entry(long transactionId, int entrySequence, String amount) {
        return new OffenderTransactionEntry(transactionId, entrySequence, 1234567L, PRISONER, 1234L, "SWI",
                new BigDecimal(amount), "CANT", "DR", "Canteen", LocalDate.of(2026, 3, 2), null, "ref-" + entrySequence,
                "SPND", List.of(), LocalDateTime.of(2026, 3, 2, 10, 0), "CLERK1", "A Clerk", null, null, null);
    }

    static Notification rowEvent(String eventType, long transactionId, int entrySequence, String auditModule) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("eventDatetime", "2026-03-02T10:00:00");
        message.put("transactionId", Long.toString(transactionId));
        message.put("entrySequence", Integer.toString(entrySequence));
        message.put("caseload", "SWI");
        message.put("offenderIdDisplay", PRISONER);
        message.put("bookingId", "1234");
        message.put("nomisEventType", eventType);
        if (auditModule != null) {
            message.put("auditModuleName", auditModule);
        }
        return new Notification(UUID.randomUUID().toString(), eventType, message);
    }

    /** The event with one field replaced, or removed when {@code value} is null. */
    static Notification with(Notification event, String field, String value) {
        Map<String, Object> message = new LinkedHashMap<>(event.message());
        if (value == null) {
            message.remove(field);
        } else {
            message.put(field, value);
        }
        return new Notification(event.messageId(), event.eventType(), message);
    }

    Disposition deliver(Envelope message) {
        return deliver(message, 1);
    }

    Disposition deliver(Envelope message, int receiveCount) {
        return core.processor().handle(new InboundMessage(QUEUE, "msg-" + UUID.randomUUID(), receiveCount, message,
                message.toString(), Map.of()));
    }

    /** The delayed syncs queued so far, taken off the queue (the test delivers them when the grace period is up). */
    List<Envelope> takeQueued() {
        List<Envelope> queued = queues.messages(QUEUE).stream().map(InMemoryQueues.Entry::envelope).toList();
        queues.purge(QUEUE);
        return queued;
    }

    /** Lets the grace period pass and delivers every queued sync (and what they queue in turn). */
    void settle() {
        for (int i = 0; i < 10; i++) {
            List<Envelope> queued = takeQueued();
            if (queued.isEmpty()) {
                return;
            }
            clock.advance(Duration.ofSeconds(5));
            queued.forEach(this::deliver);
        }
    }
}
