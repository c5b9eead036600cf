package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.contacts.ChildKind;
import org.prisonsync.core.contacts.ChildRecord;
import org.prisonsync.core.contacts.ContactDetails;
import org.prisonsync.core.contacts.ContactsDomain;
import org.prisonsync.core.contacts.ContactsSync;
import org.prisonsync.core.contacts.DpsContact;
import org.prisonsync.core.contacts.DpsPrisonerContact;
import org.prisonsync.core.contacts.NomisContact;
import org.prisonsync.core.contacts.NomisPerson;
import org.prisonsync.core.contacts.PersonDetails;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.simulator.Faults;
import org.prisonsync.simulator.Simulator;
import org.prisonsync.simulator.contacts.ContactsSimulation;

/**
 * Issue 14's contacts (persons and prisoner contacts so far) on the running service over its queues and HTTP against
 * the simulator: made on either side and delivered three times at once, each arrives once on the other side with
 * its mapping, follows updates and deletes, and never echoes back; a create whose answer times out after NOMIS wrote
 * it ends mapped with no manual step and nothing dead-lettered; a bad id is dead-lettered at once with its reason.
 */
class ContactsEndToEndIT {
    @TempDir
    static Path data;
    static PrisonSyncService service;
    static Simulator simulator;
    static ContactsSimulation contacts;
    static QueueDefinition toNomis;
    static QueueDefinition fromNomis;
    static final RecordingTelemetry TELEMETRY = new RecordingTelemetry();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        service = ServiceFixture.startEmbedded(data, TELEMETRY);
        simulator = service.simulator().orElseThrow();
        contacts = simulator.domain(ContactsSimulation.class);
        toNomis = service.core().queues().byId(ContactsDomain.TO_NOMIS.id());
        fromNomis = service.core().queues().byId(ContactsDomain.FROM_NOMIS.id());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @AfterEach
    void noFaults() {
        simulator.faults().clear();
    }

    @Test
    void aDpsContactAndRelationshipThreeTimesAtOnceAreOneNomisPersonAndContactFollowingChangesWithoutEcho() {
        String prisoner = "A9501CT";
        contacts.nomis().newBooking(prisoner);
        DpsContact contact = contacts.dps().createByDpsUser(PersonDetails.named("Ann", "Addo"));
        twoMoreDpsCopies("contacts-api.contact.created", Map.of("contactId", contact.id()), null);
        awaitMapped(ContactsSync.PERSON, contact.id());
        DpsPrisonerContact relation = contacts.dps().relateByDpsUser(contact.id(), prisoner,
                ContactDetails.social("BRO"));
        twoMoreDpsCopies("contacts-api.prisoner-contact.created",
                Map.of("prisonerContactId", relation.id(), "contactId", contact.id()), prisoner);
        awaitQuiet();

        NomisPerson person = contacts.nomis().person(contact.id()).orElseThrow();
        assertThat(person.details()).isEqualTo(contact.details());
        assertThat(person.contacts()).singleElement()
                .satisfies(c -> assertThat(c.details()).isEqualTo(relation.details()));
        assertThat(mapping(ContactsSync.PERSON_CONTACT, relation.id())).hasValueSatisfying(
                m -> assertThat(m.nomisId()).isEqualTo(Long.toString(person.contacts().get(0).contactId())));
        assertThat(contacts.dps().contacts()).as("no echo back to DPS")
                .filteredOn(c -> c.details().equals(contact.details())).extracting(DpsContact::id)
                .containsExactly(contact.id());
        assertThat(contacts.dps().prisonerContactsOf(prisoner)).hasSize(1);

        contacts.dps().updateByDpsUser(contact.id(), PersonDetails.named("Ann", "Addo-Smith"));
        contacts.dps().updatePrisonerContactByDpsUser(relation.id(),
                new ContactDetails("S", "BRO", true, null, true, true, false, "next of kin now"));
        awaitQuiet();
        NomisPerson updated = contacts.nomis().person(contact.id()).orElseThrow();
        assertThat(updated.details().lastName()).isEqualTo("Addo-Smith");
        assertThat(updated.contacts().get(0).details().comment()).isEqualTo("next of kin now");

        contacts.dps().deletePrisonerContactByDpsUser(relation.id());
        awaitQuiet();
        contacts.dps().deleteByDpsUser(contact.id());
        awaitQuiet();
        assertThat(contacts.nomis().person(contact.id())).isEmpty();
        assertThat(mapping(ContactsSync.PERSON, contact.id())).isEmpty();
        assertThat(mapping(ContactsSync.PERSON_CONTACT, relation.id())).isEmpty();
        assertThat(dlqReasons(toNomis)).isEmpty();
        assertThat(dlqReasons(fromNomis)).isEmpty();
    }

