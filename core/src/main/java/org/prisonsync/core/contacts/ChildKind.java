package org.prisonsync.core.contacts;

import java.util.List;
import java.util.Objects;

/**
 * One kind of child record, declared once and served by one generic flow both ways (the plan in docs/architecture.md):
 * its parent and how each side's events name it, its mapping type, its events and their id fields on each side, how
 * NOMIS raises it ({@code INSERTED|UPDATED} or {@code UPSERTED}), whether DPS raises a delete, and its field names in
 * DPS's sync requests (the canonical names; each adapter translates them to its system's wire). What varies between
 * kinds lives here, so the flow itself never asks which kind it serves.
 *
 * @param name          short name used in telemetry and paths, e.g. {@code email} → {@code contact-email-create-success}
 * @param entityType    mapping entity type, e.g. {@code PERSON_EMAIL}
 * @param parent        what the record belongs to, and how each side's events name it
 * @param dpsEvent      DPS event prefix, e.g. {@code contacts-api.contact-email} (+ {@code .created|updated|deleted})
 * @param dpsIdField    the child's id in the DPS event's {@code additionalInformation}, e.g. {@code contactEmailId}
 * @param nomisEvent    NOMIS event prefix, e.g. {@code INTERNET_ADDRESSES_PERSON} (+ {@code -INSERTED|UPDATED|DELETED})
 * @param nomisIdField  the child's id in the NOMIS event, e.g. {@code internetAddressId}
 * @param nomisSequence true when NOMIS numbers the child per person (identifiers, employments): its mapping's NOMIS
 *                      side is then {@code personId:sequence}
 * @param nomisUpserts  true when NOMIS raises {@code -UPSERTED} for a create and an update alike (restrictions): one
 *                      with no mapping yet is a create (claimed), one with a mapping an update
 * @param dpsDeletes    false when DPS raises no {@code .deleted} event for the kind (contact restrictions): a NOMIS
 *                      delete still reaches DPS, a DPS-side delete does not exist
 * @param nomisFlag     for kinds whose NOMIS events share a type ({@code PHONES_PERSON-*}: a person's phones and an
 *                      address's), the boolean field telling them apart ({@code isAddress}; absent reads false);
 *                      null when the type is the kind's alone
 * @param nomisFlagValue the flag's value on this kind's events
 * @param fields        the compared and copied fields, under DPS's names
 */
