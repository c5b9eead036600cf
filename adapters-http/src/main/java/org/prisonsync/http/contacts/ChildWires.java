package org.prisonsync.http.contacts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.prisonsync.core.contacts.ChildKind;

/**
 * How each {@link ChildKind} looks on the wire of each system: NOMIS's path under {@code /persons/{personId}}, its
 * request field names (its own: {@code email}, {@code typeCode}, {@code corporateId} …), where {@code ContactPerson}
 * lists it and under which names (codes nested as {@code type.code}); DPS's {@code /sync} path and where
 * {@code SyncContactReconcile} lists it (DPS's names are the canonical ones). Values read are normalised (whole
 * numbers as {@code Long}) so records read from either side compare equal.
 */
final class ChildWires {
    /**
     * One field: its DPS (canonical) name, NOMIS's request name, its path in NOMIS's listing (null: NOMIS's request
     * only, never read back nor compared), and what NOMIS is sent when DPS holds nothing for a field NOMIS requires
     * (null: left out; a {@link Supplier}: asked at each request, e.g. today's date).
     */
    record Field(String dps, String nomisRequest, String nomisListed, Object nomisDefault) {
        Field(String dps, String nomisRequest, String nomisListed) {
            this(dps, nomisRequest, nomisListed, null);
        }

        Object nomisValue(Map<String, Object> canonical) {
            Object value = dps == null ? null : canonical.get(dps);
            if (value != null) {
                return value;
            }
            return nomisDefault instanceof Supplier<?> supplier ? supplier.get() : nomisDefault;
        }
    }

    /**
     * Who NOMIS records as having entered a restriction it is sent ({@code enteredStaffUsername}, required): the
     * synchronisation's own user, as DPS's sync writes are recorded.
     */
    static final String ENTERED_STAFF = OkHttpContactsDpsApi.SYNC_USER;

    /** One kind on both wires. */
    record Wire(String nomisPath, String nomisList, String nomisListId, String nomisCreatedId, String dpsPath,
                String dpsList, List<Field> fields) {

        /** The canonical fields as NOMIS's request body. */
        Map<String, Object> nomisRequest(Map<String, Object> canonical) {
            Map<String, Object> body = new LinkedHashMap<>();
            for (Field f : fields) {
                Object value = f.nomisValue(canonical);
                if (value != null) {
                    body.put(f.nomisRequest(), value);
                }
            }
            return body;
        }

        /** A NOMIS listing entry's fields under the canonical names. */
        Map<String, Object> fromNomis(JsonNode entry) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (Field f : this.fields) {
                if (f.nomisListed() == null) {
                    continue;
                }
                JsonNode value = entry;
                for (String step : f.nomisListed().split("\\.")) {
                    value = value == null ? null : value.get(step);
                }
                fields.put(f.dps(), value(value));
            }
            return fields;
        }

