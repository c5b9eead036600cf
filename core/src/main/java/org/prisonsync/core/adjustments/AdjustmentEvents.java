package org.prisonsync.core.adjustments;

import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.OffenderEvent;

/**
 * The strict reading of the adjustment events at the edge. DPS's {@code release-date-adjustments.adjustment.*}:
 * {@code additionalInformation.id} a text id (a uuid) and {@code additionalInformation.offenderNo} a prisoner number.
 * NOMIS's {@code SENTENCE_ADJUSTMENT_*} / {@code KEY_DATE_ADJUSTMENT_*}: {@code adjustmentId} and {@code bookingId}
 * positive ASCII numbers, {@code offenderIdDisplay} a prisoner number. Anything else is refused naming the field, and
 * the message is dead-lettered at once.
 */
final class AdjustmentEvents {
    private AdjustmentEvents() {
    }

    record DpsChange(String adjustmentId, String offenderNo, boolean fromNomis) {
    }

    record NomisChange(NomisAdjustmentId id, long bookingId, String offenderNo) {
    }

    static DpsChange dps(DomainEvent event) {
        return new DpsChange(event.requireInfoId("id"), event.requireInfoPrisoner("offenderNo"),
                event.originatesInNomis());
    }

    static NomisChange nomis(OffenderEvent event, AdjustmentCategory category) {
        return new NomisChange(new NomisAdjustmentId(category, event.requireLong("adjustmentId")),
                event.requireLong("bookingId"), event.requireOffender());
    }

    static Map<String, String> dpsProperties(DpsChange change) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("adjustmentId", change.adjustmentId());
        props.put("offenderNo", change.offenderNo());
        return props;
    }

    static Map<String, String> nomisProperties(OffenderEvent event, NomisChange change) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("nomisAdjustmentId", Long.toString(change.id().id()));
        props.put("nomisAdjustmentCategory", change.id().category().code());
        props.put("bookingId", Long.toString(change.bookingId()));
        props.put("offenderNo", change.offenderNo());
        event.auditModuleName().ifPresent(a -> props.put("auditModuleName", a));
        return props;
    }
}