    @Test
    void aNomisPersonAndContactThreeTimesAtOnceAreOneDpsContactAndRelationshipWithoutEcho() {
        String prisoner = "A9502CT";
        contacts.nomis().newBooking(prisoner);
        NomisPerson person = contacts.nomis().createByNomisUser(PersonDetails.named("Bob", "Bell"));
        NomisContact contact = contacts.nomis().relateByNomisUser(person.personId(), prisoner,
                ContactDetails.social("FRI"));
        twoMoreNomisCopies(person.personId(), contact, prisoner);
        awaitQuiet();

        assertThat(contacts.dps().contact(person.personId())).hasValueSatisfying(
                c -> assertThat(c.details()).isEqualTo(person.details()));
        List<DpsPrisonerContact> relations = contacts.dps().prisonerContacts().stream()
                .filter(c -> c.prisonerNumber().equals(prisoner)).toList();
        assertThat(relations).singleElement().satisfies(r -> assertThat(r.contactId()).isEqualTo(person.personId()));
        assertThat(contacts.nomis().person(person.personId()).orElseThrow().writtenBySync())
                .as("no echo back to NOMIS").isFalse();

        contacts.nomis().updateContactByNomisUser(person.personId(), contact.contactId(),
                ContactDetails.social("BRO"));
        awaitQuiet();
        assertThat(contacts.dps().prisonerContact(relations.get(0).id()).orElseThrow().details().relationshipType())
                .isEqualTo("BRO");

        contacts.nomis().deleteContactByNomisUser(person.personId(), contact.contactId());
        contacts.nomis().deletePersonByNomisUser(person.personId());
        awaitQuiet();
        assertThat(contacts.dps().contact(person.personId())).isEmpty();
        assertThat(contacts.dps().prisonerContact(relations.get(0).id())).isEmpty();
        assertThat(dlqReasons(toNomis)).isEmpty();
        assertThat(dlqReasons(fromNomis)).isEmpty();
    }

    @Test
    void createsWhoseAnswersTimeOutAfterNomisWroteThemEndMappedWithNoManualStep() {
        String prisoner = "A9503CT";
        contacts.nomis().newBooking(prisoner);
        simulator.faults().set("POST /persons", Faults.FaultRule.timeoutAfterSuccess(1.0, 4_000));
        simulator.faults().set("POST /persons/{personId}/contact", Faults.FaultRule.timeoutAfterSuccess(1.0, 4_000));
        long before = injectedTimeouts();
        DpsContact contact = contacts.dps().createByDpsUser(PersonDetails.named("Cy", "Cole"));
        ServiceFixture.await("the person written and its answer lost", Duration.ofSeconds(60),
                () -> contacts.nomis().person(contact.id()).isPresent() && injectedTimeouts() > before);
        DpsPrisonerContact relation = contacts.dps().relateByDpsUser(contact.id(), prisoner,
                ContactDetails.social("SIS"));
        ServiceFixture.await("the contact written and its answer lost", Duration.ofSeconds(60),
                () -> !contacts.nomis().person(contact.id()).orElseThrow().contacts().isEmpty()
                        && injectedTimeouts() > before + 1);
        simulator.faults().clear();
        awaitMapped(ContactsSync.PERSON_CONTACT, relation.id());

        assertThat(contacts.nomis().person(contact.id()).orElseThrow().contacts()).hasSize(1);
        assertThat(mapping(ContactsSync.PERSON, contact.id())).isPresent();
        assertThat(TELEMETRY.events()).filteredOn(e -> "true".equals(e.properties().get("foundExisting")))
                .extracting(e -> e.name()).contains("contact-person-create-success", "contact-create-success");
        assertThat(dlqReasons(toNomis)).isEmpty();
    }

