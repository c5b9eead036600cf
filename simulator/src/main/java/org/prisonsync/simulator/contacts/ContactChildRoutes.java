package org.prisonsync.simulator.contacts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.contacts.ChildKind;
import org.prisonsync.core.contacts.ChildRecord;
import org.prisonsync.core.contacts.inmemory.InMemoryContactsDpsApi;
import org.prisonsync.core.contacts.inmemory.InMemoryContactsNomisApi;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.store.RouteTable;
import org.prisonsync.simulator.store.RouteTable.Method;

/**
 * A person's child records (emails, phones, identifiers, employments, addresses, restrictions) at both systems' real paths over the twins:
 * NOMIS {@code /persons/{personId}/<kind>[/{id}]} in NOMIS's field names, DPS {@code /sync/<kind>[/{id}]} in DPS's.
 * The simulator keeps its own description of each wire rather than sharing the adapters': it stands for the real
 * services, so a wrong field name in an adapter shows up as a 400 here instead of agreeing with itself.
 */
final class ContactChildRoutes {
    /** One field: DPS's name, NOMIS's request name, and its path in NOMIS's {@code ContactPerson} listing. */
    record Field(String dps, String nomis, String nomisListed) {
    }

    /**
     * One kind on both wires, as the upstream documents describe it; {@code nomisRequired} the request fields NOMIS
     * refuses a write without (400), {@code nomisRequestOnly} those it takes but the twin does not keep as the record's
     * fields (who entered a restriction).
     */
    record Wire(ChildKind kind, String nomisPath, String nomisList, String nomisId, String dpsPath, String dpsList,
                List<Field> fields, List<String> nomisRequired, List<String> nomisRequestOnly) {
        Wire(ChildKind kind, String nomisPath, String nomisList, String nomisId, String dpsPath, String dpsList,
             List<Field> fields) {
            this(kind, nomisPath, nomisList, nomisId, dpsPath, dpsList, fields, List.of(), List.of());
        }
    }

    // NOMIS requires primaryAddress and mailAddress on an address; the simulator reads them as given (absent: false)
    static final List<Wire> WIRES = List.of(
            new Wire(ChildKind.EMAIL, "email", "emailAddresses", "emailAddressId", "contact-email", "emails",
                    List.of(new Field("emailAddress", "email", "email"))),
            new Wire(ChildKind.PHONE, "phone", "phoneNumbers", "phoneId", "contact-phone", "phones",
                    List.of(new Field("phoneType", "typeCode", "type.code"), new Field("phoneNumber", "number", "number"),
                            new Field("extNumber", "extension", "extension"))),
            new Wire(ChildKind.IDENTITY, "identifier", "identifiers", "sequence", "contact-identity", "identities",
                    List.of(new Field("identityType", "typeCode", "type.code"),
                            new Field("identityValue", "identifier", "identifier"),
                            new Field("issuingAuthority", "issuedAuthority", "issuedAuthority"))),
            new Wire(ChildKind.EMPLOYMENT, "employment", "employments", "sequence", "employment", "employments",
                    List.of(new Field("organisationId", "corporateId", "corporate.id"),
                            new Field("active", "active", "active"))),
            new Wire(ChildKind.ADDRESS, "address", "addresses", "addressId", "contact-address", "addresses",
                    List.of(new Field("addressType", "typeCode", "type.code"),
                            new Field("primaryAddress", "primaryAddress", "primaryAddress"),
                            new Field("flat", "flat", "flat"), new Field("property", "premise", "premise"),
                            new Field("street", "street", "street"), new Field("area", "locality", "locality"),
                            new Field("cityCode", "cityCode", "city.code"),
                            new Field("countyCode", "countyCode", "county.code"),
                            new Field("postcode", "postcode", "postcode"),
                            new Field("countryCode", "countryCode", "country.code"),
                            new Field("mailFlag", "mailAddress", "mailAddress"),
                            new Field("startDate", "startDate", "startDate"),
                            new Field("endDate", "endDate", "endDate"),
                            new Field("noFixedAddress", "noFixedAddress", "noFixedAddress"),
                            new Field("comments", "comment", "comment"))),
            // CreateContactPersonRestrictionRequest / UpdateContactPersonRestrictionRequest, answered {id};
            // ContactPerson.restrictions lists ContactRestriction
            new Wire(ChildKind.RESTRICTION, "restriction", "restrictions", "id", "contact-restriction", "restrictions",
                    List.of(new Field("restrictionType", "typeCode", "type.code"),
                            new Field("startDate", "effectiveDate", "effectiveDate"),
                            new Field("expiryDate", "expiryDate", "expiryDate"),
                            new Field("comments", "comment", "comment")),
                    List.of("typeCode", "effectiveDate", "enteredStaffUsername"), List.of("enteredStaffUsername")),
            // the same request under a contact; PersonContact.restrictions; SyncPrisonerContactRestriction, listed
            // in SyncContactReconcile as a relationship's relationshipRestrictions
            new Wire(ChildKind.CONTACT_RESTRICTION, "restriction", "restrictions", "id",
                    "prisoner-contact-restriction", "relationshipRestrictions",
                    List.of(new Field("restrictionType", "typeCode", "type.code"),
                            new Field("startDate", "effectiveDate", "effectiveDate"),
                            new Field("expiryDate", "expiryDate", "expiryDate"),
                            new Field("comments", "comment", "comment")),
                    List.of("typeCode", "effectiveDate", "enteredStaffUsername"), List.of("enteredStaffUsername")),
            // CreatePersonPhoneRequest under an address, answered {phoneId}; PersonAddress.phoneNumbers;
            // SyncContactAddressPhone, listed as ReconcileAddress.addressPhones
            new Wire(ChildKind.ADDRESS_PHONE, "phone", "phoneNumbers", "phoneId", "contact-address-phone",
                    "addressPhones", List.of(new Field("phoneType", "typeCode", "type.code"),
                            new Field("phoneNumber", "number", "number"),
                            new Field("extNumber", "extension", "extension")),
                    List.of("typeCode", "number"), List.of()));

