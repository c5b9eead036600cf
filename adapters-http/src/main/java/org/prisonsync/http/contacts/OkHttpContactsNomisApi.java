package org.prisonsync.http.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.prisonsync.core.contacts.ChildKind;
import org.prisonsync.core.contacts.ChildRecord;
import org.prisonsync.core.contacts.ContactDetails;
import org.prisonsync.core.contacts.ContactsNomisApi;
import org.prisonsync.core.contacts.NomisContact;
import org.prisonsync.core.contacts.NomisPerson;
import org.prisonsync.core.contacts.PersonDetails;
import org.prisonsync.core.contacts.Relationship;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/**
 * {@link ContactsNomisApi} over the NOMIS prisoner API's {@code /persons} endpoints. A 409 to a create is answered as
 * the port's value for "it exists"; a delete of something already gone (404) is done.
 */
final class OkHttpContactsNomisApi implements ContactsNomisApi {
    private final JsonHttp http;

    OkHttpContactsNomisApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public Optional<NomisPerson> person(long personId) {
        return http.find(PersonDto.class, PersonDto::toDomain, "persons", Long.toString(personId));
    }

    @Override
    public List<Long> personIdsFrom(long afterPersonId, int size) {
        java.util.Map<String, List<String>> query = new java.util.LinkedHashMap<>(); // in a stable order
        query.put("personId", List.of(Long.toString(afterPersonId)));
        query.put("pageSize", List.of(Integer.toString(size)));
        return http.fetch(query, PersonIdsWithLastDto.class,
                page -> page.personIds() == null ? List.<Long>of() : page.personIds(), "persons", "ids", "all-from-id");
    }

    @Override
    public List<Relationship> contactsOf(String offenderNo) {
        java.util.Map<String, List<String>> query = new java.util.LinkedHashMap<>(); // in a stable order
        query.put("active-only", List.of("false"));
        query.put("latest-booking-only", List.of("true"));
        return http.fetch(query,
                PrisonerContactsDto.class, all -> all.contacts() == null ? List.<Relationship>of()
                        : all.contacts().stream().filter(c -> c.person() != null)
                        .map(c -> c.toDomain(offenderNo)).toList(),
                "prisoners", offenderNo, "contacts");
    }

    @Override
    public boolean createPerson(long personId, PersonDetails d) {
        HttpReply reply = http.post(new CreatePersonDto(personId, d.firstName(), d.lastName(), d.middleName(),
                d.dateOfBirth(), d.genderCode(), d.titleCode(), d.languageCode(), d.interpreterRequired(),
                d.domesticStatusCode(), d.staff()), "persons");
        if (reply.status() == 409) {
            return false;
        }
        http.readCreated(reply, CreatedPersonDto.class, CreatedPersonDto::personId);
        return true;
    }

    @Override
    public void updatePerson(long personId, PersonDetails d) {
        if (!http.put(new UpdatePersonDto(d.firstName(), d.lastName(), d.middleName(), d.dateOfBirth(),
                d.genderCode(), d.titleCode(), d.languageCode(), d.interpreterRequired(), d.domesticStatusCode(),
                d.staff(), d.deceasedDate()), "persons", Long.toString(personId)).written()) {
            throw new org.prisonsync.core.UpstreamRejected(404, "NOMIS has no person " + personId);
        }
    }

    @Override
    public void deletePerson(long personId) {
        http.delete("persons", Long.toString(personId)).written();
    }

    @Override
    public OptionalLong createContact(long personId, String offenderNo, ContactDetails d) {
        HttpReply reply = http.post(new CreateContactDto(offenderNo, d.contactType(), d.relationshipType(),
                d.active(), d.expiryDate(), d.approvedVisitor(), d.nextOfKin(), d.emergencyContact(), d.comment()),
                "persons", Long.toString(personId), "contact");
        if (reply.status() == 409) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(http.readCreated(reply, CreatedContactDto.class, CreatedContactDto::personContactId));
    }

    @Override
    public void updateContact(long personId, long contactId, ContactDetails d) {
        if (!http.put(new UpdateContactDto(d.contactType(), d.relationshipType(), d.active(), d.expiryDate(),
                d.approvedVisitor(), d.nextOfKin(), d.emergencyContact(), d.comment()),
                "persons", Long.toString(personId), "contact", Long.toString(contactId)).written()) {
            throw new org.prisonsync.core.UpstreamRejected(404, "NOMIS has no contact " + contactId + " of person "
                    + personId);
        }
    }

    @Override
    public void deleteContact(long personId, long contactId) {
        http.delete("persons", Long.toString(personId), "contact", Long.toString(contactId)).written();
    }