    @Test
    void theResynchroniseRepairsRebuildAPrisonersContactsAndAPersonExactlyBothWaysDryRunFirst() throws Exception {
        String prisoner = "A9504CT";
        contacts.nomis().newBooking(prisoner);
        // Written through the ports, as our own sync writes are, so the sync skips them: each side ends up holding
        // what the other does not, as after lost events.
        long gus = 900_001;
        contacts.nomis().createPerson(gus, PersonDetails.named("Gus", "Gray"));
        contacts.nomis().createContact(gus, prisoner, ContactDetails.social("BRO"));
        long hal = 900_002;
        contacts.dps().createContact(hal, PersonDetails.named("Hal", "Hunt"));
        contacts.dps().createPrisonerContact(hal, prisoner, ContactDetails.social("FRI"));
        awaitQuiet();
        String path = base() + "/prisoners/" + prisoner + "/contacts/resynchronise";

        JsonNode plan = json(ServiceFixture.http("POST", path + "?dryRun=true"));
        assertThat(plan.get("status").asText()).isEqualTo("PLANNED");
        assertThat(plan.get("actions").toString()).contains("create DPS person " + gus)
                .contains("create DPS relationship of person " + gus).contains("delete relationship");
        assertThat(contacts.dps().contact(gus)).as("the dry run changes nothing").isEmpty();

        JsonNode done = json(ServiceFixture.http("POST", path + "?dryRun=false"));
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(contacts.dps().prisonerContactsOf(prisoner)).singleElement().satisfies(c -> {
            assertThat(c.contactId()).isEqualTo(gus);
            assertThat(mapping(ContactsSync.PERSON_CONTACT, c.id())).isPresent();
        });
        assertThat(json(ServiceFixture.http("POST", path + "?dryRun=false")).get("status").asText())
                .isEqualTo("NOTHING_TO_DO");

        long ida = 900_003;
        contacts.nomis().createPerson(ida, PersonDetails.named("Ida", "Ince"));
        contacts.nomis().createContact(ida, prisoner, ContactDetails.social("SIS"));
        JsonNode person = json(ServiceFixture.http("POST", base() + "/persons/" + ida + "/resynchronise?dryRun=false"));
        assertThat(person.get("status").asText()).isEqualTo("DONE");
        assertThat(contacts.dps().contact(ida)).isPresent();
        assertThat(contacts.dps().relationshipsOf(ida)).hasSize(1);

        JsonNode reverse = json(ServiceFixture.http("POST", base() + "/contacts/" + hal + "/resynchronise?dryRun=false"));
        assertThat(reverse.get("actions").toString()).contains("create NOMIS person " + hal);
        assertThat(contacts.nomis().person(hal)).hasValueSatisfying(
                p -> assertThat(p.details()).isEqualTo(PersonDetails.named("Hal", "Hunt")));
        awaitQuiet();
        assertThat(dlqReasons(toNomis)).isEmpty();
        assertThat(dlqReasons(fromNomis)).isEmpty();

        assertRefused(ServiceFixture.http("POST", path + "?dryRun=maybe"), "dryRun");
        assertRefused(ServiceFixture.http("POST", base() + "/persons/-5/resynchronise?dryRun=true"), "personId");
        assertRefused(ServiceFixture.http("POST", base() + "/persons/12x/resynchronise?dryRun=true"), "personId");
        assertRefused(ServiceFixture.http("POST", base() + "/prisoners/NOBODY/contacts/resynchronise?dryRun=true"),
                "offenderNo");
    }

