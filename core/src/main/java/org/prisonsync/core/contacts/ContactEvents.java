package org.prisonsync.core.contacts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.message.OffenderEvent;

/**
 * Reading the contacts events at the edge. Every id is a positive number in ASCII digits on both sides; anything else
 * is dead-lettered at once with that reason, since no retry could make it valid.
 */
final class ContactEvents {
    private ContactEvents() {
    }

    /** A numeric id of a DPS event's {@code additionalInformation} ({@code contactId}, {@code prisonerContactId}). */
    static long dpsId(DomainEvent event, String key) {
        String text = event.requireInfo(key);
        return Ids.parsePositiveLong(text).orElseThrow(() -> new InvalidMessageException(
                "field 'additionalInformation." + key + "' is not a positive number: " + Ids.quote(text)));
    }

    static Map<String, String> dpsProperties(DomainEvent event) {
        Map<String, String> props = new LinkedHashMap<>();
        event.info("contactId").ifPresent(id -> props.put("dpsContactId", id));
        event.info("prisonerContactId").ifPresent(id -> props.put("dpsPrisonerContactId", id));
        event.prisonerNumber().ifPresent(p -> props.put("offenderNo", p));
        return props;
    }

    /**
     * {@code personId} of a NOMIS event. {@code OFFENDER_CONTACT-*} events of a prisoner's relationship to another
     * prisoner carry none: those are not contacts in DPS (upstream ignores them, reason {@code PRISONER_TO_PRISONER}).
     */
    static boolean hasPerson(OffenderEvent event) {
        return event.fields().get("personId") != null;
    }

    static long personId(OffenderEvent event) {
        return event.requireLong("personId");
    }

    static Map<String, String> nomisProperties(OffenderEvent event) {
        Map<String, String> props = new LinkedHashMap<>();
        event.field("personId").ifPresent(id -> props.put("personId", id));
        event.field("contactId").ifPresent(id -> props.put("nomisContactId", id));
        event.field("bookingId").ifPresent(b -> props.put("bookingId", b));
        event.offenderIdDisplay().ifPresent(o -> props.put("offenderNo", o));
        event.auditModuleName().ifPresent(a -> props.put("auditModuleName", a));
        return props;
    }
}
