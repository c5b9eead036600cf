package org.prisonsync.http.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.contacts.ChildKind;
import org.prisonsync.core.contacts.ChildRecord;
import org.prisonsync.core.contacts.ContactDetails;
import org.prisonsync.core.contacts.ContactsDpsApi;
import org.prisonsync.core.contacts.DpsContact;
import org.prisonsync.core.contacts.DpsPrisonerContact;
import org.prisonsync.core.contacts.PersonDetails;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/**
 * {@link ContactsDpsApi} over the personal relationships API's synchronisation endpoints. Its creates and updates
 * require who and when: we write {@value #SYNC_USER} and the time of the call, as upstream's migration service does
 * with its own name. A 409 to a create is the port's "it exists"; the prisoner's relationships for resolving one come
 * from {@code GET /sync/prisoner/{prisonerNumber}/reconcile}, the only sync endpoint that lists them.
 */
final class OkHttpContactsDpsApi implements ContactsDpsApi {
    static final String SYNC_USER = "PRISON_SYNC";

    private final JsonHttp http;

    OkHttpContactsDpsApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public Optional<DpsContact> contact(long contactId) {
        return http.find(ContactDto.class, ContactDto::toDomain, "sync", "contact", Long.toString(contactId));
    }

    @Override
    public boolean createContact(long personId, PersonDetails d) {
        HttpReply reply = http.post(new CreateContactDto(personId, d.titleCode(), d.lastName(), d.firstName(),
                d.middleName(), d.dateOfBirth(), d.staff(), d.remitter(), d.deceasedDate() != null, d.deceasedDate(),
                d.genderCode(), d.domesticStatusCode(), d.languageCode(), d.interpreterRequired(), SYNC_USER,
                LocalDateTime.now()), "sync", "contact");
        if (reply.status() == 409) {
            return false;
        }
        http.readCreated(reply, ContactDto.class, ContactDto::toDomain);
        return true;
    }

    @Override
    public void updateContact(long contactId, PersonDetails d) {
        HttpReply reply = http.put(new UpdateContactDto(d.titleCode(), d.lastName(), d.firstName(), d.middleName(),
                d.dateOfBirth(), d.staff(), d.remitter(), d.deceasedDate() != null, d.deceasedDate(), d.genderCode(),
                d.domesticStatusCode(), d.languageCode(), d.interpreterRequired(), SYNC_USER, LocalDateTime.now()),
                "sync", "contact", Long.toString(contactId));
        if (!reply.written()) {
            throw new UpstreamRejected(404, "DPS has no contact " + contactId);
        }
    }

    @Override
    public void deleteContact(long contactId) {
        http.delete("sync", "contact", Long.toString(contactId)).written();
    }

    @Override
    public Optional<DpsPrisonerContact> prisonerContact(long prisonerContactId) {
        return http.find(PrisonerContactDto.class, PrisonerContactDto::toDomain, "sync", "prisoner-contact",
                Long.toString(prisonerContactId));
    }

    @Override
    public OptionalLong createPrisonerContact(long contactId, String prisonerNumber, ContactDetails d) {
        HttpReply reply = http.post(new CreatePrisonerContactDto(contactId, prisonerNumber, d.contactType(),
                d.relationshipType(), d.nextOfKin(), d.emergencyContact(), d.comment(), SYNC_USER,
                LocalDateTime.now(), d.active(), d.approvedVisitor(), true, d.expiryDate()),
                "sync", "prisoner-contact");
        if (reply.status() == 409) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(http.readCreated(reply, PrisonerContactDto.class, PrisonerContactDto::id));
    }

    @Override
    public List<DpsPrisonerContact> prisonerContactsOf(String prisonerNumber) {
        return http.find(ReconcileDto.class, all -> all.relationships() == null ? List.<DpsPrisonerContact>of()
                        : all.relationships().stream().map(RelationshipDto::toDomain).toList(),
                "sync", "prisoner", prisonerNumber, "reconcile").orElse(List.of());
    }

