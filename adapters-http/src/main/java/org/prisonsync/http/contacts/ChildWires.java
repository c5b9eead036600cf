package org.prisonsync.http.contacts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * One field: its DPS (canonical) name, NOMIS's request name, its path in NOMIS's listing, and what NOMIS is sent
     * when DPS holds nothing for a field NOMIS requires (null: left out).
     */
    record Field(String dps, String nomisRequest, String nomisListed, Object nomisDefault) {
        Field(String dps, String nomisRequest, String nomisListed) {
            this(dps, nomisRequest, nomisListed, null);
        }
    }

    /** One kind on both wires. */
    record Wire(String nomisPath, String nomisList, String nomisListId, String nomisCreatedId, String dpsPath,
                String dpsList, List<Field> fields) {

        /** The canonical fields as NOMIS's request body. */
        Map<String, Object> nomisRequest(Map<String, Object> canonical) {
            Map<String, Object> body = new LinkedHashMap<>();
            for (Field f : fields) {
                Object value = canonical.get(f.dps()) != null ? canonical.get(f.dps()) : f.nomisDefault();
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
                fields.put(f.dps(), value(entry.get(f.dps())));
            }
            return fields;
        }
    }

    private static final Map<String, Wire> WIRES = Map.of(
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
                            new Field("active", "active", "active"))));

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