    @Override
    public List<ChildRecord> childrenOf(ChildKind kind, long personId, long parentId) {
        ChildWires.Wire wire = ChildWires.of(kind);
        ChildWires.ParentWire parentWire = ChildWires.parentOf(kind);
        return http.find(JsonNode.class, person -> {
            List<ChildRecord> children = new java.util.ArrayList<>();
            JsonNode parent = parentWire.parentIn(person, parentWire.nomisList(), parentWire.nomisListId(), parentId);
            JsonNode listed = parent == null ? null : parent.get(wire.nomisList());
            if (listed != null) {
                for (JsonNode entry : listed) {
                    JsonNode audit = entry.get("audit");
                    children.add(new ChildRecord(entry.get(wire.nomisListId()).longValue(), personId, parentId,
                            wire.fromNomis(entry), audit == null || audit.get("auditModuleName") == null ? null
                                    : audit.get("auditModuleName").asText()));
                }
            }
            return children;
        }, "persons", Long.toString(personId)).orElse(List.of());
    }

    @Override
    public long createChild(ChildKind kind, long personId, long parentId, java.util.Map<String, Object> fields) {
        ChildWires.Wire wire = ChildWires.of(kind);
        HttpReply reply = http.post(wire.nomisRequest(fields),
                ChildWires.parentOf(kind).nomisPath(personId, parentId, wire));
        return http.readCreated(reply, JsonNode.class, created -> created.get(wire.nomisCreatedId()).longValue());
    }

    @Override
    public void updateChild(ChildKind kind, long personId, long parentId, long id,
                            java.util.Map<String, Object> fields) {
        ChildWires.Wire wire = ChildWires.of(kind);
        if (!http.put(wire.nomisRequest(fields), ChildWires.parentOf(kind).nomisPath(personId, parentId, wire,
                Long.toString(id))).written()) {
            throw new org.prisonsync.core.UpstreamRejected(404, "NOMIS has no " + kind.name() + " " + id
                    + " of person " + personId);
        }
    }

    /*
     * A prisoner's records (restrictions) live under /prisoners/{offenderNo}, not under a person; the generic forms
     * above serve every other kind through these defaults.
     */

    @Override
    public List<ChildRecord> childrenUnder(ChildKind kind, long personId, String parentKey) {
        if (!kind.parent().textKey()) {
            return ContactsNomisApi.super.childrenUnder(kind, personId, parentKey);
        }
        ChildWires.Wire wire = ChildWires.of(kind);
        // latest-booking-only (NOMIS's default) is what DPS calls the current term
        return http.find(JsonNode.class, prisoner -> {
            List<ChildRecord> children = new java.util.ArrayList<>();
            JsonNode listed = prisoner.get(wire.nomisList());
            if (listed != null) {
                for (JsonNode entry : listed) {
                    JsonNode audit = entry.get("audit");
                    children.add(ChildRecord.ofPrisoner(entry.get(wire.nomisListId()).longValue(), parentKey,
                            wire.fromNomis(entry), audit == null || audit.get("auditModuleName") == null ? null
                                    : audit.get("auditModuleName").asText()));
                }
            }
            return children;
        }, "prisoners", parentKey, wire.nomisList()).orElse(List.of());
    }

    @Override
    public long createChildUnder(ChildKind kind, long personId, String parentKey,
                                 java.util.Map<String, Object> fields) {
        if (!kind.parent().textKey()) {
            return ContactsNomisApi.super.createChildUnder(kind, personId, parentKey, fields);
        }
        ChildWires.Wire wire = ChildWires.of(kind);
        HttpReply reply = http.post(wire.nomisRequest(fields), "prisoners", parentKey, wire.nomisPath());
        return http.readCreated(reply, JsonNode.class, created -> created.get(wire.nomisCreatedId()).longValue());
    }

    @Override
    public void updateChildUnder(ChildKind kind, long personId, String parentKey, long id,
                                 java.util.Map<String, Object> fields) {
        if (!kind.parent().textKey()) {
            ContactsNomisApi.super.updateChildUnder(kind, personId, parentKey, id, fields);
            return;
        }
        ChildWires.Wire wire = ChildWires.of(kind);
        if (!http.put(wire.nomisRequest(fields), "prisoners", parentKey, wire.nomisPath(), Long.toString(id))
                .written()) {
            throw new org.prisonsync.core.UpstreamRejected(404, "NOMIS has no " + kind.name() + " " + id + " of "
                    + parentKey);
        }
    }

    @Override
    public void deleteChildUnder(ChildKind kind, long personId, String parentKey, long id) {
        if (!kind.parent().textKey()) {
            ContactsNomisApi.super.deleteChildUnder(kind, personId, parentKey, id);
            return;
        }
        http.delete("prisoners", parentKey, ChildWires.of(kind).nomisPath(), Long.toString(id)).written();
    }

    @Override
    public void deleteChild(ChildKind kind, long personId, long parentId, long id) {
        http.delete(ChildWires.parentOf(kind).nomisPath(personId, parentId, ChildWires.of(kind), Long.toString(id)))
                .written();
    }

