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
    /** One field: its DPS (canonical) name, NOMIS's request name, and its path in NOMIS's listing. */
    record Field(String dps, String nomisRequest, String nomisListed) {
    }

    /** One kind on both wires. */
    record Wire(String nomisPath, String nomisList, String nomisListId, String nomisCreatedId, String dpsPath,
                String dpsList, List<Field> fields) {

        /** The canonical fields as NOMIS's request body. */
        Map<String, Object> nomisRequest(Map<String, Object> canonical) {
            Map<String, Object> body = new LinkedHashMap<>();
            for (Field f : fields) {
                if (canonical.get(f.dps()) != null) {
                    body.put(f.nomisRequest(), canonical.get(f.dps()));
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