        /** A DPS entry's fields (the canonical names). */
        Map<String, Object> fromDps(JsonNode entry) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (Field f : this.fields) {
                if (f.dps() == null) {
                    continue;
                }
                fields.put(f.dps(), value(entry.get(f.dps())));
            }
            return fields;
        }
    }

    /**
     * Where a parent's children live on each wire: NOMIS's path segments after {@code /persons/{personId}} (none for
     * the person; {@code contact/{contactId}} for a relationship) and the list in {@code ContactPerson} holding the
     * parent (null: the person itself; {@code contacts} by {@code id}); DPS's list in {@code SyncContactReconcile}
     * holding it ({@code relationships} by {@code prisonerContactId}) and whether DPS's update request names the
     * parent ({@code SyncUpdateContactRestrictionRequest} requires {@code contactId};
     * {@code SyncUpdatePrisonerContactRestrictionRequest} has no {@code prisonerContactId}).
     */
    record ParentWire(String nomisSegment, String nomisList, String nomisListId, String dpsList, String dpsListId,
                      boolean dpsUpdateNamesParent) {

        /** NOMIS's path to the child kind under the parent. */
        String[] nomisPath(long personId, long parentId, Wire wire, String... more) {
            List<String> path = new java.util.ArrayList<>(List.of("persons", Long.toString(personId)));
            if (nomisSegment != null) {
                path.addAll(List.of(nomisSegment, Long.toString(parentId)));
            }
            path.add(wire.nomisPath());
            path.addAll(List.of(more));
            return path.toArray(String[]::new);
        }

        /** The parent's node in a NOMIS person or a DPS reconcile view; null when it is not there. */
        JsonNode parentIn(JsonNode root, String list, String listId, long parentId) {
            if (list == null) {
                return root;
            }
            JsonNode entries = root.get(list);
            if (entries != null) {
                for (JsonNode entry : entries) {
                    if (entry.get(listId) != null && entry.get(listId).longValue() == parentId) {
                        return entry;
                    }
                }
            }
            return null;
        }
    }

    private static final Map<ChildKind.Parent, ParentWire> PARENTS = Map.of(
            ChildKind.Parent.PERSON, new ParentWire(null, null, null, null, null, true),
            ChildKind.Parent.RELATIONSHIP, new ParentWire("contact", "contacts", "id", "relationships",
                    "prisonerContactId", false),
            // PersonAddress.phoneNumbers; ReconcileAddress.addressPhones; SyncUpdateContactAddressPhoneRequest has
            // no contactAddressId
            ChildKind.Parent.ADDRESS, new ParentWire("address", "addresses", "addressId", "addresses",
                    "contactAddressId", false));

    static ParentWire parentOf(ChildKind kind) {
        ParentWire wire = PARENTS.get(kind.parent());
        if (wire == null) {
            throw new IllegalArgumentException("no wire for parent " + kind.parent().name());
        }
        return wire;
    }

    /** NOMIS's restriction request and listing, the same under a person and under a contact. */
    private static List<Field> restrictionFields() {
        return List.of(new Field("restrictionType", "typeCode", "type.code"),
                new Field("startDate", "effectiveDate", "effectiveDate",
                        (Supplier<String>) () -> LocalDate.now().toString()),
                new Field("expiryDate", "expiryDate", "expiryDate"),
                new Field("comments", "comment", "comment"),
                new Field(null, "enteredStaffUsername", null, ENTERED_STAFF));
    }

    private static final Map<String, Wire> WIRES = Map.of(
            // an address's phone: NOMIS CreatePersonPhoneRequest under /address/{addressId}, answered {phoneId};
            // DPS SyncContactAddressPhone
            ChildKind.ADDRESS_PHONE.name(), new Wire("phone", "phoneNumbers", "phoneId", "phoneId",
                    "contact-address-phone", "addressPhones", List.of(new Field("phoneType", "typeCode", "type.code"),
                            new Field("phoneNumber", "number", "number"),
                            new Field("extNumber", "extension", "extension"))),
            // a relationship's restriction: NOMIS's contact restriction (PersonContact.restrictions) ⇄ DPS's prisoner
            // contact restriction (SyncPrisonerContactRestriction; listed as relationshipRestrictions)
            ChildKind.CONTACT_RESTRICTION.name(), new Wire("restriction", "restrictions", "id", "id",
                    "prisoner-contact-restriction", "relationshipRestrictions", restrictionFields()),
            // a person's restriction: NOMIS's visitor restriction (CreateContactPersonRestrictionRequest, answered
            // {id}; listed as ContactPerson.restrictions) ⇄ DPS's contact restriction (SyncContactRestriction)
            ChildKind.RESTRICTION.name(), new Wire("restriction", "restrictions", "id", "id", "contact-restriction",
                    "restrictions", restrictionFields()),
            ChildKind.ADDRESS.name(), new Wire("address", "addresses", "addressId", "personAddressId",
                    "contact-address", "addresses", List.of(new Field("addressType", "typeCode", "type.code"),
                            new Field("primaryAddress", "primaryAddress", "primaryAddress", false),
                            new Field("flat", "flat", "flat"), new Field("property", "premise", "premise"),
                            new Field("street", "street", "street"), new Field("area", "locality", "locality"),
                            new Field("cityCode", "cityCode", "city.code"),
                            new Field("countyCode", "countyCode", "county.code"),
                            new Field("postcode", "postcode", "postcode"),
                            new Field("countryCode", "countryCode", "country.code"),
                            new Field("mailFlag", "mailAddress", "mailAddress", false),
                            new Field("startDate", "startDate", "startDate"),
                            new Field("endDate", "endDate", "endDate"),
                            new Field("noFixedAddress", "noFixedAddress", "noFixedAddress"),
                            new Field("comments", "comment", "comment"))),
            ChildKind.EMAIL.name(), new Wire("email", "emailAddresses", "emailAddressId", "emailAddressId",
                    "contact-email", "emails", List.of(new Field("emailAddress", "email", "email"))),
            ChildKind.PHONE.name(), new Wire("phone", "phoneNumbers", "phoneId", "phoneId", "contact-phone", "phones",
                    List.of(new Field("phoneType", "typeCode", "type.code"),
                            new Field("phoneNumber", "number", "number"),
                            new Field("extNumber", "extension", "extension"))),
            ChildKind.IDENTITY.name(), new Wire("identifier", "identifiers", "sequence", "sequence",
                    "contact-identity", "identities",
                    List.of(new Field("identityType", "typeCode", "type.code"),
                            new Field("identityValue", "identifier", "identifier"),
                            new Field("issuingAuthority", "issuedAuthority", "issuedAuthority"))),
            ChildKind.EMPLOYMENT.name(), new Wire("employment", "employments", "sequence", "sequence", "employment",
                    "employments", List.of(new Field("organisationId", "corporateId", "corporate.id"),
                            new Field("active", "active", "active"))),
            // a prisoner's restriction: NOMIS /prisoners/{offenderNo}/restriction (Create|UpdatePrisonerRestriction
            // Request, answered {id}; listed as PrisonerWithRestrictions.restrictions) ⇄ DPS /sync/prisoner-restriction
            // (SyncPrisonerRestriction; listed by /prisoner-restrictions/{prisonerNumber} as content). Both sides
            // require who authorised it, carried as a field; who entered it is the synchronisation's own user.
            ChildKind.PRISONER_RESTRICTION.name(), new Wire("restriction", "restrictions", "id", "id",
                    "prisoner-restriction", "content", List.of(new Field("restrictionType", "typeCode", "type.code"),
                            new Field("effectiveDate", "effectiveDate", "effectiveDate",
                                    (Supplier<String>) () -> LocalDate.now().toString()),
                            new Field("expiryDate", "expiryDate", "expiryDate"),
                            new Field("commentText", "comment", "comment"),
                            new Field("authorisedUsername", "authorisedStaffUsername", "authorisedStaff.username"),
                            new Field(null, "enteredStaffUsername", null, ENTERED_STAFF))));

    private ChildWires() {
    }

    static Wire of(ChildKind kind) {
        Wire wire = WIRES.get(kind.name());
        if (wire == null) {
            throw new IllegalArgumentException("no wire for child kind " + kind.name());
        }
        return wire;
    }

    /** A JSON value as the records hold it: text, boolean, whole numbers as {@code Long}; null when absent. */
    static Object value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return node.asText();
    }
}