public record ChildKind(String name, String entityType, Parent parent, String dpsEvent, String dpsIdField,
                        String nomisEvent, String nomisIdField, boolean nomisSequence, boolean nomisUpserts,
                        boolean dpsDeletes, String nomisFlag, boolean nomisFlagValue, List<String> fields) {

    /**
     * What a child record belongs to. A person is the same id on both sides (a NOMIS person is the DPS contact of its
     * id), so its mapping ({@link ContactsSync#PERSON}) says only whether it has been synchronised yet. A prisoner is
     * the same offender number on both sides and is never synchronised by us, so it has no mapping type at all: its
     * key is used as it is, on either side.
     *
     * @param dpsEventField   the parent's id in the DPS event's {@code additionalInformation}; null for a prisoner,
     *                        whom DPS names in {@code personReference} ({@code NOMS})
     * @param nomisEventField the parent's id in the NOMIS event
     * @param mappingType     the parent's mapping entity type: no mapping, no child yet (it awaits its parent); null
     *                        when the key is the same on both sides and needs none (a prisoner)
     * @param textKey         true when the parent's key is text (a prisoner's offender number), not a number; such a
     *                        parent is no person, so its records carry none ({@link ChildRecord#NO_PERSON})
     */
    public record Parent(String name, String dpsEventField, String nomisEventField, String mappingType,
                         boolean textKey) {
        public static final Parent PERSON = new Parent("person", "contactId", "personId", ContactsSync.PERSON, false);
        /** A person's relationship to a prisoner: a NOMIS contact ({@code contactPersonId}), a DPS prisoner contact. */
        public static final Parent RELATIONSHIP = new Parent("relationship", "prisonerContactId", "contactPersonId",
                ContactsSync.PERSON_CONTACT, false);
        /** One of a person's addresses, itself a child kind ({@link #ADDRESS}), mapped {@code PERSON_ADDRESS}. */
        public static final Parent ADDRESS = new Parent("address", "contactAddressId", "addressId", "PERSON_ADDRESS",
                false);
        /**
         * A prisoner, by offender number: NOMIS's events name it {@code offenderIdDisplay}, DPS's in
         * {@code personReference.identifiers[type=NOMS]}.
         */
        public static final Parent PRISONER = new Parent("prisoner", null, "offenderIdDisplay", null, true);

        public static final List<Parent> ALL = List.of(PERSON, RELATIONSHIP, ADDRESS, PRISONER);

        /** True when the parent needs a mapping before its children can be synchronised. */
        public boolean mapped() {
            return mappingType != null;
        }

        /** True when the parent is, or belongs to, a person (every parent but a prisoner). */
        public boolean hasPerson() {
            return !textKey;
        }
    }

    /** The parent this kind's records are to other kinds (an address to its phones), if they are one. */
    public java.util.Optional<Parent> asParent() {
        return Parent.ALL.stream().filter(p -> entityType.equals(p.mappingType())).findFirst();
    }

    public static final ChildKind EMAIL = ofPerson("email", "PERSON_EMAIL", "contacts-api.contact-email",
            "contactEmailId", "INTERNET_ADDRESSES_PERSON", "internetAddressId", List.of("emailAddress"));
    public static final ChildKind PHONE = ofPerson("phone", "PERSON_PHONE", "contacts-api.contact-phone",
            "contactPhoneId", "PHONES_PERSON", "phoneId", List.of("phoneType", "phoneNumber", "extNumber"))
            .flaggedInNomis("isAddress", false);
    public static final ChildKind IDENTITY = ofPerson("identity", "PERSON_IDENTIFIER",
            "contacts-api.contact-identity", "contactIdentityId", "PERSON_IDENTIFIERS", "identifierSequence",
            List.of("identityType", "identityValue", "issuingAuthority")).numberedPerPerson();
    public static final ChildKind EMPLOYMENT = ofPerson("employment", "PERSON_EMPLOYMENT",
            "contacts-api.employment", "employmentId", "PERSON_EMPLOYMENTS", "employmentSequence",
            List.of("organisationId", "active")).numberedPerPerson();

    public static final ChildKind ADDRESS = ofPerson("address", "PERSON_ADDRESS", "contacts-api.contact-address",
            "contactAddressId", "ADDRESSES_PERSON", "addressId", List.of("addressType", "primaryAddress",
                    "flat", "property", "street", "area", "cityCode", "countyCode", "postcode", "countryCode",
                    "mailFlag", "startDate", "endDate", "noFixedAddress", "comments"));

    /**
     * A person's (a DPS contact's) restriction: NOMIS's visitor restriction ({@code /persons/{personId}/restriction},
     * {@code VISITOR_RESTRICTION-UPSERTED|DELETED}); DPS raises no delete.
     */
    public static final ChildKind RESTRICTION = ofPerson("restriction", "PERSON_RESTRICTION",
            "contacts-api.contact-restriction", "contactRestrictionId", "VISITOR_RESTRICTION", "visitorRestrictionId",
            List.of("restrictionType", "startDate", "expiryDate", "comments")).upserted().withoutDpsDelete();

    /**
     * A relationship's restriction: NOMIS's contact restriction
     * ({@code /persons/{personId}/contact/{contactId}/restriction}, {@code PERSON_RESTRICTION-UPSERTED|DELETED} with
     * {@code offenderPersonRestrictionId}) ⇄ DPS's prisoner contact restriction; DPS raises no delete.
     */
    public static final ChildKind CONTACT_RESTRICTION = new ChildKind("prisoner-contact-restriction",
            "PERSON_CONTACT_RESTRICTION", Parent.RELATIONSHIP, "contacts-api.prisoner-contact-restriction",
            "prisonerContactRestrictionId", "PERSON_RESTRICTION", "offenderPersonRestrictionId", false, true, false,
            null, false, List.of("restrictionType", "startDate", "expiryDate", "comments"));

    /**
     * An address's phone: NOMIS {@code /persons/{personId}/address/{addressId}/phone}, raised as
     * {@code PHONES_PERSON-*} like a person's phone but with {@code isAddress} true and the {@code addressId}.
     */
    public static final ChildKind ADDRESS_PHONE = new ChildKind("address-phone", "PERSON_ADDRESS_PHONE",
            Parent.ADDRESS, "contacts-api.contact-address-phone", "contactAddressPhoneId", "PHONES_PERSON", "phoneId",
            false, false, true, "isAddress", true, List.of("phoneType", "phoneNumber", "extNumber"));

    /**
     * A prisoner's own restriction: NOMIS {@code /prisoners/{offenderNo}/restriction}, raised as
     * {@code RESTRICTION-UPSERTED|DELETED} with {@code offenderIdDisplay} and {@code offenderRestrictionId} ⇄ DPS's
     * prisoner restriction ({@code /sync/prisoner-restriction}, {@code personal-relationships-api.prisoner-restriction.*}
     * with {@code prisonerRestrictionId}), which DPS deletes too. Mapped {@code PRISONER_RESTRICTION} with the
     * offender number on the mapping, as upstream keeps it, so a prisoner's restrictions can be found and re-pointed.
     * The fields are DPS's names. Who entered it (NOMIS's required {@code enteredStaffUsername}, DPS's
     * {@code createdBy|updatedBy}) is not a field: as with the other restrictions, the adapters write the
     * synchronisation's own user. DPS's required {@code currentTerm} is not one either: NOMIS writes a prisoner's
     * restrictions on the latest booking, so what we write to DPS is of the current term.
     */
    public static final ChildKind PRISONER_RESTRICTION = new ChildKind("prisoner-restriction",
            ContactsSync.PRISONER_RESTRICTION, Parent.PRISONER, "personal-relationships-api.prisoner-restriction",
            "prisonerRestrictionId", "RESTRICTION", "offenderRestrictionId", false, true, true, null, false,
            List.of("restrictionType", "effectiveDate", "expiryDate", "commentText", "authorisedUsername"));

    /** Every kind the flow serves so far, each parent's kind before its children's. */
    public static final List<ChildKind> ALL = List.of(EMAIL, PHONE, IDENTITY, EMPLOYMENT, ADDRESS, RESTRICTION,
            CONTACT_RESTRICTION, ADDRESS_PHONE, PRISONER_RESTRICTION);

    public ChildKind {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(parent, "parent");
        fields = List.copyOf(fields);
    }

    private static ChildKind ofPerson(String name, String entityType, String dpsEvent, String dpsIdField,
                                      String nomisEvent, String nomisIdField, List<String> fields) {
        return new ChildKind(name, entityType, Parent.PERSON, dpsEvent, dpsIdField, nomisEvent, nomisIdField, false,
                false, true, null, false, fields);
    }

    private ChildKind numberedPerPerson() {
        return new ChildKind(name, entityType, parent, dpsEvent, dpsIdField, nomisEvent, nomisIdField, true,
                nomisUpserts, dpsDeletes, nomisFlag, nomisFlagValue, fields);
    }

    private ChildKind upserted() {
        return new ChildKind(name, entityType, parent, dpsEvent, dpsIdField, nomisEvent, nomisIdField, nomisSequence,
                true, dpsDeletes, nomisFlag, nomisFlagValue, fields);
    }

    private ChildKind withoutDpsDelete() {
        return new ChildKind(name, entityType, parent, dpsEvent, dpsIdField, nomisEvent, nomisIdField, nomisSequence,
                nomisUpserts, false, nomisFlag, nomisFlagValue, fields);
    }

    private ChildKind flaggedInNomis(String flag, boolean value) {
        return new ChildKind(name, entityType, parent, dpsEvent, dpsIdField, nomisEvent, nomisIdField, nomisSequence,
                nomisUpserts, dpsDeletes, flag, value, fields);
    }

    /**
     * Whether a NOMIS event of the kind's type is this kind's: always, unless the type is shared, when the flag says
     * (absent reads false; anything but {@code true|false} is not a valid event).
     */
    public boolean isNomisEventOf(org.prisonsync.core.message.OffenderEvent event) {
        if (nomisFlag == null) {
            return true;
        }
        String value = event.field(nomisFlag).orElse("false");
        if (!value.equals("true") && !value.equals("false")) {
            throw new org.prisonsync.core.message.InvalidMessageException("field '" + nomisFlag
                    + "' is not true or false: " + org.prisonsync.core.message.Ids.quote(value));
        }
        return Boolean.parseBoolean(value) == nomisFlagValue;
    }

    /** The kinds whose records belong to that parent: what a resynchronise of the parent rebuilds. */
    public static List<ChildKind> ofParent(Parent parent) {
        return ALL.stream().filter(k -> k.parent.equals(parent)).toList();
    }

    /** The NOMIS event types of the kind, create first: {@code -INSERTED, -UPDATED} or {@code -UPSERTED}. */
    public String nomisCreated() {
        return nomisEvent + (nomisUpserts ? "-UPSERTED" : "-INSERTED");
    }

    /** The NOMIS side of a mapping: the child's id, or {@code personId:sequence}. */
    public String nomisKey(long personId, long nomisId) {
        return nomisSequence ? personId + ":" + nomisId : Long.toString(nomisId);
    }

    /** The NOMIS child id (or sequence) of a mapping's NOMIS side. */
    public long nomisIdOf(String nomisKey) {
        return Long.parseLong(nomisSequence ? nomisKey.substring(nomisKey.indexOf(':') + 1) : nomisKey);
    }

    /**
     * Telemetry prefix, as upstream names contacts' children: {@code contact-email}, {@code contact-employment}; a
     * relationship's or a prisoner's kinds by their own name ({@code prisoner-contact-restriction},
     * {@code prisoner-restriction}).
     */
    public String telemetry() {
        return parent.equals(Parent.PERSON) ? "contact-" + name : name;
    }
}