    private static String base() {
        return "http://127.0.0.1:" + service.port();
    }

    private static JsonNode json(java.net.http.HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void assertRefused(java.net.http.HttpResponse<String> response, String naming) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(naming).doesNotContain("Exception").doesNotContain("org.prisonsync");
    }

    @Test
    void everyChildKindMadeOnEitherSideArrivesOnTheOtherOverTheRealWiresAndFollowsChanges() {
        DpsContact contact = contacts.dps().createByDpsUser(PersonDetails.named("Kay", "King"));
        NomisPerson person = contacts.nomis().createByNomisUser(PersonDetails.named("Lou", "Lamb"));
        awaitMapped(ContactsSync.PERSON, contact.id());
        ServiceFixture.await("the NOMIS person mapped", Duration.ofSeconds(90), () -> service.core().mappings()
                .findByNomisId(ContactsSync.PERSON, Long.toString(person.personId())).isPresent());
        Map<ChildKind, ChildRecord> madeInDps = new java.util.LinkedHashMap<>();
        Map<ChildKind, ChildRecord> madeInNomis = new java.util.LinkedHashMap<>();
        for (ChildKind kind : ChildKind.ofParent(ChildKind.Parent.PERSON)) {
            madeInDps.put(kind, contacts.dps().addChildByDpsUser(kind, contact.id(), childFields(kind, 1)));
            madeInNomis.put(kind, contacts.nomis().addChildByNomisUser(kind, person.personId(), childFields(kind, 2)));
        }
        awaitQuiet();
        for (ChildKind kind : ChildKind.ofParent(ChildKind.Parent.PERSON)) {
            assertThat(contacts.nomis().childrenOf(kind, contact.id())).as(kind.name()).singleElement()
                    .satisfies(c -> assertThat(c.fields()).isEqualTo(madeInDps.get(kind).fields()));
            assertThat(contacts.dps().childrenOf(kind, person.personId())).as(kind.name()).singleElement()
                    .satisfies(c -> assertThat(c.fields()).isEqualTo(madeInNomis.get(kind).fields()));
            contacts.dps().updateChildByDpsUser(kind, madeInDps.get(kind).id(), childFields(kind, 3));
            contacts.nomis().deleteChildByNomisUser(kind, person.personId(), madeInNomis.get(kind).id());
        }
        awaitQuiet();
        for (ChildKind kind : ChildKind.ofParent(ChildKind.Parent.PERSON)) {
            assertThat(contacts.nomis().childrenOf(kind, contact.id())).as(kind.name()).singleElement()
                    .satisfies(c -> assertThat(c.fields()).isEqualTo(childFields(kind, 3)));
            assertThat(contacts.dps().childrenOf(kind, person.personId())).as(kind.name()).isEmpty();
        }
        assertThat(dlqReasons(toNomis)).isEmpty();
        assertThat(dlqReasons(fromNomis)).isEmpty();
    }

