package org.prisonsync.core.casenotes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.message.OffenderEvent;

/**
 * Reading the case note events at the edge: a DPS note's id must be a uuid and a NOMIS note's id a positive number,
 * else the message is dead-lettered at once with that reason (no retry could make it valid).
 */
final class CaseNoteEvents {
    private CaseNoteEvents() {
    }

    /** {@code additionalInformation.id}, the DPS case note's uuid. */
    static String dpsId(DomainEvent event) {
        String id = event.requireInfoId("id");
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException("field 'additionalInformation.id' is not a uuid: " + Ids.quote(id));
        }
        return id;
    }

    /** Not ours to send: made in NOMIS (our own sync write) or marked by DPS as not for NOMIS. */
    static boolean notForNomis(DomainEvent event) {
        return event.originatesInNomis() || event.info("syncToNomis").map("false"::equalsIgnoreCase).orElse(false);
    }

    static Map<String, String> dpsProperties(DomainEvent event, String id) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("dpsCaseNoteId", id);
        props.put("dpsId", id); // the event trail's key, so `events --entity <uuid>` finds the note
        event.prisonerNumber().ifPresent(p -> props.put("offenderNo", p));
        event.info("type").ifPresent(t -> props.put("type", t));
        event.info("subType").ifPresent(t -> props.put("subType", t));
        return props;
    }

    /** {@code caseNoteId} of an {@code OFFENDER_CASE_NOTES-*} event. */
    static long nomisId(OffenderEvent event) {
        return event.requireLong("caseNoteId");
    }

    static Map<String, String> nomisProperties(OffenderEvent event, long id) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("nomisCaseNoteId", Long.toString(id));
        props.put("nomisId", Long.toString(id)); // the event trail's key
        event.field("bookingId").ifPresent(b -> props.put("bookingId", b));
        event.offenderIdDisplay().ifPresent(o -> props.put("offenderNo", o));
        event.auditModuleName().ifPresent(a -> props.put("auditModuleName", a));
        return props;
    }
}
