package org.prisonsync.simulator.contacts;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.contacts.ChildKind;
import org.prisonsync.core.contacts.ContactDetails;
import org.prisonsync.core.contacts.DpsContact;
import org.prisonsync.core.contacts.DpsPrisonerContact;
import org.prisonsync.core.contacts.NomisContact;
import org.prisonsync.core.contacts.NomisPerson;
import org.prisonsync.core.contacts.PersonDetails;
import org.prisonsync.core.contacts.inmemory.InMemoryContactsDpsApi;
import org.prisonsync.core.contacts.inmemory.InMemoryContactsNomisApi;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.store.RouteTable;
import org.prisonsync.simulator.store.RouteTable.Method;

/**
 * NOMIS's person endpoints and the personal relationships API's sync endpoints as one table over the twins. Writes go
 * through the ports, so NOMIS audits them as DPS synchronisation and DPS records them with source NOMIS, and the
 * twins' change feeds raise the events ({@link ContactEventPublisher}). Bodies are read strictly: an unknown field
 * is a 400, as it is worth knowing when our requests drift from the documents.
 */
final class ContactRoutes {
    private ContactRoutes() {
    }

    /**
     * {@code GET /persons/ids/all-from-id?personId&pageSize} → {@code PersonIdsWithLast}: person ids in order after
     * {@code personId} (upstream's defaults: after 0, 10 a page); {@code lastPersonId} the last listed, or 0.
     */
    private static void personIds(Context ctx, InMemoryContactsNomisApi nomis) {
        String after = ctx.queryParam("personId");
        long personId = 0;
        if (after != null && !after.isBlank()) {
            java.util.OptionalLong parsed = org.prisonsync.core.message.Ids.parseLong(after.trim());
            if (parsed.isEmpty() || parsed.getAsLong() < 0) {
                throw ApiError.badRequest("personId must be a whole number, 0 or more, in ASCII digits");
            }
            personId = parsed.getAsLong();
        }
        int pageSize = Params.intQuery(ctx, "pageSize", 10);
        if (pageSize < 1 || pageSize > 10_000) {
            throw ApiError.badRequest("pageSize must be 1 to 10000");
        }
        java.util.List<Long> ids = nomis.personIdsFrom(personId, pageSize);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personIds", ids);
        body.put("lastPersonId", ids.isEmpty() ? 0 : ids.get(ids.size() - 1));
        ctx.json(body);
    }