    @Test
    void aRelationshipsRestrictionMadeOnEitherSideArrivesOnTheOtherOverTheRealWiresAndFollowsChanges() {
        String prisoner = "A9509CT";
        ChildKind kind = ChildKind.CONTACT_RESTRICTION;
        contacts.nomis().newBooking(prisoner);
        DpsContact contact = contacts.dps().createByDpsUser(PersonDetails.named("Mo", "Moss"));
        awaitMapped(ContactsSync.PERSON, contact.id());
        DpsPrisonerContact relation = contacts.dps().relateByDpsUser(contact.id(), prisoner,
                ContactDetails.social("BRO"));
        awaitMapped(ContactsSync.PERSON_CONTACT, relation.id());
        long nomisContact = Long.parseLong(mapping(ContactsSync.PERSON_CONTACT, relation.id()).orElseThrow()
                .nomisId());

        ChildRecord madeInDps = contacts.dps().addChildByDpsUser(kind, relation.id(), childFields(kind, 1));
        ChildRecord madeInNomis = contacts.nomis().addChildByNomisUser(kind, contact.id(), nomisContact,
                childFields(kind, 2));
        awaitQuiet();
        assertThat(contacts.nomis().childrenOf(kind, contact.id(), nomisContact)).extracting(ChildRecord::fields)
                .containsExactlyInAnyOrder(childFields(kind, 1), childFields(kind, 2));
        assertThat(contacts.dps().childrenOf(kind, contact.id(), relation.id())).extracting(ChildRecord::fields)
                .containsExactlyInAnyOrder(childFields(kind, 1), childFields(kind, 2));

        contacts.dps().updateChildByDpsUser(kind, madeInDps.id(), childFields(kind, 3));
        contacts.nomis().deleteChildByNomisUser(kind, contact.id(), madeInNomis.id());
        awaitQuiet();
        assertThat(contacts.nomis().childrenOf(kind, contact.id(), nomisContact)).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(childFields(kind, 3)));
        assertThat(contacts.dps().childrenOf(kind, contact.id(), relation.id())).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(childFields(kind, 3)));
        assertThat(mapping(kind.entityType(), madeInDps.id())).isPresent();
        assertThat(dlqReasons(toNomis)).isEmpty();
        assertThat(dlqReasons(fromNomis)).isEmpty();
    }

    @Test
    void aPrisonersRestrictionMadeOnEitherSideArrivesOnTheOtherOverTheRealWiresAndFollowsChanges() {
        String prisoner = "A9512CT";
        ChildKind kind = ChildKind.PRISONER_RESTRICTION;
        contacts.nomis().newBooking(prisoner);
        Map<String, Object> first = Map.of("restrictionType", "BAN", "effectiveDate", "2026-02-01",
                "commentText", "made in DPS", "authorisedUsername", "AUTH_ONE");
        Map<String, Object> second = Map.of("restrictionType", "CCTV", "effectiveDate", "2026-02-02",
                "commentText", "made in NOMIS", "authorisedUsername", "AUTH_TWO");
        Map<String, Object> third = Map.of("restrictionType", "BAN", "effectiveDate", "2026-02-03",
                "expiryDate", "2026-12-31", "commentText", "changed in DPS", "authorisedUsername", "AUTH_ONE");

        ChildRecord madeInDps = contacts.dps().addChildByDpsUser(kind, prisoner, first);
        ChildRecord madeInNomis = contacts.nomis().addChildByNomisUser(kind, prisoner, second);
        awaitQuiet();
        assertThat(contacts.nomis().childrenUnder(kind, 0, prisoner)).extracting(ChildRecord::fields)
                .containsExactlyInAnyOrder(first, second);
        assertThat(contacts.dps().childrenUnder(kind, 0, prisoner)).extracting(ChildRecord::fields)
                .containsExactlyInAnyOrder(first, second);
        assertThat(mapping(kind.entityType(), madeInDps.id())).hasValueSatisfying(m ->
                assertThat(m.prisonerNumber()).isEqualTo(prisoner));

        contacts.dps().updateChildByDpsUser(kind, madeInDps.id(), third);
        contacts.nomis().deletePrisonerChildByNomisUser(kind, madeInNomis.id());
        awaitQuiet();
        assertThat(contacts.nomis().childrenUnder(kind, 0, prisoner)).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(third));
        assertThat(contacts.dps().childrenUnder(kind, 0, prisoner)).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(third));

        contacts.dps().deleteChildByDpsUser(kind, madeInDps.id());
        awaitQuiet();
        assertThat(contacts.nomis().childrenUnder(kind, 0, prisoner)).isEmpty();
        assertThat(mapping(kind.entityType(), madeInDps.id())).isEmpty();
        assertThat(dlqReasons(toNomis)).isEmpty();
        assertThat(dlqReasons(fromNomis)).isEmpty();

        // a bad id in a DPS prisoner restriction event is dead-lettered at once, naming the field
        String type = kind.dpsEvent() + ".created";
        send(toNomis, new Notification(UUID.randomUUID().toString(), type, dpsMessage(type,
                Map.of("prisonerRestrictionId", "7x", "source", "DPS"), prisoner)));
        awaitQuiet();
        assertThat(allDlqReasons(toNomis)).anyMatch(r -> r.contains("prisonerRestrictionId"));
    }

    @Test
    void anAddressPhoneMadeOnEitherSideArrivesOnTheOtherOverTheRealWiresAndFollowsChanges() {
        ChildKind kind = ChildKind.ADDRESS_PHONE;
        DpsContact contact = contacts.dps().createByDpsUser(PersonDetails.named("Ned", "Nash"));
        awaitMapped(ContactsSync.PERSON, contact.id());
        ChildRecord address = contacts.dps().addChildByDpsUser(ChildKind.ADDRESS, contact.id(),
                childFields(ChildKind.ADDRESS, 1));
        awaitMapped(ChildKind.ADDRESS.entityType(), address.id());
        long nomisAddress = Long.parseLong(mapping(ChildKind.ADDRESS.entityType(), address.id()).orElseThrow()
                .nomisId());

        ChildRecord madeInDps = contacts.dps().addChildByDpsUser(kind, address.id(), childFields(kind, 1));
        ChildRecord madeInNomis = contacts.nomis().addChildByNomisUser(kind, contact.id(), nomisAddress,
                childFields(kind, 2));
        awaitQuiet();
        assertThat(contacts.nomis().childrenOf(kind, contact.id(), nomisAddress)).extracting(ChildRecord::fields)
                .containsExactlyInAnyOrder(childFields(kind, 1), childFields(kind, 2));
        assertThat(contacts.dps().childrenOf(kind, contact.id(), address.id())).extracting(ChildRecord::fields)
                .containsExactlyInAnyOrder(childFields(kind, 1), childFields(kind, 2));
        assertThat(contacts.dps().childrenOf(ChildKind.PHONE, contact.id())).as("not a person's phone").isEmpty();

        contacts.dps().updateChildByDpsUser(kind, madeInDps.id(), childFields(kind, 3));
        contacts.nomis().deleteChildByNomisUser(kind, contact.id(), madeInNomis.id());
        awaitQuiet();
        assertThat(contacts.nomis().childrenOf(kind, contact.id(), nomisAddress)).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(childFields(kind, 3)));
        assertThat(contacts.dps().childrenOf(kind, contact.id(), address.id())).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(childFields(kind, 3)));
        contacts.dps().deleteChildByDpsUser(kind, madeInDps.id());
        awaitQuiet();
        assertThat(contacts.nomis().childrenOf(kind, contact.id(), nomisAddress)).isEmpty();
        assertThat(dlqReasons(toNomis)).isEmpty();
        assertThat(dlqReasons(fromNomis)).isEmpty();
    }

    private static Map<String, Object> childFields(ChildKind kind, int n) {
        return switch (kind.name()) {
            case "email" -> Map.of("emailAddress", "person" + n + "@example.com");
            case "phone", "address-phone" -> Map.of("phoneType", "MOB", "phoneNumber", "0770090000" + n, "extNumber",
                    "12" + n);
            case "identity" -> Map.of("identityType", "DL", "identityValue", "SMITH" + n, "issuingAuthority", "DVLA");
            case "employment" -> Map.of("organisationId", 4000L + n, "active", n % 2 == 0);
            case "address" -> Map.of("addressType", "HOME", "primaryAddress", true, "flat", "Flat " + n,
                    "street", "High Street", "cityCode", "25343", "postcode", "LS1 " + n + "AB",
                    "countryCode", "ENG", "mailFlag", false, "startDate", "2026-01-0" + n, "comments", "by the park");
            case "restriction", "prisoner-contact-restriction" -> Map.of("restrictionType", n % 2 == 0 ? "BAN" : "CCTV", "startDate",
                    "2026-02-0" + n, "expiryDate", "2027-02-0" + n, "comments", "restriction " + n);
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    @Test
    void aContactEventWithABadIdIsDeadLetteredAtOnceWithTheReason() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("contactId", "12; DROP");
        info.put("source", "DPS");
        send(toNomis, new Notification(UUID.randomUUID().toString(), ContactsSync.CONTACT_CREATED,
                dpsMessage(ContactsSync.CONTACT_CREATED, info, null)));
        ServiceFixture.await("the dead letter", Duration.ofSeconds(60), () -> !allDlqReasons(toNomis).isEmpty());
        assertThat(allDlqReasons(toNomis)).anySatisfy(r -> assertThat(r).contains("is not a positive number"));
    }

    private static long injectedTimeouts() {
        return simulator.faults().injected().getOrDefault(Faults.TIMEOUT_AFTER_SUCCESS, 0L);
    }

    private static Optional<Mapping> mapping(String type, long dpsId) {
        return service.core().mappings().findByDpsId(type, Long.toString(dpsId));
    }

    private static void awaitMapped(String type, long dpsId) {
        ServiceFixture.await(type + " " + dpsId + " mapped", Duration.ofSeconds(90),
                () -> mapping(type, dpsId).isPresent());
    }

    private static void twoMoreDpsCopies(String type, Map<String, Object> ids, String prisoner) {
        for (int i = 0; i < 2; i++) {
            Map<String, Object> info = new LinkedHashMap<>(ids);
            info.put("source", "DPS");
            send(toNomis, new Notification(UUID.randomUUID().toString(), type, dpsMessage(type, info, prisoner)));
        }
    }

    private static void twoMoreNomisCopies(long personId, NomisContact contact, String prisoner) {
        for (int i = 0; i < 2; i++) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("eventType", ContactsSync.PERSON_INSERTED);
            person.put("eventDatetime", "2026-03-02T10:00:00");
            person.put("personId", Long.toString(personId));
            person.put("auditModuleName", "OCDPERSO");
            send(fromNomis, new Notification(UUID.randomUUID().toString(), ContactsSync.PERSON_INSERTED, person));
            Map<String, Object> relation = new LinkedHashMap<>(person);
            relation.put("eventType", ContactsSync.CONTACT_INSERTED);
            relation.put("contactId", Long.toString(contact.contactId()));
            relation.put("bookingId", Long.toString(contact.bookingId()));
            relation.put("offenderIdDisplay", prisoner);
            send(fromNomis, new Notification(UUID.randomUUID().toString(), ContactsSync.CONTACT_INSERTED, relation));
        }
    }

    private static Map<String, Object> dpsMessage(String type, Map<String, Object> info, String prisoner) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", type);
        message.put("version", "1");
        message.put("occurredAt", "2026-03-02T10:00:00Z");
        message.put("additionalInformation", info);
        if (prisoner != null) {
            message.put("personReference", Map.of("identifiers", List.of(Map.of("type", "NOMS", "value", prisoner))));
        }
        return message;
    }

    private static void send(QueueDefinition queue, Notification notification) {
        service.messageQueue().send(queue.queueName(), notification);
    }

    private static void awaitQuiet() {
        ServiceFixture.awaitQuiet(service);
    }

    /** The dead-letter reasons on the queue's DLQ, but the bad-id test's own. */
    private static List<String> dlqReasons(QueueDefinition queue) {
        return allDlqReasons(queue).stream().filter(r -> !r.contains("is not a positive number")).toList();
    }

    private static List<String> allDlqReasons(QueueDefinition queue) {
        return ServiceFixture.dlqReasons(service, queue);
    }
}
