package org.prisonsync.core.contacts;

import java.util.List;
import java.util.Objects;

/**
 * One kind of a person's child record, declared once and served by one generic flow both ways (the plan in
 * docs/architecture.md): its mapping type, its events and their id fields on each side, and its field names in DPS's
 * sync requests (the canonical names; each adapter translates them to its system's wire).
 *
 * @param name             short name used in telemetry and paths, e.g. {@code email} → {@code contact-email-create-success}
 * @param entityType       mapping entity type, e.g. {@code PERSON_EMAIL}
 * @param dpsEvent         DPS event prefix, e.g. {@code contacts-api.contact-email} (+ {@code .created|updated|deleted})
 * @param dpsIdField       the child's id in the DPS event's {@code additionalInformation}, e.g. {@code contactEmailId}
 * @param nomisEvent       NOMIS event prefix, e.g. {@code INTERNET_ADDRESSES_PERSON} (+ {@code -INSERTED|UPDATED|DELETED})
 * @param nomisIdField     the child's id in the NOMIS event, e.g. {@code internetAddressId}
 * @param nomisSequence    true when NOMIS numbers the child per person (identifiers, employments): its mapping's NOMIS
 *                         side is then {@code personId:sequence}
 * @param fields           the compared and copied fields, under DPS's names
 */
public record ChildKind(String name, String entityType, String dpsEvent, String dpsIdField, String nomisEvent,
                        String nomisIdField, boolean nomisSequence, List<String> fields) {
    public static final ChildKind EMAIL = new ChildKind("email", "PERSON_EMAIL", "contacts-api.contact-email",
            "contactEmailId", "INTERNET_ADDRESSES_PERSON", "internetAddressId", false, List.of("emailAddress"));
    public static final ChildKind PHONE = new ChildKind("phone", "PERSON_PHONE", "contacts-api.contact-phone",
            "contactPhoneId", "PHONES_PERSON", "phoneId", false, List.of("phoneType", "phoneNumber", "extNumber"));
    public static final ChildKind IDENTITY = new ChildKind("identity", "PERSON_IDENTIFIER",
            "contacts-api.contact-identity", "contactIdentityId", "PERSON_IDENTIFIERS", "identifierSequence", true,
            List.of("identityType", "identityValue", "issuingAuthority"));
    public static final ChildKind EMPLOYMENT = new ChildKind("employment", "PERSON_EMPLOYMENT",
            "contacts-api.employment", "employmentId", "PERSON_EMPLOYMENTS", "employmentSequence", true,
            List.of("organisationId", "active"));

    public static final ChildKind ADDRESS = new ChildKind("address", "PERSON_ADDRESS", "contacts-api.contact-address",
            "contactAddressId", "ADDRESSES_PERSON", "addressId", false, List.of("addressType", "primaryAddress",
                    "flat", "property", "street", "area", "cityCode", "countyCode", "postcode", "countryCode",
                    "mailFlag", "startDate", "endDate", "noFixedAddress", "comments"));

    /** Every kind the flow serves so far. */
    public static final List<ChildKind> ALL = List.of(EMAIL, PHONE, IDENTITY, EMPLOYMENT, ADDRESS);

    public ChildKind {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entityType, "entityType");
        fields = List.copyOf(fields);
    }

    /** The NOMIS side of a mapping: the child's id, or {@code personId:sequence}. */
    public String nomisKey(long personId, long nomisId) {
        return nomisSequence ? personId + ":" + nomisId : Long.toString(nomisId);
    }

    /** The NOMIS child id (or sequence) of a mapping's NOMIS side. */
    public long nomisIdOf(String nomisKey) {
        return Long.parseLong(nomisSequence ? nomisKey.substring(nomisKey.indexOf(':') + 1) : nomisKey);
    }

    /** Telemetry prefix, as upstream names contacts' children: {@code contact-email}, {@code contact-employment}. */
    public String telemetry() {
        return "contact-" + name;
    }
}