    static RouteTable table(InMemoryContactsNomisApi nomis, InMemoryContactsDpsApi dps, ObjectMapper mapper) {
        return RouteTable.builder()
                .find("/persons/{personId}", ctx -> Params.positiveLong(ctx, "personId"), nomis::person,
                        person -> nomisWire(nomis, person), id -> "Person " + id + " not found")
                .hook(Method.POST, "/persons", ctx -> nomisCreatePerson(ctx, nomis, mapper))
                .change(Method.PUT, "/persons/{personId}", ctx -> nomisUpdatePerson(ctx, nomis, mapper))
                .delete("/persons/{personId}", ctx -> Params.positiveLong(ctx, "personId"),
                        (Long id) -> { nomis.deletePerson(id); })
                .hook(Method.POST, "/persons/{personId}/contact", ctx -> nomisCreateContact(ctx, nomis, mapper))
                .change(Method.PUT, "/persons/{personId}/contact/{contactId}",
                        ctx -> nomisUpdateContact(ctx, nomis, mapper))
                .delete("/persons/{personId}/contact/{contactId}", ctx -> new long[] {
                        Params.positiveLong(ctx, "personId"), Params.positiveLong(ctx, "contactId")},
                        (long[] key) -> { nomis.deleteContact(key[0], key[1]); })
                .find("/sync/contact/{contactId}", ctx -> Params.positiveLong(ctx, "contactId"), dps::contact,
                        ContactRoutes::dpsWire, id -> "Contact " + id + " not found")
                .hook(Method.POST, "/sync/contact", ctx -> dpsCreateContact(ctx, dps, mapper))
                .hook(Method.PUT, "/sync/contact/{contactId}", ctx -> dpsUpdateContact(ctx, dps, mapper))
                .delete("/sync/contact/{contactId}", ctx -> Params.positiveLong(ctx, "contactId"),
                        (Long id) -> dps.contact(id).map(c -> { dps.deleteContact(id); return true; }).orElse(false),
                        id -> "Contact " + id + " not found")
                .find("/sync/prisoner-contact/{prisonerContactId}",
                        ctx -> Params.positiveLong(ctx, "prisonerContactId"), dps::prisonerContact,
                        ContactRoutes::dpsPrisonerContactWire, id -> "Prisoner contact " + id + " not found")
                .hook(Method.POST, "/sync/prisoner-contact", ctx -> dpsCreatePrisonerContact(ctx, dps, mapper))
                .hook(Method.PUT, "/sync/prisoner-contact/{prisonerContactId}",
                        ctx -> dpsUpdatePrisonerContact(ctx, dps, mapper))
                .delete("/sync/prisoner-contact/{prisonerContactId}",
                        ctx -> Params.positiveLong(ctx, "prisonerContactId"),
                        (Long id) -> dps.prisonerContact(id).map(c -> { dps.deletePrisonerContact(id); return true; })
                                .orElse(false),
                        id -> "Prisoner contact " + id + " not found")
                .hook(Method.GET, "/persons/ids/all-from-id", ctx -> personIds(ctx, nomis))
                .hook(Method.GET, "/prisoners/{offenderNo}/contacts", ctx -> {
                    String prisoner = Params.prisonerNumber(ctx, "offenderNo");
                    ctx.json(Map.of("contacts", nomis.contactsOf(prisoner).stream()
                            .map(r -> prisonerContactWire(nomis, r)).toList()));
                })
                .hook(Method.GET, "/sync/contact/{contactId}/reconcile", ctx -> {
                    long id = Params.positiveLong(ctx, "contactId");
                    DpsContact contact = dps.contact(id).orElseThrow(() -> ApiError.notFound("Contact " + id
                            + " not found"));
                    Map<String, Object> wire = new LinkedHashMap<>();
                    wire.put("contactId", id);
                    wire.put("firstName", contact.details().firstName());
                    wire.put("lastName", contact.details().lastName());
                    wire.put("staffFlag", contact.details().staff());
                    for (ContactChildRoutes.Wire child : ContactChildRoutes.under(ChildKind.Parent.PERSON)) {
                        wire.put(child.dpsList(), dps.childrenOf(child.kind(), id).stream()
                                .map(c -> ContactChildRoutes.dpsListed(child, c, dps)).toList());
                    }
                    wire.put("relationships", dps.relationshipsOf(id).stream().map(c -> {
                        Map<String, Object> r = new LinkedHashMap<>();
                        r.put("prisonerContactId", c.id());
                        r.put("prisonerNumber", c.prisonerNumber());
                        r.put("contactType", c.details().contactType());
                        r.put("relationshipType", c.details().relationshipType());
                        r.put("nextOfKin", c.details().nextOfKin());
                        r.put("emergencyContact", c.details().emergencyContact());
                        r.put("active", c.details().active());
                        r.put("approvedVisitor", c.details().approvedVisitor());
                        for (ContactChildRoutes.Wire child : ContactChildRoutes.under(ChildKind.Parent.RELATIONSHIP)) {
                            r.put(child.dpsList(), dps.childrenOf(child.kind(), id, c.id()).stream()
                                    .map(x -> ContactChildRoutes.dpsListed(child, x)).toList());
                        }
                        return r;
                    }).toList());
                    ctx.json(wire);
                })
                .hook(Method.GET, "/sync/prisoner/{prisonerNumber}/reconcile", ctx -> {
                    String prisoner = Params.prisonerNumber(ctx, "prisonerNumber");
                    ctx.json(Map.of("relationships", dps.prisonerContacts().stream()
                            .filter(c -> c.prisonerNumber().equals(prisoner))
                            .map(ContactRoutes::relationshipWire).toList()));
                })
                .build();
    }

    private static final String[] PERSON_FIELDS = {"firstName", "lastName", "middleName", "dateOfBirth",
        "genderCode", "titleCode", "languageCode", "interpreterRequired", "domesticStatusCode", "isStaff"};