    @Override
    public List<DpsPrisonerContact> relationshipsOf(long contactId) {
        return http.find(ContactReconcileDto.class, all -> all.relationships() == null
                        ? List.<DpsPrisonerContact>of()
                        : all.relationships().stream().map(r -> r.toDomain(contactId)).toList(),
                "sync", "contact", Long.toString(contactId), "reconcile").orElse(List.of());
    }

    @Override
    public void updatePrisonerContact(long prisonerContactId, DpsPrisonerContact c) {
        ContactDetails d = c.details();
        HttpReply reply = http.put(new UpdatePrisonerContactDto(c.contactId(), c.prisonerNumber(), d.contactType(),
                d.relationshipType(), d.nextOfKin(), d.emergencyContact(), d.comment(), d.active(),
                d.approvedVisitor(), true, d.expiryDate(), SYNC_USER, LocalDateTime.now()),
                "sync", "prisoner-contact", Long.toString(prisonerContactId));
        if (!reply.written()) {
            throw new UpstreamRejected(404, "DPS has no prisoner contact " + prisonerContactId);
        }
    }

    @Override
    public void deletePrisonerContact(long prisonerContactId) {
        http.delete("sync", "prisoner-contact", Long.toString(prisonerContactId)).written();
    }

    @Override
    public Optional<ChildRecord> child(ChildKind kind, long id) {
        if (kind.parent().textKey()) {
            return http.find(JsonNode.class, entry -> prisonerChild(kind, entry), "sync",
                    ChildWires.of(kind).dpsPath(), Long.toString(id));
        }
        return http.find(JsonNode.class, entry -> dpsChild(kind, entry, entry.get("contactId").longValue(),
                entry.get(kind.parent().dpsEventField()).longValue()), "sync", ChildWires.of(kind).dpsPath(),
                Long.toString(id));
    }

    @Override
    public List<ChildRecord> childrenOf(ChildKind kind, long contactId, long parentId) {
        ChildWires.Wire wire = ChildWires.of(kind);
        ChildWires.ParentWire parentWire = ChildWires.parentOf(kind);
        return http.find(JsonNode.class, contact -> {
            List<ChildRecord> children = new java.util.ArrayList<>();
            JsonNode parent = parentWire.parentIn(contact, parentWire.dpsList(), parentWire.dpsListId(), parentId);
            JsonNode listed = parent == null ? null : parent.get(wire.dpsList());
            if (listed != null) {
                for (JsonNode entry : listed) {
                    children.add(dpsChild(kind, entry, contactId, parentId));
                }
            }
            return children;
        }, "sync", "contact", Long.toString(contactId), "reconcile").orElse(List.<ChildRecord>of()).stream()
                // the reconcile view holds only some fields (an address without its flat or dates): read each in full
                .map(listed -> child(kind, listed.id()).orElse(listed)).toList();
    }

    private static ChildRecord dpsChild(ChildKind kind, JsonNode entry, long contactId, long parentId) {
        return new ChildRecord(entry.get(kind.dpsIdField()).longValue(), contactId, parentId,
                ChildWires.of(kind).fromDps(entry), null);
    }

    @Override
    public long createChild(ChildKind kind, long parentId, java.util.Map<String, Object> fields) {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>(fields);
        body.put(kind.parent().dpsEventField(), parentId);
        body.put("createdBy", SYNC_USER);
        body.put("createdTime", LocalDateTime.now());
        HttpReply reply = http.post(body, "sync", ChildWires.of(kind).dpsPath());
        return http.readCreated(reply, JsonNode.class, created -> created.get(kind.dpsIdField()).longValue());
    }

