package org.prisonsync.http.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.contacts.ChildKind;
import org.prisonsync.core.contacts.ChildRecord;
import org.prisonsync.core.contacts.ContactDetails;
import org.prisonsync.core.contacts.ContactsDpsApi;
import org.prisonsync.core.contacts.ContactsNomisApi;
import org.prisonsync.core.contacts.NomisPerson;
import org.prisonsync.core.contacts.PersonDetails;
import org.prisonsync.core.contacts.Relationship;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.Wire;

/**
 * The contacts adapters speak upstream's paths and field names (NOMIS {@code CreatePersonRequest},
 * {@code CreatePersonContactRequest}, {@code ContactPerson}; DPS {@code SyncCreateContactRequest},
 * {@code SyncCreatePrisonerContactRequest}), and answer a 409 to a create as "it exists", not as a failure.
 */
class OkHttpContactsApisTest {
    @StartStop
    public final MockWebServer server = new MockWebServer();

    private static final PersonDetails ANN = new PersonDetails("Ann", "Addo", null, LocalDate.parse("1980-02-01"),
            "F", "MS", null, false, "S", true, false, null);

    private HttpSettings settings() {
        return HttpSettings.defaults(Map.of("nomis", server.url("/").toString(),
                ContactsHttp.PERSONAL_RELATIONSHIPS_API, server.url("/").toString()));
    }

    private ContactsNomisApi nomis() {
        return ContactsHttp.contactsNomisApi(HttpAdapters.client(settings()), settings());
    }

    private ContactsDpsApi dps() {
        return ContactsHttp.contactsDpsApi(HttpAdapters.client(settings()), settings());
    }

    private RecordedRequest taken() throws InterruptedException {
        return server.takeRequest(1, TimeUnit.SECONDS);
    }

    @Test
    void nomisPersonCreateNamesTheIdAndTheCodesAndA409MeansItExists() throws Exception {
        server.enqueue(Wire.json(201, "{\"personId\": 20000001}"));
        server.enqueue(Wire.json(409, "{\"status\": 409, \"userMessage\": \"exists\"}"));

        assertThat(nomis().createPerson(20_000_001, ANN)).isTrue();
        assertThat(nomis().createPerson(20_000_001, ANN)).isFalse();

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/persons");
        JsonNode body = Wire.body(request);
        assertThat(body.get("personId").asLong()).isEqualTo(20_000_001);
        assertThat(body.get("isStaff").asBoolean()).isTrue();
        assertThat(body.get("genderCode").asText()).isEqualTo("F");
        assertThat(body.get("titleCode").asText()).isEqualTo("MS");
        assertThat(body.get("domesticStatusCode").asText()).isEqualTo("S");
        assertThat(body.get("dateOfBirth").asText()).isEqualTo("1980-02-01");
        assertThat(body.has("middleName")).as("absent fields are left out").isFalse();
    }

    @Test
    void nomisContactCreateAndTheReadOfAPersonWithItsContacts() throws Exception {
        server.enqueue(Wire.json(201, "{\"personContactId\": 500001}"));
        server.enqueue(Wire.json(409, "{\"status\": 409}"));
        server.enqueue(Wire.json(200, "{\"personId\": 100001, \"firstName\": \"Bob\", \"lastName\": \"Bell\","
                + " \"interpreterRequired\": false, \"isStaff\": false, \"isRemitter\": true,"
                + " \"gender\": {\"code\": \"M\", \"description\": \"Male\"},"
                + " \"audit\": {\"createUsername\": \"X\", \"auditModuleName\": \"OCDPERSO\"},"
                + " \"contacts\": [{\"id\": 500001, \"contactType\": {\"code\": \"S\", \"description\": \"Social\"},"
                + " \"relationshipType\": {\"code\": \"BRO\", \"description\": \"Brother\"}, \"active\": true,"
                + " \"approvedVisitor\": false, \"nextOfKin\": true, \"emergencyContact\": false,"
                + " \"prisoner\": {\"bookingId\": 3001, \"offenderNo\": \"A1234KT\"},"
                + " \"audit\": {\"auditModuleName\": \"DPS_SYNCHRONISATION\"}, \"restrictions\": []}],"
                + " \"phoneNumbers\": [], \"addresses\": [], \"emailAddresses\": [], \"employments\": [],"
                + " \"identifiers\": [], \"restrictions\": []}"));

        assertThat(nomis().createContact(100_001, "A1234KT", ContactDetails.social("BRO")))
                .isEqualTo(OptionalLong.of(500_001));
        assertThat(nomis().createContact(100_001, "A1234KT", ContactDetails.social("BRO"))).isEmpty();
        NomisPerson person = nomis().person(100_001).orElseThrow();

        RecordedRequest create = taken();
        assertThat(create.getTarget()).isEqualTo("/persons/100001/contact");
        JsonNode body = Wire.body(create);
        assertThat(body.get("offenderNo").asText()).isEqualTo("A1234KT");
        assertThat(body.get("contactTypeCode").asText()).isEqualTo("S");
        assertThat(body.get("relationshipTypeCode").asText()).isEqualTo("BRO");
        assertThat(body.get("approvedVisitor").asBoolean()).isFalse();
        assertThat(person.writtenBySync()).isFalse();
        assertThat(person.details().genderCode()).isEqualTo("M");
        assertThat(person.details().remitter()).isTrue();
        assertThat(person.contacts()).singleElement().satisfies(c -> {
            assertThat(c.offenderNo()).isEqualTo("A1234KT");
            assertThat(c.details().nextOfKin()).isTrue();
            assertThat(c.writtenBySync()).isTrue();
        });
    }

