package org.prisonsync.simulator.alerts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.alerts.DpsAlert;
import org.prisonsync.core.alerts.NomisAlert;
import org.prisonsync.core.alerts.NomisAlertId;

/**
 * Alerts as the real services write them: NOMIS's {@code AlertResponse} / {@code CreateAlertResponse} and the alerts
 * API's {@code Alert}. The simulator keeps no reference data, so an alert's type is the first letter of its code
 * (as in NOMIS, where {@code HA} is of type {@code H}) and descriptions repeat the codes.
 */
final class AlertWire {
    private AlertWire() {
    }

    static String typeOf(String alertCode) {
        return alertCode.substring(0, 1);
    }

    static Map<String, Object> nomisCreated(NomisAlertId id, String alertCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bookingId", id.bookingId());
        body.put("alertSequence", id.alertSequence());
        body.put("alertCode", codeDescription(alertCode));
        body.put("type", codeDescription(typeOf(alertCode)));
        return body;
    }

    static Map<String, Object> nomisAlert(NomisAlert a) {
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("createDatetime", a.createdAt());
        audit.put("createUsername", a.createUsername());
        audit.put("createDisplayName", a.createDisplayName());
        audit.put("modifyDatetime", a.modifiedAt());
        audit.put("modifyUserId", a.modifyUsername());
        audit.put("modifyDisplayName", a.modifyDisplayName());
        audit.put("auditModuleName", a.auditModuleName());
        audit.put("auditAdditionalInfo", a.auditAdditionalInfo());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bookingId", a.id().bookingId());
        body.put("bookingSequence", a.bookingSequence());
        body.put("alertSequence", a.id().alertSequence());
        body.put("alertCode", codeDescription(a.alertCode()));
        body.put("type", codeDescription(typeOf(a.alertCode())));
        body.put("date", a.date());
        body.put("expiryDate", a.expiryDate());
        body.put("isActive", a.active());
        body.put("isVerified", false);
        body.put("authorisedBy", a.authorisedBy());
        body.put("comment", a.comment());
        body.put("audit", audit);
        return body;
    }

    static Map<String, Object> dpsAlert(DpsAlert a) {
        Map<String, Object> code = new LinkedHashMap<>();
        code.put("alertTypeCode", typeOf(a.alertCode()));
        code.put("alertTypeDescription", typeOf(a.alertCode()));
        code.put("code", a.alertCode());
        code.put("description", a.alertCode());
        code.put("canBeAdministered", true);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alertUuid", a.alertUuid());
        body.put("prisonNumber", a.prisonNumber());
        body.put("alertCode", code);
        body.put("description", a.description());
        body.put("authorisedBy", a.authorisedBy());
        body.put("activeFrom", a.activeFrom());
        body.put("activeTo", a.activeTo());
        body.put("isActive", a.active());
        body.put("createdAt", a.createdAt());
        body.put("createdBy", a.createdBy());
        body.put("createdByDisplayName", a.createdBy());
        body.put("lastModifiedBy", a.lastModifiedBy());
        body.put("lastModifiedByDisplayName", a.lastModifiedBy());
        return body;
    }

    private static Map<String, Object> codeDescription(String code) {
        return Map.of("code", code, "description", code);
    }
}