    /** The child kinds that are themselves parents, and which parent they are. */
    private static final Map<ChildKind, ChildKind.Parent> PARENT_KINDS = Map.of(ChildKind.ADDRESS,
            ChildKind.Parent.ADDRESS);

    /** The wires of the kinds under one parent. */
    static List<Wire> under(ChildKind.Parent parent) {
        return WIRES.stream().filter(w -> w.kind().parent().equals(parent)).toList();
    }

    /**
     * NOMIS's path to a kind under its parent ({@code /persons/{personId}/…}, {@code …/contact/{contactId}/…}), and
     * the path parameter naming the parent.
     */
    private static String nomisBase(Wire wire) {
        String param = nomisParentParam(wire);
        return wire.kind().parent().equals(ChildKind.Parent.PERSON) ? "/persons/{personId}/"
                : "/persons/{personId}/" + (param.equals("contactId") ? "contact" : "address") + "/{" + param + "}/";
    }

    private static String nomisParentParam(Wire wire) {
        ChildKind.Parent parent = wire.kind().parent();
        return parent.equals(ChildKind.Parent.PERSON) ? "personId"
                : parent.equals(ChildKind.Parent.RELATIONSHIP) ? "contactId" : "addressId";
    }

    private static long nomisParent(Wire wire, Context ctx) {
        return Params.positiveLong(ctx, nomisParentParam(wire));
    }

    private ContactChildRoutes() {
    }