    @Test
    void nomisListsAPrisonersContactsAcrossTheLatestBookingIncludingInactiveOnes() throws Exception {
        server.enqueue(Wire.json(200, "{\"contacts\": [{\"id\": 500002, \"bookingId\": 3001, \"bookingSequence\": 1,"
                + " \"contactType\": {\"code\": \"S\"}, \"relationshipType\": {\"code\": \"FRI\"}, \"active\": false,"
                + " \"approvedVisitor\": false, \"nextOfKin\": false, \"emergencyContact\": false,"
                + " \"person\": {\"personId\": 100002, \"firstName\": \"Cy\", \"lastName\": \"Cole\"},"
                + " \"restrictions\": [], \"audit\": {}}]}"));

        assertThat(nomis().contactsOf("A1234KT")).containsExactly(new Relationship(500_002, 100_002, "A1234KT",
                new ContactDetails("S", "FRI", false, null, false, false, false, null)));
        assertThat(taken().getTarget())
                .isEqualTo("/prisoners/A1234KT/contacts?active-only=false&latest-booking-only=true");
    }

    @Test
    void nomisListsPersonIdsAfterAnIdInPagesAsTheReconciliationPagesThem() throws Exception {
        server.enqueue(Wire.json(200, "{\"personIds\": [100003, 100007], \"lastPersonId\": 100007}"));
        server.enqueue(Wire.json(200, "{\"personIds\": [], \"lastPersonId\": 0}"));

        assertThat(nomis().personIdsFrom(100_002, 2)).containsExactly(100_003L, 100_007L);
        assertThat(taken().getTarget()).isEqualTo("/persons/ids/all-from-id?personId=100002&pageSize=2");
        assertThat(nomis().personIdsFrom(100_007, 2)).isEmpty();
        assertThat(taken().getTarget()).isEqualTo("/persons/ids/all-from-id?personId=100007&pageSize=2");
    }

    @Test
    void dpsCreatesCarryWhoAndWhenAndA409IsAValue() throws Exception {
        server.enqueue(Wire.json(201, "{\"id\": 100001, \"firstName\": \"Ann\", \"lastName\": \"Addo\","
                + " \"isStaff\": true, \"remitter\": false, \"createdBy\": \"PRISON_SYNC\","
                + " \"createdTime\": \"2026-12-07T00:00:00\"}"));
        server.enqueue(Wire.json(409, "{\"status\": 409}"));
        server.enqueue(Wire.json(409, "{\"status\": 409, \"userMessage\": \"The requested combination of prisoner,"
                + " contact and relationship to prisoner already exists\"}"));

        assertThat(dps().createContact(100_001, ANN)).isTrue();
        assertThat(dps().createContact(100_001, ANN)).isFalse();
        assertThat(dps().createPrisonerContact(100_001, "A1234KT", ContactDetails.social("BRO"))).isEmpty();

        JsonNode contact = Wire.body(taken());
        assertThat(contact.get("personId").asLong()).isEqualTo(100_001);
        assertThat(contact.get("isStaff").asBoolean()).isTrue();
        assertThat(contact.get("gender").asText()).isEqualTo("F");
        assertThat(contact.get("title").asText()).isEqualTo("MS");
        assertThat(contact.get("createdBy").asText()).isEqualTo("PRISON_SYNC");
        assertThat(contact.has("createdTime")).isTrue();
        taken();
        RecordedRequest relation = taken();
        assertThat(relation.getTarget()).isEqualTo("/sync/prisoner-contact");
        JsonNode body = Wire.body(relation);
        assertThat(body.get("contactId").asLong()).isEqualTo(100_001);
        assertThat(body.get("prisonerNumber").asText()).isEqualTo("A1234KT");
        assertThat(body.get("contactType").asText()).isEqualTo("S");
        assertThat(body.get("relationshipType").asText()).isEqualTo("BRO");
    }

