package org.prisonsync.simulator.adjustments;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.prisonsync.core.adjustments.AdjustmentCategory;
import org.prisonsync.core.adjustments.NomisAdjustment;
import org.prisonsync.simulator.DomainEvents;
import org.prisonsync.simulator.EventPublisher;

/**
 * The adjustment events the real systems publish. The adjustments API: {@code release-date-adjustments.adjustment.
 * inserted|updated|deleted} with {@code id}, {@code offenderNo} and {@code source} ({@code NOMIS} for a write made
 * through its legacy endpoints, {@code DPS} for its users') on {@value AdjustmentsSimulation#TO_NOMIS_QUEUE}. NOMIS:
 * {@code SENTENCE_ADJUSTMENT_UPSERTED|DELETED} and {@code KEY_DATE_ADJUSTMENT_UPSERTED|DELETED} offender events with the
 * writer's audit module ({@code DPS_SYNCHRONISATION} for writes through the prisoner API, {@code OIDSENAD} for a NOMIS
 * user's) on {@value AdjustmentsSimulation#FROM_NOMIS_QUEUE}.
 */
final class AdjustmentEvents {
    static final String API_AUDIT_MODULE = "DPS_SYNCHRONISATION";
    static final String NOMIS_SCREEN = "OIDSENAD";

    private final EventPublisher publisher;
    private final Clock clock;
    private final AtomicLong nextEventId = new AtomicLong(8_120_001);

    AdjustmentEvents(EventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    void dps(String change, String adjustmentId, String offenderNo, String source) {
        String eventType = "release-date-adjustments.adjustment." + change;
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", adjustmentId);
        info.put("offenderNo", offenderNo);
        info.put("source", source);
        publisher.publish(AdjustmentsSimulation.TO_NOMIS_QUEUE, eventType, DomainEvents.domainEvent(eventType, "1",
                "An adjustment has been " + change, clock, info));
    }

    void nomis(boolean deleted, NomisAdjustment adjustment, String auditModule) {
        String kind = adjustment.id().category() == AdjustmentCategory.SENTENCE ? "SENTENCE_ADJUSTMENT"
                : "KEY_DATE_ADJUSTMENT";
        String eventType = kind + (deleted ? "_DELETED" : "_UPSERTED");
        Map<String, Object> message = DomainEvents.offenderEvent(eventType, nextEventId.getAndIncrement(), clock);
        // numbers as strings, as the offender-events service sends them
        message.put("offenderIdDisplay", adjustment.offenderNo());
        message.put("bookingId", Long.toString(adjustment.bookingId()));
        if (adjustment.sentenceSequence() != null) {
            message.put("sentenceSeq", Long.toString(adjustment.sentenceSequence()));
        }
        message.put("adjustmentId", Long.toString(adjustment.id().id()));
        message.put("nomisEventType", deleted ? "SENT_ADJUST_DELETED" : "SENT_ADJUST_UPSERTED");
        message.put("auditModuleName", auditModule);
        publisher.publish(AdjustmentsSimulation.FROM_NOMIS_QUEUE, eventType, message);
    }
}