    /** {@code CreatePersonRequest}. */
    record CreatePersonDto(long personId, String firstName, String lastName, String middleName, LocalDate dateOfBirth,
                           String genderCode, String titleCode, String languageCode, boolean interpreterRequired,
                           String domesticStatusCode, @JsonProperty("isStaff") boolean isStaff) {
    }

    /** {@code CreatePersonResponse}. */
    /** NOMIS {@code PersonIdsWithLast}; {@code lastPersonId} is not needed, the last id listed is the next start. */
    record PersonIdsWithLastDto(List<Long> personIds, Long lastPersonId) {
    }

    record CreatedPersonDto(long personId) {
    }

    /** {@code UpdatePersonRequest}. */
    record UpdatePersonDto(String firstName, String lastName, String middleName, LocalDate dateOfBirth,
                           String genderCode, String titleCode, String languageCode, boolean interpreterRequired,
                           String domesticStatusCode, @JsonProperty("isStaff") boolean isStaff,
                           LocalDate deceasedDate) {
    }

    /** {@code CreatePersonContactRequest}. */
    record CreateContactDto(String offenderNo, String contactTypeCode, String relationshipTypeCode, boolean active,
                            LocalDate expiryDate, boolean approvedVisitor, boolean nextOfKin,
                            boolean emergencyContact, String comment) {
    }

    /** {@code CreatePersonContactResponse}. */
    record CreatedContactDto(long personContactId) {
    }

    /** {@code UpdatePersonContactRequest}. */
    record UpdateContactDto(String contactTypeCode, String relationshipTypeCode, boolean active, LocalDate expiryDate,
                            boolean approvedVisitor, boolean nextOfKin, boolean emergencyContact, String comment) {
    }

    /** {@code CodeDescription}. */
    record CodeDto(String code, String description) {
        static String codeOf(CodeDto code) {
            return code == null ? null : code.code();
        }
    }

    /** {@code NomisAudit}: who wrote the row last. */
    record AuditDto(String auditModuleName) {
        static String moduleOf(AuditDto audit) {
            return audit == null ? null : audit.auditModuleName();
        }
    }

    /** {@code ContactForPrisoner}. */
    record PrisonerDto(long bookingId, String offenderNo) {
    }

    /** {@code PersonContact}. */
    record ContactDto(long id, CodeDto contactType, CodeDto relationshipType, boolean active, LocalDate expiryDate,
                      boolean approvedVisitor, boolean nextOfKin, boolean emergencyContact, String comment,
                      PrisonerDto prisoner, AuditDto audit) {
        NomisContact toDomain() {
            return new NomisContact(id, prisoner.offenderNo(), prisoner.bookingId(),
                    new ContactDetails(CodeDto.codeOf(contactType), CodeDto.codeOf(relationshipType), active,
                            expiryDate, approvedVisitor, nextOfKin, emergencyContact, comment),
                    AuditDto.moduleOf(audit));
        }
    }

    /** {@code ContactForPerson}. */
    record PersonRefDto(long personId) {
    }

    /** {@code PrisonerContact}: a contact as listed for the prisoner, with its person. */
    record PrisonerContactDto(long id, long bookingId, CodeDto contactType, CodeDto relationshipType, boolean active,
                              LocalDate expiryDate, boolean approvedVisitor, boolean nextOfKin,
                              boolean emergencyContact, String comment, PersonRefDto person) {
        Relationship toDomain(String offenderNo) {
            return new Relationship(id, person.personId(), offenderNo, new ContactDetails(CodeDto.codeOf(contactType),
                    CodeDto.codeOf(relationshipType), active, expiryDate, approvedVisitor, nextOfKin,
                    emergencyContact, comment));
        }
    }

    /** {@code PrisonerWithContacts}. */
    record PrisonerContactsDto(List<PrisonerContactDto> contacts) {
    }

    /** {@code ContactPerson}. */
    record PersonDto(long personId, String firstName, String lastName, String middleName, LocalDate dateOfBirth,
                     CodeDto gender, CodeDto title, CodeDto language, boolean interpreterRequired,
                     CodeDto domesticStatus, LocalDate deceasedDate, @JsonProperty("isStaff") boolean isStaff,
                     @JsonProperty("isRemitter") Boolean isRemitter, AuditDto audit, List<ContactDto> contacts) {
        NomisPerson toDomain() {
            return new NomisPerson(personId, new PersonDetails(firstName, lastName, middleName, dateOfBirth,
                    CodeDto.codeOf(gender), CodeDto.codeOf(title), CodeDto.codeOf(language), interpreterRequired,
                    CodeDto.codeOf(domesticStatus), isStaff, Boolean.TRUE.equals(isRemitter), deceasedDate),
                    contacts == null ? List.of() : contacts.stream().map(ContactDto::toDomain).toList(),
                    AuditDto.moduleOf(audit));
        }
    }
}
