package org.prisonsync.core.contacts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
        if (key.equals(CONTACT_ID)) {
            return contactId(event);
        }
        String text = event.requireInfo(key);
        return Ids.parsePositiveLong(text).orElseThrow(() -> new InvalidMessageException(
                "field 'additionalInformation." + key + "' is not a positive number: " + Ids.quote(text)));
    }

    static final String CONTACT_ID = "contactId";

    /**
     * The contact a DPS event concerns: {@code additionalInformation.contactId}, or else
     * {@code personReference.identifiers[type=DPS_CONTACT_ID]}, where the personal relationships API names it on its
     * child and relationship events. Whichever is read must be a positive number in ASCII digits.
     */
    static long contactId(DomainEvent event) {
        Optional<String> info = event.info(CONTACT_ID);
        if (info.isPresent()) {
            return Ids.parsePositiveLong(info.get()).orElseThrow(() -> new InvalidMessageException(
                    "field 'additionalInformation.contactId' is not a positive number: " + Ids.quote(info.get())));
        }
        String text = event.dpsContactId().orElseThrow(() -> new InvalidMessageException(
                "missing contact: neither additionalInformation.contactId nor personReference DPS_CONTACT_ID"));
        return Ids.parsePositiveLong(text).orElseThrow(() -> new InvalidMessageException(
                "field 'personReference.identifiers[DPS_CONTACT_ID].value' is not a positive number: "
                        + Ids.quote(text)));
    }

    /** The contact's id as the event sent it, from either place, for telemetry; unchecked. */
    static Optional<String> contactIdText(DomainEvent event) {
        return event.info(CONTACT_ID).or(event::dpsContactId);
    }

    static Map<String, String> dpsProperties(DomainEvent event) {
        Map<String, String> props = new LinkedHashMap<>();
        contactIdText(event).ifPresent(id -> props.put("dpsContactId", id));
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
