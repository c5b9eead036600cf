package org.prisonsync.core.alerts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.message.OffenderEvent;

/** Reading the alert events: the ids they carry and the telemetry properties every alert outcome starts with. */
final class AlertEvents {
    /** Alert codes are at most 12 characters (the alerts API's {@code alertCode}). */
    static final int MAX_ALERT_CODE = 12;
    private AlertEvents() {
    }

    static Map<String, String> dpsProperties(DomainEvent event, String uuid) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("alertUuid", uuid);
        event.info("alertCode").ifPresent(c -> props.put("alertCode",
                Ids.requireMaxLength(c, MAX_ALERT_CODE, "additionalInformation.alertCode")));
        event.prisonerNumber().ifPresent(p -> props.put("offenderNo", p));
        return props;
    }

    /** {@code bookingId} and {@code alertSeq} of an {@code ALERT-*} offender event (positive; DPS keeps an int seq). */
    static NomisAlertId nomisId(OffenderEvent event) {
        return new NomisAlertId(event.requireLong("bookingId"), event.requireIntId("alertSeq"));
    }

    static Map<String, String> nomisProperties(OffenderEvent event, NomisAlertId id) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("bookingId", Long.toString(id.bookingId()));
        props.put("alertSequence", Long.toString(id.alertSequence()));
        props.put("nomisId", id.key());
        event.offenderIdDisplay().ifPresent(o -> props.put("offenderNo", o));
        event.auditModuleName().ifPresent(a -> props.put("auditModuleName", a));
        return props;
    }
}