    @Override
    public void updateChild(ChildKind kind, long id, long parentId, java.util.Map<String, Object> fields) {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>(fields);
        if (ChildWires.parentOf(kind).dpsUpdateNamesParent()) {
            body.put(kind.parent().dpsEventField(), parentId);
        }
        body.put("updatedBy", SYNC_USER);
        body.put("updatedTime", LocalDateTime.now());
        if (!http.put(body, "sync", ChildWires.of(kind).dpsPath(), Long.toString(id)).written()) {
            throw new UpstreamRejected(404, "DPS has no " + kind.name() + " " + id);
        }
    }

    /*
     * A prisoner's records (restrictions): read one at /sync/prisoner-restriction/{id}, list the prisoner's at
     * /prisoner-restrictions/{prisonerNumber} (current term, as NOMIS lists the latest booking's; unpaged), written
     * naming the prisoner and currentTerm true (NOMIS writes them on the latest booking).
     */

    private static ChildRecord prisonerChild(ChildKind kind, JsonNode entry) {
        return ChildRecord.ofPrisoner(entry.get(kind.dpsIdField()).longValue(), entry.get("prisonerNumber").asText(),
                ChildWires.of(kind).fromDps(entry), null);
    }

    @Override
    public List<ChildRecord> childrenUnder(ChildKind kind, long contactId, String parentKey) {
        if (!kind.parent().textKey()) {
            return ContactsDpsApi.super.childrenUnder(kind, contactId, parentKey);
        }
        ChildWires.Wire wire = ChildWires.of(kind);
        JsonNode page = http.fetch(java.util.Map.of("currentTermOnly", List.of("true"), "paged", List.of("false")),
                JsonNode.class, n -> n, "prisoner-restrictions", parentKey);
        List<ChildRecord> children = new java.util.ArrayList<>();
        JsonNode listed = page == null ? null : page.get(wire.dpsList());
        if (listed != null) {
            for (JsonNode entry : listed) {
                children.add(prisonerChild(kind, entry));
            }
        }
        return children;
    }

    @Override
    public long createChildUnder(ChildKind kind, String parentKey, java.util.Map<String, Object> fields) {
        if (!kind.parent().textKey()) {
            return ContactsDpsApi.super.createChildUnder(kind, parentKey, fields);
        }
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>(fields);
        body.put("prisonerNumber", parentKey);
        body.put("currentTerm", true);
        body.put("createdBy", SYNC_USER);
        body.put("createdTime", LocalDateTime.now());
        HttpReply reply = http.post(body, "sync", ChildWires.of(kind).dpsPath());
        return http.readCreated(reply, JsonNode.class, created -> created.get(kind.dpsIdField()).longValue());
    }

    @Override
    public void updateChildUnder(ChildKind kind, long id, String parentKey, java.util.Map<String, Object> fields) {
        if (!kind.parent().textKey()) {
            ContactsDpsApi.super.updateChildUnder(kind, id, parentKey, fields);
            return;
        }
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>(fields);
        body.put("prisonerNumber", parentKey);
        body.put("currentTerm", true);
        body.put("updatedBy", SYNC_USER);
        body.put("updatedTime", LocalDateTime.now());
        if (!http.put(body, "sync", ChildWires.of(kind).dpsPath(), Long.toString(id)).written()) {
            throw new UpstreamRejected(404, "DPS has no " + kind.name() + " " + id);
        }
    }

    @Override
    public void deleteChild(ChildKind kind, long id) {
        http.delete("sync", ChildWires.of(kind).dpsPath(), Long.toString(id)).written();
    }

    /** {@code SyncCreateContactRequest}. */
    record CreateContactDto(long personId, String title, String lastName, String firstName, String middleName,
                            LocalDate dateOfBirth, @JsonProperty("isStaff") boolean isStaff, boolean remitter,
                            boolean deceasedFlag, LocalDate deceasedDate, String gender, String domesticStatus,
                            String languageCode, boolean interpreterRequired, String createdBy,
                            LocalDateTime createdTime) {
    }