    private static PersonDetails nomisPerson(JsonBody body) {
        return new PersonDetails(body.requiredNonBlank("firstName"), body.requiredNonBlank("lastName"),
                body.optionalText("middleName").orElse(null), body.optionalDate("dateOfBirth").orElse(null),
                body.optionalText("genderCode").orElse(null), body.optionalText("titleCode").orElse(null),
                body.optionalText("languageCode").orElse(null), body.requiredBoolean("interpreterRequired"),
                body.optionalText("domesticStatusCode").orElse(null),
                body.optionalBoolean("isStaff").orElse(false), false,
                body.optionalDate("deceasedDate").orElse(null));
    }

    /** {@code CreatePersonRequest} → 201 {@code CreatePersonResponse}; 409 when the person id is taken. */
    private static void nomisCreatePerson(Context ctx, InMemoryContactsNomisApi nomis, ObjectMapper mapper) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly(with(PERSON_FIELDS, "personId"));
        long personId = body.optionalLong("personId").orElseThrow(() -> ApiError.badRequest("personId is required"));
        if (!writes(() -> nomis.createPerson(personId, nomisPerson(body)))) {
            throw ApiError.conflict("Person " + personId + " already exists", "person exists", null);
        }
        ctx.status(201).json(Map.of("personId", personId));
    }

    private static void nomisUpdatePerson(Context ctx, InMemoryContactsNomisApi nomis, ObjectMapper mapper) {
        long personId = Params.positiveLong(ctx, "personId");
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly(with(PERSON_FIELDS, "deceasedDate"));
        try {
            nomis.updatePerson(personId, nomisPerson(body));
        } catch (UpstreamRejected e) {
            throw ApiError.notFound(e.getMessage());
        }
    }

    private static final String[] CONTACT_FIELDS = {"contactTypeCode", "relationshipTypeCode", "active",
        "expiryDate", "approvedVisitor", "nextOfKin", "emergencyContact", "comment"};

    private static ContactDetails nomisContact(JsonBody body) {
        return new ContactDetails(body.requiredNonBlank("contactTypeCode"), body.requiredNonBlank("relationshipTypeCode"),
                body.requiredBoolean("active"), body.optionalDate("expiryDate").orElse(null),
                body.requiredBoolean("approvedVisitor"), body.requiredBoolean("nextOfKin"),
                body.requiredBoolean("emergencyContact"), body.optionalText("comment").orElse(null));
    }

    /** {@code CreatePersonContactRequest} → 201 {@code {personContactId}}; 409 for a relationship that exists. */
    private static void nomisCreateContact(Context ctx, InMemoryContactsNomisApi nomis, ObjectMapper mapper) {
        long personId = Params.positiveLong(ctx, "personId");
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly(with(CONTACT_FIELDS, "offenderNo"));
        String offenderNo = body.requiredNonBlank("offenderNo");
        OptionalLong created = written(() -> nomis.createContact(personId, offenderNo, nomisContact(body)));
        if (created.isEmpty()) {
            throw ApiError.conflict("Contact already exists", "person " + personId + " is already related to "
                    + offenderNo + " that way", null);
        }
        ctx.status(201).json(Map.of("personContactId", created.getAsLong()));
    }

    private static void nomisUpdateContact(Context ctx, InMemoryContactsNomisApi nomis, ObjectMapper mapper) {
        long personId = Params.positiveLong(ctx, "personId");
        long contactId = Params.positiveLong(ctx, "contactId");
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly(CONTACT_FIELDS);
        try {
            nomis.updateContact(personId, contactId, nomisContact(body));
        } catch (UpstreamRejected e) {
            throw ApiError.notFound(e.getMessage());
        }
    }

    private static final String[] DPS_CONTACT_FIELDS = {"title", "lastName", "firstName", "middleName",
        "dateOfBirth", "isStaff", "remitter", "deceasedFlag", "deceasedDate", "gender", "domesticStatus",
        "languageCode", "interpreterRequired"};

    private static PersonDetails dpsContact(JsonBody body) {
        return new PersonDetails(body.requiredNonBlank("firstName"), body.requiredNonBlank("lastName"),
                body.optionalText("middleName").orElse(null), body.optionalDate("dateOfBirth").orElse(null),
                body.optionalText("gender").orElse(null), body.optionalText("title").orElse(null),
                body.optionalText("languageCode").orElse(null),
                body.optionalBoolean("interpreterRequired").orElse(false),
                body.optionalText("domesticStatus").orElse(null), body.requiredBoolean("isStaff"),
                body.requiredBoolean("remitter"), body.optionalDate("deceasedDate").orElse(null));
    }

    /** {@code SyncCreateContactRequest} → 201 {@code SyncContact}; 409 when the id is taken. */
    private static void dpsCreateContact(Context ctx, InMemoryContactsDpsApi dps, ObjectMapper mapper) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper)
                .allowOnly(with(DPS_CONTACT_FIELDS, "personId", "createdBy", "createdTime"));
        long personId = body.optionalLong("personId").orElseThrow(() -> ApiError.badRequest("personId is required"));
        body.requiredNonBlank("createdBy");
        body.requiredDateTime("createdTime");
        if (!writes(() -> dps.createContact(personId, dpsContact(body)))) {
            throw ApiError.conflict("Contact " + personId + " already exists", "contact exists", null);
        }
        ctx.status(201).json(dpsWire(dps.contact(personId).orElseThrow()));
    }

    private static void dpsUpdateContact(Context ctx, InMemoryContactsDpsApi dps, ObjectMapper mapper) {
        long id = Params.positiveLong(ctx, "contactId");
        JsonBody body = JsonBody.parse(ctx.body(), mapper)
                .allowOnly(with(DPS_CONTACT_FIELDS, "updatedBy", "updatedTime"));
        body.requiredNonBlank("updatedBy");
        body.requiredDateTime("updatedTime");
        try {
            dps.updateContact(id, dpsContact(body));
        } catch (UpstreamRejected e) {
            throw ApiError.notFound(e.getMessage());
        }
        ctx.json(dpsWire(dps.contact(id).orElseThrow()));
    }

    private static final String[] PRISONER_CONTACT_FIELDS = {"contactId", "prisonerNumber", "contactType",
        "relationshipType", "nextOfKin", "emergencyContact", "comments", "active", "approvedVisitor", "currentTerm",
        "expiryDate", "createdAtPrison"};

    private static ContactDetails dpsPrisonerContact(JsonBody body) {
        return new ContactDetails(body.requiredNonBlank("contactType"), body.requiredNonBlank("relationshipType"),
                body.optionalBoolean("active").orElse(true), body.optionalDate("expiryDate").orElse(null),
                body.optionalBoolean("approvedVisitor").orElse(false), body.requiredBoolean("nextOfKin"),
                body.requiredBoolean("emergencyContact"), body.optionalText("comments").orElse(null));
    }

    /** {@code SyncCreatePrisonerContactRequest} → 201 {@code SyncPrisonerContact}; 409 for a duplicate. */
    private static void dpsCreatePrisonerContact(Context ctx, InMemoryContactsDpsApi dps, ObjectMapper mapper) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper)
                .allowOnly(with(PRISONER_CONTACT_FIELDS, "createdBy", "createdTime"));
        long contactId = body.optionalLong("contactId").orElseThrow(() -> ApiError.badRequest("contactId is required"));
        String prisoner = body.requiredNonBlank("prisonerNumber");
        body.requiredNonBlank("createdBy");
        body.requiredDateTime("createdTime");
        OptionalLong created = written(() -> dps.createPrisonerContact(contactId, prisoner, dpsPrisonerContact(body)));
        if (created.isEmpty()) {
            throw ApiError.conflict("The requested combination of prisoner, contact and relationship to prisoner "
                    + "already exists", "duplicate prisoner contact", null);
        }
        ctx.status(201).json(dpsPrisonerContactWire(dps.prisonerContact(created.getAsLong()).orElseThrow()));
    }

    private static void dpsUpdatePrisonerContact(Context ctx, InMemoryContactsDpsApi dps, ObjectMapper mapper) {
        long id = Params.positiveLong(ctx, "prisonerContactId");
        JsonBody body = JsonBody.parse(ctx.body(), mapper)
                .allowOnly(with(PRISONER_CONTACT_FIELDS, "updatedBy", "updatedTime"));
        long contactId = body.optionalLong("contactId").orElseThrow(() -> ApiError.badRequest("contactId is required"));
        String prisoner = body.requiredNonBlank("prisonerNumber");
        body.requiredDateTime("updatedTime");
        try {
            dps.updatePrisonerContact(id, new DpsPrisonerContact(id, contactId, prisoner, dpsPrisonerContact(body)));
        } catch (UpstreamRejected e) {
            throw ApiError.notFound(e.getMessage());
        }
        ctx.json(dpsPrisonerContactWire(dps.prisonerContact(id).orElseThrow()));
    }

    /** A create that wrote and then "timed out" in the twin answers 504, as a gateway would. */
    private static boolean writes(java.util.function.BooleanSupplier write) {
        try {
            return write.getAsBoolean();
        } catch (UpstreamUnavailable e) {
            throw new ApiError(504, "Gateway Timeout", e.getMessage(), null);
        } catch (UpstreamRejected e) {
            throw ApiError.notFound(e.getMessage());
        }
    }

    private static OptionalLong written(java.util.function.Supplier<OptionalLong> write) {
        try {
            return write.get();
        } catch (UpstreamUnavailable e) {
            throw new ApiError(504, "Gateway Timeout", e.getMessage(), null);
        } catch (UpstreamRejected e) {
            throw ApiError.notFound(e.getMessage());
        }
    }

    private static String[] with(String[] fields, String... more) {
        String[] all = java.util.Arrays.copyOf(fields, fields.length + more.length);
        System.arraycopy(more, 0, all, fields.length, more.length);
        return all;
    }

    private static Map<String, Object> code(String code) {
        return code == null ? null : Map.of("code", code, "description", code);
    }

    /** {@code ContactPerson}. */
    static Map<String, Object> nomisWire(InMemoryContactsNomisApi nomis, NomisPerson person) {
        PersonDetails d = person.details();
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("personId", person.personId());
        wire.put("firstName", d.firstName());
        wire.put("lastName", d.lastName());
        putIfPresent(wire, "middleName", d.middleName());
        putIfPresent(wire, "dateOfBirth", d.dateOfBirth());
        putIfPresent(wire, "gender", code(d.genderCode()));
        putIfPresent(wire, "title", code(d.titleCode()));
        putIfPresent(wire, "language", code(d.languageCode()));
        wire.put("interpreterRequired", d.interpreterRequired());
        putIfPresent(wire, "domesticStatus", code(d.domesticStatusCode()));
        putIfPresent(wire, "deceasedDate", d.deceasedDate());
        wire.put("isStaff", d.staff());
        wire.put("isRemitter", d.remitter());
        wire.put("audit", audit(person.auditModuleName()));
        for (ContactChildRoutes.Wire child : ContactChildRoutes.under(ChildKind.Parent.PERSON)) {
            wire.put(child.nomisList(), nomis.childrenOf(child.kind(), person.personId()).stream()
                    .map(c -> ContactChildRoutes.nomisListed(child, c, nomis)).toList());
        }
        wire.put("contacts", person.contacts().stream().map(contact -> {
            Map<String, Object> listed = nomisContactWire(contact);
            for (ContactChildRoutes.Wire child : ContactChildRoutes.under(ChildKind.Parent.RELATIONSHIP)) {
                listed.put(child.nomisList(), nomis.childrenOf(child.kind(), person.personId(), contact.contactId())
                        .stream().map(c -> ContactChildRoutes.nomisListed(child, c)).toList());
            }
            return listed;
        }).toList());
        return wire;
    }

    private static Map<String, Object> nomisContactWire(NomisContact contact) {
        ContactDetails d = contact.details();
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("id", contact.contactId());
        wire.put("contactType", code(d.contactType()));
        wire.put("relationshipType", code(d.relationshipType()));
        wire.put("active", d.active());
        putIfPresent(wire, "expiryDate", d.expiryDate());
        wire.put("approvedVisitor", d.approvedVisitor());
        wire.put("nextOfKin", d.nextOfKin());
        wire.put("emergencyContact", d.emergencyContact());
        putIfPresent(wire, "comment", d.comment());
        wire.put("prisoner", Map.of("bookingId", contact.bookingId(), "offenderNo", contact.offenderNo(),
                "bookingSequence", 1));
        wire.put("restrictions", List.of());
        wire.put("audit", audit(contact.auditModuleName()));
        return wire;
    }

    /** {@code PrisonerContact}: a contact as NOMIS lists it for the prisoner. */
    private static Map<String, Object> prisonerContactWire(InMemoryContactsNomisApi nomis,
                                                           org.prisonsync.core.contacts.Relationship relationship) {
        NomisPerson person = nomis.person(relationship.personId()).orElseThrow();
        NomisContact contact = person.contact(relationship.id()).orElseThrow();
        Map<String, Object> wire = nomisContactWire(contact);
        wire.remove("prisoner");
        wire.put("bookingId", contact.bookingId());
        wire.put("bookingSequence", 1);
        wire.put("person", Map.of("personId", person.personId(), "firstName", person.details().firstName(),
                "lastName", person.details().lastName()));
        return wire;
    }

    private static Map<String, Object> audit(String module) {
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("createUsername", "SIMULATOR");
        audit.put("createDatetime", "2026-01-01T09:00:00");
        putIfPresent(audit, "auditModuleName", module);
        return audit;
    }

    /** {@code SyncContact}. */
    static Map<String, Object> dpsWire(DpsContact contact) {
        PersonDetails d = contact.details();
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("id", contact.id());
        putIfPresent(wire, "title", d.titleCode());
        wire.put("lastName", d.lastName());
        wire.put("firstName", d.firstName());
        putIfPresent(wire, "middleName", d.middleName());
        putIfPresent(wire, "dateOfBirth", d.dateOfBirth());
        wire.put("isStaff", d.staff());
        wire.put("remitter", d.remitter());
        wire.put("deceasedFlag", d.deceasedDate() != null);
        putIfPresent(wire, "deceasedDate", d.deceasedDate());
        putIfPresent(wire, "gender", d.genderCode());
        putIfPresent(wire, "domesticStatus", d.domesticStatusCode());
        putIfPresent(wire, "languageCode", d.languageCode());
        wire.put("interpreterRequired", d.interpreterRequired());
        wire.put("createdBy", "SIMULATOR");
        wire.put("createdTime", "2026-01-01T09:00:00");
        return wire;
    }

    /** {@code SyncPrisonerContact}. */
    static Map<String, Object> dpsPrisonerContactWire(DpsPrisonerContact contact) {
        ContactDetails d = contact.details();
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("id", contact.id());
        wire.put("contactId", contact.contactId());
        wire.put("prisonerNumber", contact.prisonerNumber());
        wire.put("contactType", d.contactType());
        wire.put("relationshipType", d.relationshipType());
        wire.put("nextOfKin", d.nextOfKin());
        wire.put("emergencyContact", d.emergencyContact());
        putIfPresent(wire, "comments", d.comment());
        wire.put("active", d.active());
        wire.put("approvedVisitor", d.approvedVisitor());
        wire.put("currentTerm", true);
        putIfPresent(wire, "expiryDate", d.expiryDate());
        wire.put("createdBy", "SIMULATOR");
        wire.put("createdTime", "2026-01-01T09:00:00");
        return wire;
    }

    /** {@code ReconcilePrisonerRelationship}. */
    private static Map<String, Object> relationshipWire(DpsPrisonerContact contact) {
        ContactDetails d = contact.details();
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("contactId", contact.contactId());
        wire.put("prisonerContactId", contact.id());
        wire.put("prisonerNumber", contact.prisonerNumber());
        wire.put("relationshipTypeCode", d.contactType());
        wire.put("relationshipToPrisoner", d.relationshipType());
        wire.put("nextOfKin", d.nextOfKin());
        wire.put("emergencyContact", d.emergencyContact());
        wire.put("active", d.active());
        wire.put("approvedVisitor", d.approvedVisitor());
        wire.put("restrictions", List.of());
        return wire;
    }

    private static void putIfPresent(Map<String, Object> wire, String key, Object value) {
        if (value != null) {
            wire.put(key, value instanceof java.time.temporal.Temporal ? value.toString() : value);
        }
    }
}