    @Test
    void dpsResolvesAPrisonersRelationshipsFromTheReconcileView() throws Exception {
        server.enqueue(Wire.json(200, "{\"relationships\": [{\"contactId\": 100001, \"prisonerContactId\": 7000001,"
                + " \"prisonerNumber\": \"A1234KT\", \"relationshipTypeCode\": \"S\", \"relationshipToPrisoner\":"
                + " \"BRO\", \"nextOfKin\": false, \"emergencyContact\": false, \"active\": true,"
                + " \"approvedVisitor\": true, \"restrictions\": []}, {\"contactId\": 100002,"
                + " \"prisonerContactId\": 7000002, \"prisonerNumber\": \"A1234KT\", \"relationshipTypeCode\": \"S\","
                + " \"relationshipToPrisoner\": \"SIS\", \"nextOfKin\": false, \"emergencyContact\": false,"
                + " \"active\": true, \"approvedVisitor\": false, \"restrictions\": []}]}"));

        assertThat(dps().prisonerContactsOf("A1234KT", 100_001)).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(7_000_001);
            assertThat(c.details().sameRelationship(ContactDetails.social("BRO"))).isTrue();
            assertThat(c.details().approvedVisitor()).isTrue();
        });
        assertThat(taken().getTarget()).isEqualTo("/sync/prisoner/A1234KT/reconcile");
    }

    @Test
    void aPersonRestrictionGoesToNomisAsAVisitorRestrictionWithTheFieldsNomisRequires() throws Exception {
        server.enqueue(Wire.json(201, "{\"id\": 345}"));
        server.enqueue(Wire.json(200, ""));
        server.enqueue(Wire.json(200, "{\"personId\": 100001, \"firstName\": \"Bob\", \"lastName\": \"Bell\","
                + " \"restrictions\": [{\"id\": 345, \"type\": {\"code\": \"BAN\", \"description\": \"Banned\"},"
                + " \"comment\": \"no visits\", \"effectiveDate\": \"2026-02-01\","
                + " \"enteredStaff\": {\"staffId\": 1, \"username\": \"JSMITH\"},"
                + " \"audit\": {\"createUsername\": \"JSMITH\", \"createDatetime\": \"2026-02-01T09:00:00\","
                + " \"auditModuleName\": \"OCDGNREST\"}}]}"));

        long id = nomis().createChild(ChildKind.RESTRICTION, 100_001, Map.of("restrictionType", "BAN",
                "comments", "no visits"));
        nomis().updateChild(ChildKind.RESTRICTION, 100_001, 345, Map.of("restrictionType", "CCTV",
                "startDate", "2026-03-01"));
        ChildRecord listed = nomis().childrenOf(ChildKind.RESTRICTION, 100_001).get(0);

        assertThat(id).isEqualTo(345);
        RecordedRequest create = taken();
        assertThat(create.getMethod()).isEqualTo("POST");
        assertThat(create.getTarget()).isEqualTo("/persons/100001/restriction");
        JsonNode body = Wire.body(create);
        assertThat(body.get("typeCode").asText()).isEqualTo("BAN");
        assertThat(body.get("comment").asText()).isEqualTo("no visits");
        assertThat(body.get("effectiveDate").asText()).as("required: today when DPS has no start date")
                .isEqualTo(LocalDate.now().toString());
        assertThat(body.get("enteredStaffUsername").asText()).isEqualTo("PRISON_SYNC");
        assertThat(body.has("restrictionType")).as("NOMIS's names only").isFalse();
        RecordedRequest update = taken();
        assertThat(update.getMethod()).isEqualTo("PUT");
        assertThat(update.getTarget()).isEqualTo("/persons/100001/restriction/345");
        assertThat(Wire.body(update).get("effectiveDate").asText()).isEqualTo("2026-03-01");
        assertThat(listed.id()).isEqualTo(345);
        assertThat(listed.writtenBy()).isEqualTo("OCDGNREST");
        assertThat(listed.fields()).isEqualTo(Map.of("restrictionType", "BAN", "startDate", "2026-02-01",
                "comments", "no visits"));
    }

    @Test
    void aContactRestrictionIsReadAndWrittenAtDpsSyncPathsInDpsNames() throws Exception {
        server.enqueue(Wire.json(201, "{\"contactRestrictionId\": 61, \"contactId\": 100001,"
                + " \"restrictionType\": \"BAN\", \"createdBy\": \"PRISON_SYNC\","
                + " \"createdTime\": \"2026-02-01T09:00:00\"}"));
        server.enqueue(Wire.json(200, "{\"contactRestrictionId\": 61, \"contactId\": 100001,"
                + " \"restrictionType\": \"CCTV\", \"startDate\": \"2026-02-01\", \"comments\": \"c\","
                + " \"createdBy\": \"X\", \"createdTime\": \"2026-02-01T09:00:00\"}"));
        server.enqueue(Wire.json(404, "{\"status\": 404}"));

        assertThat(dps().createChild(ChildKind.RESTRICTION, 100_001, Map.of("restrictionType", "BAN",
                "startDate", "2026-02-01"))).isEqualTo(61);
        assertThat(dps().child(ChildKind.RESTRICTION, 61)).hasValueSatisfying(c -> {
            assertThat(c.personId()).isEqualTo(100_001);
            assertThat(c.fields()).isEqualTo(Map.of("restrictionType", "CCTV", "startDate", "2026-02-01",
                    "comments", "c"));
        });
        assertThat(dps().child(ChildKind.RESTRICTION, 62)).isEmpty();

        RecordedRequest create = taken();
        assertThat(create.getTarget()).isEqualTo("/sync/contact-restriction");
        JsonNode body = Wire.body(create);
        assertThat(body.get("contactId").asLong()).isEqualTo(100_001);
        assertThat(body.get("restrictionType").asText()).isEqualTo("BAN");
        assertThat(body.get("startDate").asText()).isEqualTo("2026-02-01");
        assertThat(body.get("createdBy").asText()).isEqualTo("PRISON_SYNC");
        assertThat(body.has("enteredStaffUsername")).as("NOMIS's request-only field stays off DPS's wire").isFalse();
        assertThat(taken().getTarget()).isEqualTo("/sync/contact-restriction/61");
    }

    @Test
    void aRelationshipRestrictionLivesUnderTheNomisContactAndTheDpsPrisonerContact() throws Exception {
        server.enqueue(Wire.json(201, "{\"id\": 77}"));
        server.enqueue(Wire.json(200, ""));
        server.enqueue(Wire.json(200, "{\"personId\": 100001, \"firstName\": \"Bob\", \"lastName\": \"Bell\","
                + " \"restrictions\": [{\"id\": 5, \"type\": {\"code\": \"BAN\"}, \"effectiveDate\": \"2026-01-01\"}],"
                + " \"contacts\": [{\"id\": 500001, \"restrictions\": []}, {\"id\": 500002, \"restrictions\":"
                + " [{\"id\": 77, \"type\": {\"code\": \"CCTV\", \"description\": \"CCTV\"},"
                + " \"effectiveDate\": \"2026-02-01\", \"enteredStaff\": {\"staffId\": 1, \"username\": \"X\"},"
                + " \"audit\": {\"auditModuleName\": \"DPS_SYNCHRONISATION\"}}]}]}"));
        server.enqueue(Wire.json(201, "{\"prisonerContactRestrictionId\": 81, \"prisonerContactId\": 7000002,"
                + " \"contactId\": 100001, \"prisonerNumber\": \"A1234KT\", \"restrictionType\": \"CCTV\"}"));
        server.enqueue(Wire.json(200, "{\"prisonerContactRestrictionId\": 81, \"prisonerContactId\": 7000002,"
                + " \"contactId\": 100001, \"prisonerNumber\": \"A1234KT\", \"restrictionType\": \"BAN\"}"));

        ChildKind kind = ChildKind.CONTACT_RESTRICTION;
        assertThat(nomis().createChild(kind, 100_001, 500_002, Map.of("restrictionType", "CCTV",
                "startDate", "2026-02-01"))).isEqualTo(77);
        nomis().deleteChild(kind, 100_001, 500_002, 77);
        assertThat(nomis().childrenOf(kind, 100_001, 500_002)).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(77);
            assertThat(c.parentId()).isEqualTo(500_002);
            assertThat(c.writtenBySync()).isTrue();
            assertThat(c.fields()).isEqualTo(Map.of("restrictionType", "CCTV", "startDate", "2026-02-01"));
        });
        assertThat(dps().createChild(kind, 7_000_002, Map.of("restrictionType", "CCTV"))).isEqualTo(81);
        dps().updateChild(kind, 81, 7_000_002, Map.of("restrictionType", "BAN"));

        RecordedRequest create = taken();
        assertThat(create.getTarget()).isEqualTo("/persons/100001/contact/500002/restriction");
        assertThat(Wire.body(create).get("enteredStaffUsername").asText()).isEqualTo("PRISON_SYNC");
        RecordedRequest delete = taken();
        assertThat(delete.getMethod()).isEqualTo("DELETE");
        assertThat(delete.getTarget()).isEqualTo("/persons/100001/contact/500002/restriction/77");
        assertThat(taken().getTarget()).isEqualTo("/persons/100001");
        RecordedRequest dpsCreate = taken();
        assertThat(dpsCreate.getTarget()).isEqualTo("/sync/prisoner-contact-restriction");
        JsonNode body = Wire.body(dpsCreate);
        assertThat(body.get("prisonerContactId").asLong()).isEqualTo(7_000_002);
        assertThat(body.has("contactId")).isFalse();
        RecordedRequest dpsUpdate = taken();
        assertThat(dpsUpdate.getTarget()).isEqualTo("/sync/prisoner-contact-restriction/81");
        assertThat(Wire.body(dpsUpdate).has("prisonerContactId"))
                .as("SyncUpdatePrisonerContactRestrictionRequest has no parent field").isFalse();
        assertThat(Wire.body(dpsUpdate).get("updatedBy").asText()).isEqualTo("PRISON_SYNC");
    }

    @Test
    void anAddressPhoneLivesUnderTheNomisAddressAndTheDpsContactAddress() throws Exception {
        server.enqueue(Wire.json(201, "{\"phoneId\": 91}"));
        server.enqueue(Wire.json(200, "{\"personId\": 100001, \"firstName\": \"Bob\", \"lastName\": \"Bell\","
                + " \"phoneNumbers\": [{\"phoneId\": 90, \"number\": \"0100\", \"type\": {\"code\": \"HOME\"}}],"
                + " \"addresses\": [{\"addressId\": 61, \"phoneNumbers\": [{\"phoneId\": 91, \"number\": \"0113\","
                + " \"extension\": \"2\", \"type\": {\"code\": \"BUS\", \"description\": \"Business\"},"
                + " \"audit\": {\"auditModuleName\": \"OCDPERSO\"}}]}]}"));
        server.enqueue(Wire.json(200, "{\"contactId\": 100001, \"firstName\": \"Bob\", \"lastName\": \"Bell\","
                + " \"addresses\": [{\"contactAddressId\": 71, \"primaryAddress\": true, \"addressPhones\":"
                + " [{\"contactAddressPhoneId\": 81, \"phoneType\": \"BUS\", \"phoneNumber\": \"0113\"}]}]}"));
        server.enqueue(Wire.json(200, "{\"contactAddressPhoneId\": 81, \"contactAddressId\": 71,"
                + " \"contactPhoneId\": 5, \"contactId\": 100001, \"phoneType\": \"BUS\", \"phoneNumber\": \"0113\","
                + " \"extNumber\": \"2\", \"createdBy\": \"X\", \"createdTime\": \"2026-02-01T09:00:00\"}"));
        server.enqueue(Wire.json(201, "{\"contactAddressPhoneId\": 82, \"contactAddressId\": 71}"));
        server.enqueue(Wire.json(200, "{\"contactAddressPhoneId\": 82, \"contactAddressId\": 71}"));

        ChildKind kind = ChildKind.ADDRESS_PHONE;
        Map<String, Object> phone = Map.of("phoneType", "BUS", "phoneNumber", "0113", "extNumber", "2");
        assertThat(nomis().createChild(kind, 100_001, 61, phone)).isEqualTo(91);
        assertThat(nomis().childrenOf(kind, 100_001, 61)).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(phone));
        assertThat(dps().childrenOf(kind, 100_001, 71)).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(81);
            assertThat(c.parentId()).isEqualTo(71);
            assertThat(c.fields()).isEqualTo(phone);
        });
        assertThat(dps().createChild(kind, 71, phone)).isEqualTo(82);
        dps().updateChild(kind, 82, 71, phone);

        RecordedRequest create = taken();
        assertThat(create.getTarget()).isEqualTo("/persons/100001/address/61/phone");
        assertThat(Wire.body(create).get("typeCode").asText()).isEqualTo("BUS");
        assertThat(Wire.body(create).get("number").asText()).isEqualTo("0113");
        taken();
        assertThat(taken().getTarget()).isEqualTo("/sync/contact/100001/reconcile");
        assertThat(taken().getTarget()).isEqualTo("/sync/contact-address-phone/81");
        RecordedRequest dpsCreate = taken();
        assertThat(dpsCreate.getTarget()).isEqualTo("/sync/contact-address-phone");
        assertThat(Wire.body(dpsCreate).get("contactAddressId").asLong()).isEqualTo(71);
        RecordedRequest dpsUpdate = taken();
        assertThat(dpsUpdate.getTarget()).isEqualTo("/sync/contact-address-phone/82");
        assertThat(Wire.body(dpsUpdate).has("contactAddressId")).isFalse();
        assertThat(Wire.body(dpsUpdate).get("extNumber").asText()).isEqualTo("2");
    }

    @Test
    void aPrisonerRestrictionLivesUnderTheNomisPrisonerAndDpsSyncPrisonerRestriction() throws Exception {
        ChildKind kind = ChildKind.PRISONER_RESTRICTION;
        Map<String, Object> fields = Map.of("restrictionType", "BAN", "effectiveDate", "2026-02-01",
                "commentText", "no visits", "authorisedUsername", "AUTH_USER");
        server.enqueue(Wire.json(201, "{\"id\": 3456}"));
        server.enqueue(Wire.json(200, "{}"));
        server.enqueue(Wire.json(204, ""));
        server.enqueue(Wire.json(200, "{\"restrictions\": [{\"id\": 3456, \"offenderNo\": \"A1234BC\","
                + " \"bookingId\": 1, \"bookingSequence\": 1, \"type\": {\"code\": \"BAN\", \"description\": \"Banned\"},"
                + " \"comment\": \"no visits\", \"effectiveDate\": \"2026-02-01\","
                + " \"enteredStaff\": {\"staffId\": 1, \"username\": \"PRISON_SYNC\"},"
                + " \"authorisedStaff\": {\"staffId\": 2, \"username\": \"AUTH_USER\"},"
                + " \"audit\": {\"auditModuleName\": \"DPS_SYNCHRONISATION\"}}]}"));

        ContactsNomisApi nomis = nomis();
        assertThat(nomis.createChildUnder(kind, 0, "A1234BC", fields)).isEqualTo(3456);
        nomis.updateChildUnder(kind, 0, "A1234BC", 3456, fields);
        nomis.deleteChildUnder(kind, 0, "A1234BC", 3456);
        List<ChildRecord> listed = nomis.childrenUnder(kind, 0, "A1234BC");

        RecordedRequest create = taken();
        assertThat(create.getMethod()).isEqualTo("POST");
        assertThat(create.getTarget()).isEqualTo("/prisoners/A1234BC/restriction");
        JsonNode body = Wire.body(create);
        assertThat(body.get("typeCode").asText()).isEqualTo("BAN");
        assertThat(body.get("effectiveDate").asText()).isEqualTo("2026-02-01");
        assertThat(body.get("comment").asText()).isEqualTo("no visits");
        assertThat(body.get("authorisedStaffUsername").asText()).isEqualTo("AUTH_USER");
        assertThat(body.get("enteredStaffUsername").asText()).isEqualTo("PRISON_SYNC");
        RecordedRequest update = taken();
        assertThat(update.getMethod()).isEqualTo("PUT");
        assertThat(update.getTarget()).isEqualTo("/prisoners/A1234BC/restriction/3456");
        assertThat(Wire.body(update).get("typeCode").asText()).isEqualTo("BAN");
        RecordedRequest delete = taken();
        assertThat(delete.getMethod()).isEqualTo("DELETE");
        assertThat(delete.getTarget()).isEqualTo("/prisoners/A1234BC/restriction/3456");
        assertThat(taken().getTarget()).isEqualTo("/prisoners/A1234BC/restrictions");
        assertThat(listed).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(3456);
            assertThat(r.parentKey()).isEqualTo("A1234BC");
            assertThat(r.fields()).isEqualTo(fields);
            assertThat(r.writtenBySync()).isTrue();
        });

        String dpsRecord = "{\"prisonerRestrictionId\": 65432, \"prisonerNumber\": \"A1234BC\","
                + " \"restrictionType\": \"BAN\", \"effectiveDate\": \"2026-02-01\", \"commentText\": \"no visits\","
                + " \"authorisedUsername\": \"AUTH_USER\", \"currentTerm\": true, \"createdBy\": \"X\","
                + " \"createdTime\": \"2026-02-01T10:00:00\"}";
        server.enqueue(Wire.json(201, dpsRecord));
        server.enqueue(Wire.json(200, dpsRecord));
        server.enqueue(Wire.json(200, dpsRecord));
        server.enqueue(Wire.json(200, "{\"content\": [" + dpsRecord + "], \"page\": {\"size\": 1}}"));
        server.enqueue(Wire.json(204, ""));
        server.enqueue(Wire.json(404, "{\"status\": 404}"));

        ContactsDpsApi dps = dps();
        assertThat(dps.createChildUnder(kind, "A1234BC", fields)).isEqualTo(65432);
        dps.updateChildUnder(kind, 65432, "A1234BC", fields);
        assertThat(dps.child(kind, 65432)).hasValueSatisfying(r -> {
            assertThat(r.parentKey()).isEqualTo("A1234BC");
            assertThat(r.fields()).isEqualTo(fields);
        });
        assertThat(dps.childrenUnder(kind, 0, "A1234BC")).singleElement()
                .satisfies(r -> assertThat(r.id()).isEqualTo(65432));
        dps.deleteChild(kind, 65432);
        assertThat(dps.child(kind, 1)).as("404 is empty").isEmpty();

        RecordedRequest dpsCreate = taken();
        assertThat(dpsCreate.getTarget()).isEqualTo("/sync/prisoner-restriction");
        JsonNode created = Wire.body(dpsCreate);
        assertThat(created.get("prisonerNumber").asText()).isEqualTo("A1234BC");
        assertThat(created.get("restrictionType").asText()).isEqualTo("BAN");
        assertThat(created.get("commentText").asText()).isEqualTo("no visits");
        assertThat(created.get("authorisedUsername").asText()).isEqualTo("AUTH_USER");
        assertThat(created.get("currentTerm").asBoolean()).isTrue();
        assertThat(created.get("createdBy").asText()).isEqualTo("PRISON_SYNC");
        assertThat(created.has("createdTime")).isTrue();
        RecordedRequest dpsUpdate = taken();
        assertThat(dpsUpdate.getMethod()).isEqualTo("PUT");
        assertThat(dpsUpdate.getTarget()).isEqualTo("/sync/prisoner-restriction/65432");
        JsonNode updated = Wire.body(dpsUpdate);
        assertThat(updated.get("prisonerNumber").asText()).as("the update names the prisoner").isEqualTo("A1234BC");
        assertThat(updated.get("updatedBy").asText()).isEqualTo("PRISON_SYNC");
        assertThat(taken().getTarget()).isEqualTo("/sync/prisoner-restriction/65432");
        assertThat(taken().getTarget())
                .isEqualTo("/prisoner-restrictions/A1234BC?currentTermOnly=true&paged=false");
        RecordedRequest dpsDelete = taken();
        assertThat(dpsDelete.getMethod()).isEqualTo("DELETE");
        assertThat(dpsDelete.getTarget()).isEqualTo("/sync/prisoner-restriction/65432");
    }
}