    /** {@code SyncUpdateContactRequest}. */
    record UpdateContactDto(String title, String lastName, String firstName, String middleName, LocalDate dateOfBirth,
                            @JsonProperty("isStaff") boolean isStaff, boolean remitter, boolean deceasedFlag,
                            LocalDate deceasedDate, String gender, String domesticStatus, String languageCode,
                            boolean interpreterRequired, String updatedBy, LocalDateTime updatedTime) {
    }

    /** {@code SyncContact}. */
    record ContactDto(long id, String title, String lastName, String firstName, String middleName,
                      LocalDate dateOfBirth, @JsonProperty("isStaff") boolean isStaff, boolean remitter,
                      LocalDate deceasedDate, String gender, String domesticStatus, String languageCode,
                      Boolean interpreterRequired) {
        DpsContact toDomain() {
            return new DpsContact(id, new PersonDetails(firstName, lastName, middleName, dateOfBirth, gender, title,
                    languageCode, Boolean.TRUE.equals(interpreterRequired), domesticStatus, isStaff, remitter,
                    deceasedDate));
        }
    }

    /** {@code SyncCreatePrisonerContactRequest}. */
    record CreatePrisonerContactDto(long contactId, String prisonerNumber, String contactType,
                                    String relationshipType, boolean nextOfKin, boolean emergencyContact,
                                    String comments, String createdBy, LocalDateTime createdTime, boolean active,
                                    boolean approvedVisitor, boolean currentTerm, LocalDate expiryDate) {
    }

    /** {@code SyncUpdatePrisonerContactRequest}. */
    record UpdatePrisonerContactDto(long contactId, String prisonerNumber, String contactType,
                                    String relationshipType, boolean nextOfKin, boolean emergencyContact,
                                    String comments, boolean active, boolean approvedVisitor, boolean currentTerm,
                                    LocalDate expiryDate, String updatedBy, LocalDateTime updatedTime) {
    }

    /** {@code SyncPrisonerContact}. */
    record PrisonerContactDto(long id, long contactId, String prisonerNumber, String contactType,
                              String relationshipType, boolean nextOfKin, boolean emergencyContact, String comments,
                              boolean active, boolean approvedVisitor, LocalDate expiryDate) {
        DpsPrisonerContact toDomain() {
            return new DpsPrisonerContact(id, contactId, prisonerNumber, new ContactDetails(contactType,
                    relationshipType, active, expiryDate, approvedVisitor, nextOfKin, emergencyContact, comments));
        }
    }

    /** {@code ReconcilePrisonerRelationship}: DPS's relationship type is our contact type, its relationship ours. */
    record RelationshipDto(long contactId, long prisonerContactId, String prisonerNumber, String relationshipTypeCode,
                           String relationshipToPrisoner, boolean nextOfKin, boolean emergencyContact,
                           boolean active, boolean approvedVisitor) {
        DpsPrisonerContact toDomain() {
            return new DpsPrisonerContact(prisonerContactId, contactId, prisonerNumber, new ContactDetails(
                    relationshipTypeCode, relationshipToPrisoner, active, null, approvedVisitor, nextOfKin,
                    emergencyContact, null));
        }
    }

    /** {@code ReconcileRelationship}: a relationship as listed for the contact. */
    record ContactRelationshipDto(long prisonerContactId, String prisonerNumber, String contactType,
                                  String relationshipType, boolean nextOfKin, boolean emergencyContact,
                                  boolean active, boolean approvedVisitor) {
        DpsPrisonerContact toDomain(long contactId) {
            return new DpsPrisonerContact(prisonerContactId, contactId, prisonerNumber, new ContactDetails(contactType,
                    relationshipType, active, null, approvedVisitor, nextOfKin, emergencyContact, null));
        }
    }

    /** {@code SyncContactReconcile}: only its relationships are read. */
    record ContactReconcileDto(List<ContactRelationshipDto> relationships) {
    }

    /** {@code SyncPrisonerReconcile}. */
    record ReconcileDto(List<RelationshipDto> relationships) {
    }
}
