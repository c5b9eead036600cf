package org.prisonsync.simulator.contacts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
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
 * A prisoner's own restrictions at both systems' real paths over the twins: NOMIS
 * {@code /prisoners/{offenderNo}/restriction[/{id}]} ({@code Create|UpdatePrisonerRestrictionRequest}, strict, its
 * required fields refused with a 400 when missing) and {@code GET /prisoners/{offenderNo}/restrictions}
 * ({@code PrisonerWithRestrictions}); DPS {@code /sync/prisoner-restriction[/{id}]}
 * ({@code SyncCreate|UpdatePrisonerRestrictionRequest}, {@code SyncPrisonerRestriction}) and
 * {@code GET /prisoner-restrictions/{prisonerNumber}} (a page of {@code PrisonerRestrictionDetails} in
 * {@code content}). Kept apart from {@link ContactChildRoutes}: its parent is a prisoner, not a person, and its own
 * description of the wire, so an adapter's wrong field name shows up here as a 400.
 */
final class PrisonerRestrictionRoutes {
    private static final ChildKind KIND = ChildKind.PRISONER_RESTRICTION;
    /** DPS's field (the canonical name) and NOMIS's request name; NOMIS lists some nested (see nomisListed). */
    private static final Map<String, String> NOMIS_NAMES = Map.of("restrictionType", "typeCode",
            "effectiveDate", "effectiveDate", "expiryDate", "expiryDate", "commentText", "comment",
            "authorisedUsername", "authorisedStaffUsername");

    private PrisonerRestrictionRoutes() {
    }

    static RouteTable table(InMemoryContactsNomisApi nomis, InMemoryContactsDpsApi dps, ObjectMapper mapper) {
        String nomisBase = "/prisoners/{offenderNo}/restriction";
        return RouteTable.builder()
                .hook(Method.POST, nomisBase, ctx -> {
                    String offenderNo = Params.prisonerNumber(ctx, "offenderNo");
                    Map<String, Object> fields = nomisFields(ctx, mapper);
                    long id = written(() -> nomis.createChildUnder(KIND, ChildRecord.NO_PERSON, offenderNo, fields));
                    ctx.status(201).json(Map.of("id", id));
                })
                .change(Method.PUT, nomisBase + "/{id}", ctx -> {
                    String offenderNo = Params.prisonerNumber(ctx, "offenderNo");
                    long id = Params.positiveLong(ctx, "id");
                    Map<String, Object> fields = nomisFields(ctx, mapper);
                    written(() -> {
                        nomis.updateChildUnder(KIND, ChildRecord.NO_PERSON, offenderNo, id, fields);
                        return 0L;
                    });
                })
                .delete(nomisBase + "/{id}", ctx -> new Object[] {Params.prisonerNumber(ctx, "offenderNo"),
                        Params.positiveLong(ctx, "id")}, (Object[] key) -> nomis.deleteChildUnder(KIND,
                        ChildRecord.NO_PERSON, (String) key[0], (Long) key[1]))
                .list("/prisoners/{offenderNo}/restrictions", ctx -> Params.prisonerNumber(ctx, "offenderNo"),
                        offenderNo -> nomis.childrenUnder(KIND, ChildRecord.NO_PERSON, offenderNo),
                        all -> Map.of("restrictions", all.stream().map(PrisonerRestrictionRoutes::nomisListed)
                                .toList()))
                .find("/sync/prisoner-restriction/{id}", ctx -> Params.positiveLong(ctx, "id"),
                        id -> dps.child(KIND, id), PrisonerRestrictionRoutes::dpsWire,
                        id -> "prisoner restriction " + id + " not found")
                .hook(Method.POST, "/sync/prisoner-restriction", ctx -> {
                    JsonBody body = dpsBody(ctx, mapper, "createdBy", "createdTime");
                    String prisoner = prisonerOf(body);
                    Map<String, Object> fields = dpsFields(body);
                    long id = written(() -> dps.createChildUnder(KIND, prisoner, fields));
                    ctx.status(201).json(dpsWire(dps.child(KIND, id).orElseThrow()));
                })
                .hook(Method.PUT, "/sync/prisoner-restriction/{id}", ctx -> {
                    long id = Params.positiveLong(ctx, "id");
                    JsonBody body = dpsBody(ctx, mapper, "updatedBy", "updatedTime");
                    String prisoner = prisonerOf(body);
                    Map<String, Object> fields = dpsFields(body);
                    written(() -> {
                        dps.updateChildUnder(KIND, id, prisoner, fields);
                        return 0L;
                    });
                    ctx.json(dpsWire(dps.child(KIND, id).orElseThrow()));
                })
                .delete("/sync/prisoner-restriction/{id}", ctx -> Params.positiveLong(ctx, "id"),
                        (Long id) -> dps.child(KIND, id).map(c -> {
                            dps.deleteChild(KIND, id);
                            return true;
                        }).orElse(false), id -> "prisoner restriction " + id + " not found")
                .list("/prisoner-restrictions/{prisonerNumber}", ctx -> Params.prisonerNumber(ctx, "prisonerNumber"),
                        prisoner -> dps.childrenUnder(KIND, ChildRecord.NO_PERSON, prisoner),
                        all -> Map.of("content", all.stream().map(PrisonerRestrictionRoutes::dpsWire).toList(),
                                "page", Map.of("size", all.size(), "number", 0, "totalElements", all.size(),
                                        "totalPages", 1)))
                .build();
    }