    static RouteTable table(InMemoryContactsNomisApi nomis, InMemoryContactsDpsApi dps, ObjectMapper mapper) {
        RouteTable.Builder table = RouteTable.builder();
        for (Wire wire : WIRES) {
            ChildKind kind = wire.kind();
            String nomisChild = nomisBase(wire) + wire.nomisPath() + "/{id}";
            table.hook(Method.POST, nomisBase(wire) + wire.nomisPath(), ctx -> {
                long personId = Params.positiveLong(ctx, "personId");
                long parentId = nomisParent(wire, ctx);
                Map<String, Object> fields = nomisFields(wire, ctx, mapper);
                long id = written(() -> nomis.createChild(kind, personId, parentId, fields));
                ctx.status(201).json(Map.of(wire.nomisId(), id));
            }).change(Method.PUT, nomisChild, ctx -> {
                Map<String, Object> fields = nomisFields(wire, ctx, mapper);
                written(() -> {
                    nomis.updateChild(kind, Params.positiveLong(ctx, "personId"), nomisParent(wire, ctx),
                            Params.positiveLong(ctx, "id"), fields);
                    return 0L;
                });
            }).delete(nomisChild, ctx -> new long[] {Params.positiveLong(ctx, "personId"), nomisParent(wire, ctx),
                    Params.positiveLong(ctx, "id")}, (long[] key) -> {
                        nomis.deleteChild(kind, key[0], key[1], key[2]);
                    });
            String dpsChild = "/sync/" + wire.dpsPath() + "/{id}";
            table.find(dpsChild, ctx -> Params.positiveLong(ctx, "id"), id -> dps.child(kind, id),
                    child -> dpsWire(wire, child), id -> kind.name() + " " + id + " not found")
                    .hook(Method.POST, "/sync/" + wire.dpsPath(), ctx -> {
                        String parentField = kind.parent().dpsEventField();
                        JsonBody body = dpsBody(wire, ctx, mapper, parentField, "createdBy", "createdTime");
                        long parentId = body.optionalLong(parentField)
                                .orElseThrow(() -> ApiError.badRequest(parentField + " is required"));
                        Map<String, Object> fields = dpsFields(wire, body);
                        long id = written(() -> dps.createChild(kind, parentId, fields));
                        ctx.status(201).json(dpsWire(wire, dps.child(kind, id).orElseThrow()));
                    })
                    .hook(Method.PUT, dpsChild, ctx -> {
                        long id = Params.positiveLong(ctx, "id");
                        // SyncUpdateContactRestrictionRequest (and a person's other kinds) require contactId;
                        // SyncUpdatePrisonerContactRestrictionRequest has no parent field: the record keeps its own
                        boolean namesParent = kind.parent().equals(ChildKind.Parent.PERSON);
                        JsonBody body = dpsBody(wire, ctx, mapper, namesParent ? "contactId" : null, "updatedBy",
                                "updatedTime");
                        long parentId = namesParent ? body.optionalLong("contactId")
                                .orElseThrow(() -> ApiError.badRequest("contactId is required"))
                                : dps.child(kind, id).map(ChildRecord::parentId)
                                .orElseThrow(() -> ApiError.notFound(kind.name() + " " + id + " not found"));
                        Map<String, Object> fields = dpsFields(wire, body);
                        written(() -> {
                            dps.updateChild(kind, id, parentId, fields);
                            return 0L;
                        });
                        ctx.json(dpsWire(wire, dps.child(kind, id).orElseThrow()));
                    })
                    .delete(dpsChild, ctx -> Params.positiveLong(ctx, "id"),
                            (Long id) -> dps.child(kind, id).map(c -> { dps.deleteChild(kind, id); return true; })
                                    .orElse(false),
                            id -> kind.name() + " " + id + " not found");
        }
        return table.build();
    }

    /** NOMIS's request, strictly: its own field names only; the values under DPS's names. */
    private static Map<String, Object> nomisFields(Wire wire, Context ctx, ObjectMapper mapper) {
        List<String> allowed = new ArrayList<>(wire.fields().stream().map(Field::nomis).toList());
        allowed.addAll(wire.nomisRequestOnly());
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly(allowed.toArray(String[]::new));
        for (String required : wire.nomisRequired()) {
            body.requiredNonBlank(required);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Field f : wire.fields()) {
            fields.put(f.dps(), plain(body.node().get(f.nomis())));
        }
        return fields;
    }

    private static JsonBody dpsBody(Wire wire, Context ctx, ObjectMapper mapper, String parentField, String who,
                                    String when) {
        List<String> allowed = new ArrayList<>(wire.fields().stream().map(Field::dps).toList());
        allowed.addAll(List.of(who, when));
        if (parentField != null) {
            allowed.add(parentField);
        }
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly(allowed.toArray(String[]::new));
        body.requiredNonBlank(who);
        body.requiredDateTime(when);
        return body;
    }

    private static Map<String, Object> dpsFields(Wire wire, JsonBody body) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Field f : wire.fields()) {
            fields.put(f.dps(), plain(body.node().get(f.dps())));
        }
        return fields;
    }

    /** A JSON value as the twins keep it: text, boolean, whole numbers as {@code Long}. */
    private static Object plain(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        return node.asText();
    }

    private static long written(java.util.function.LongSupplier write) {
        try {
            return write.getAsLong();
        } catch (UpstreamUnavailable e) {
            throw new ApiError(504, "Gateway Timeout", e.getMessage(), null);
        } catch (UpstreamRejected e) {
            throw ApiError.notFound(e.getMessage());
        }
    }

    /** The DPS sync record ({@code SyncContactEmail} …). */
    static Map<String, Object> dpsWire(Wire wire, ChildRecord child) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(wire.kind().dpsIdField(), child.id());
        out.put("contactId", child.personId());
        out.put(wire.kind().parent().dpsEventField(), child.parentId());
        out.putAll(child.fields());
        out.put("createdBy", "SIMULATOR");
        out.put("createdTime", "2026-01-01T09:00:00");
        return out;
    }

    /** The entry in {@code SyncContactReconcile}'s list. */
    static Map<String, Object> dpsListed(Wire wire, ChildRecord child) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(wire.kind().dpsIdField(), child.id());
        out.putAll(child.fields());
        return out;
    }

    /** The entry with the lists of its own children (an address with its {@code addressPhones}). */
    static Map<String, Object> dpsListed(Wire wire, ChildRecord child, InMemoryContactsDpsApi dps) {
        Map<String, Object> out = dpsListed(wire, child);
        ChildKind.Parent asParent = PARENT_KINDS.get(wire.kind());
        if (asParent != null) {
            for (Wire nested : under(asParent)) {
                out.put(nested.dpsList(), dps.childrenOf(nested.kind(), child.personId(), child.id()).stream()
                        .map(c -> dpsListed(nested, c)).toList());
            }
        }
        return out;
    }

    /** The entry with the lists of its own children (an address with its {@code phoneNumbers}). */
    static Map<String, Object> nomisListed(Wire wire, ChildRecord child, InMemoryContactsNomisApi nomis) {
        Map<String, Object> out = nomisListed(wire, child);
        ChildKind.Parent asParent = PARENT_KINDS.get(wire.kind());
        if (asParent != null) {
            for (Wire nested : under(asParent)) {
                out.put(nested.nomisList(), nomis.childrenOf(nested.kind(), child.personId(), child.id()).stream()
                        .map(c -> nomisListed(nested, c)).toList());
            }
        }
        return out;
    }

    /** The entry in NOMIS's {@code ContactPerson} list: codes as {@code {code, description}}, employers as ids. */
    static Map<String, Object> nomisListed(Wire wire, ChildRecord child) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(wire.nomisId(), child.id());
        for (Field f : wire.fields()) {
            Object value = child.fields().get(f.dps());
            if (value == null) {
                continue;
            }
            // a dotted path nests: type.code → {"type": {"code": …, "description": …}}, corporate.id → {"id", "name"}
            String[] path = f.nomisListed().split("\\.");
            if (path.length == 1) {
                out.put(path[0], value);
            } else {
                Map<String, Object> nested = new LinkedHashMap<>();
                nested.put(path[1], value);
                nested.put(path[1].equals("code") ? "description" : "name", String.valueOf(value));
                out.put(path[0], nested);
            }
        }
        if (wire.nomisRequestOnly().contains("enteredStaffUsername")) {
            out.put("enteredStaff", Map.of("staffId", 1, "username", "SIMULATOR"));
        }
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("createUsername", "SIMULATOR");
        audit.put("createDatetime", "2026-01-01T09:00:00");
        if (child.writtenBy() != null) {
            audit.put("auditModuleName", child.writtenBy());
        }
        out.put("audit", audit);
        return out;
    }
}