    /** NOMIS's request, strictly: its own names only, typeCode, effectiveDate and both staff usernames required. */
    private static Map<String, Object> nomisFields(Context ctx, ObjectMapper mapper) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("typeCode", "comment", "effectiveDate",
                "expiryDate", "enteredStaffUsername", "authorisedStaffUsername");
        for (String required : List.of("typeCode", "effectiveDate", "enteredStaffUsername",
                "authorisedStaffUsername")) {
            body.requiredNonBlank(required);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        NOMIS_NAMES.forEach((dps, nomisName) -> fields.put(dps, text(body.node().get(nomisName))));
        return fields;
    }

    /** DPS's request, strictly: the prisoner, the fields, currentTerm, who and when; its required ones present. */
    private static JsonBody dpsBody(Context ctx, ObjectMapper mapper, String who, String when) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("prisonerNumber", "restrictionType",
                "effectiveDate", "expiryDate", "currentTerm", "commentText", "authorisedUsername", who, when);
        body.requiredNonBlank("restrictionType");
        body.requiredDate("effectiveDate");
        body.requiredNonBlank("authorisedUsername");
        body.requiredNonBlank(who);
        if (who.equals("createdBy")) {
            body.requiredDateTime(when);
            body.requiredBoolean("currentTerm");
        }
        return body;
    }

    private static String prisonerOf(JsonBody body) {
        String prisoner = body.requiredNonBlank("prisonerNumber");
        if (!Params.isPrisonerNumber(prisoner)) {
            throw ApiError.badRequest("prisonerNumber does not match [A-Z]\\d{4}[A-Z]{2}");
        }
        return prisoner;
    }

    private static Map<String, Object> dpsFields(JsonBody body) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String name : NOMIS_NAMES.keySet()) {
            fields.put(name, text(body.node().get(name)));
        }
        return fields;
    }

    private static Object text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
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

    /** {@code SyncPrisonerRestriction} (and, as the twin keeps no more, {@code PrisonerRestrictionDetails}). */
    static Map<String, Object> dpsWire(ChildRecord child) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("prisonerRestrictionId", child.id());
        out.put("prisonerNumber", child.parentKey());
        out.putAll(child.fields());
        out.put("currentTerm", true);
        out.put("createdBy", "SIMULATOR");
        out.put("createdTime", "2026-01-01T09:00:00");
        return out;
    }

    /** {@code PrisonerRestriction}: the type as {@code {code, description}}, staff as {@code {staffId, username}}. */
    static Map<String, Object> nomisListed(ChildRecord child) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", child.id());
        out.put("offenderNo", child.parentKey());
        out.put("bookingId", 1);
        out.put("bookingSequence", 1);
        Object type = child.fields().get("restrictionType");
        if (type != null) {
            out.put("type", Map.of("code", type, "description", String.valueOf(type)));
        }
        for (String plain : List.of("effectiveDate", "expiryDate")) {
            if (child.fields().get(plain) != null) {
                out.put(plain, child.fields().get(plain));
            }
        }
        if (child.fields().get("commentText") != null) {
            out.put("comment", child.fields().get("commentText"));
        }
        out.put("enteredStaff", Map.of("staffId", 1, "username", "SIMULATOR"));
        if (child.fields().get("authorisedUsername") != null) {
            out.put("authorisedStaff", Map.of("staffId", 2, "username", child.fields().get("authorisedUsername")));
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
