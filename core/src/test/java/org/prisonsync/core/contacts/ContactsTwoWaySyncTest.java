package org.prisonsync.core.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;

/**
 * Persons and prisoner contacts both ways on the kit: once each under redelivery and two consumers, never echoed,
 * a lost-response create mapped without anyone's help, a duplicate reported with its DPS id.
 */
class ContactsTwoWaySyncTest {
    private static final String A = "A1234KT";

    @Test
    void aDpsContactAndItsPrisonerContactDeliveredThreeTimesReachNomisOnceAndDoNotEcho() {
        ContactsTestWorld world = new ContactsTestWorld(3);
        world.nomis.newBooking(A);
        DpsContact contact = world.dps.createByDpsUser(PersonDetails.named("Ann", "Addo"));
        DpsPrisonerContact relation = world.dps.relateByDpsUser(contact.id(), A, ContactDetails.social("BRO"));
        world.pumpAll();

        NomisPerson person = world.nomis.person(contact.id()).orElseThrow();
        assertThat(person.details()).isEqualTo(contact.details());
        assertThat(person.writtenBySync()).isTrue();
        assertThat(person.contacts()).singleElement().satisfies(c -> {
            assertThat(c.offenderNo()).isEqualTo(A);
            assertThat(c.details()).isEqualTo(relation.details());
        });
        assertThat(world.mappings.findByDpsId(ContactsSync.PERSON, Long.toString(contact.id())))
                .hasValueSatisfying(m -> assertThat(m.nomisId()).isEqualTo(Long.toString(contact.id())));
        assertThat(world.contactMappingsOf(A)).singleElement().satisfies(m -> {
            assertThat(m.dpsId()).isEqualTo(Long.toString(relation.id()));
            assertThat(m.nomisId()).isEqualTo(Long.toString(person.contacts().get(0).contactId()));
        });
        assertThat(world.dps.contacts()).as("nothing echoed back").hasSize(1);
        assertThat(world.dps.prisonerContacts()).hasSize(1);
        assertThat(world.telemetry.count("contact-person-create-success")).isEqualTo(1);
        assertThat(world.telemetry.count("contact-create-success")).isEqualTo(1);
        assertThat(world.telemetry.count("contactperson-person-synchronisation-created-skipped")).isEqualTo(3);
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void dpsUpdatesAndDeletesReachNomis() {
        ContactsTestWorld world = new ContactsTestWorld(2);
        world.nomis.newBooking(A);
        DpsContact contact = world.dps.createByDpsUser(PersonDetails.named("Ann", "Addo"));
        DpsPrisonerContact relation = world.dps.relateByDpsUser(contact.id(), A, ContactDetails.social("BRO"));
        world.pumpAll();

        world.dps.updateByDpsUser(contact.id(), PersonDetails.named("Ann", "Addo-Smith"));
        ContactDetails nextOfKin = new ContactDetails("S", "BRO", true, null, true, true, false, "lives nearby");
        world.dps.updatePrisonerContactByDpsUser(relation.id(), nextOfKin);
        world.pumpAll();
        NomisPerson person = world.nomis.person(contact.id()).orElseThrow();
        assertThat(person.details().lastName()).isEqualTo("Addo-Smith");
        assertThat(person.contacts()).singleElement().satisfies(c -> assertThat(c.details()).isEqualTo(nextOfKin));

        world.dps.deletePrisonerContactByDpsUser(relation.id());
        world.pumpAll();
        assertThat(world.nomis.person(contact.id()).orElseThrow().contacts()).isEmpty();
        assertThat(world.contactMappingsOf(A)).isEmpty();

        world.dps.deleteByDpsUser(contact.id());
        world.pumpAll();
        assertThat(world.nomis.person(contact.id())).isEmpty();
        assertThat(world.mappings.findByDpsId(ContactsSync.PERSON, Long.toString(contact.id()))).isEmpty();
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void aNomisPersonAndContactReachDpsOnceWithTheSameIdAndFollowUpdatesAndDeletesWithoutEcho() {
        ContactsTestWorld world = new ContactsTestWorld(3);
        world.nomis.newBooking(A);
        NomisPerson person = world.nomis.createByNomisUser(PersonDetails.named("Bob", "Bell"));
        NomisContact contact = world.nomis.relateByNomisUser(person.personId(), A, ContactDetails.social("FRI"));
        world.pumpAll();

        assertThat(world.dps.contact(person.personId())).hasValueSatisfying(
                c -> assertThat(c.details()).isEqualTo(person.details()));
        DpsPrisonerContact relation = world.dps.prisonerContacts().get(0);
        assertThat(world.dps.prisonerContacts()).hasSize(1);
        assertThat(relation.contactId()).isEqualTo(person.personId());
        assertThat(world.contactMappingsOf(A)).singleElement().satisfies(m -> {
            assertThat(m.nomisId()).isEqualTo(Long.toString(contact.contactId()));
            assertThat(m.dpsId()).isEqualTo(Long.toString(relation.id()));
        });
        assertThat(world.telemetry.count("contact-person-create-ignored")).isEqualTo(3);

        world.nomis.updatePersonByNomisUser(person.personId(), PersonDetails.named("Bob", "Bellamy"));
        world.nomis.updateContactByNomisUser(person.personId(), contact.contactId(), ContactDetails.social("BRO"));
        world.pumpAll();
        assertThat(world.dps.contact(person.personId()).orElseThrow().details().lastName()).isEqualTo("Bellamy");
        assertThat(world.dps.prisonerContact(relation.id()).orElseThrow().details().relationshipType())
                .isEqualTo("BRO");
        assertThat(world.nomis.person(person.personId()).orElseThrow().writtenBySync())
                .as("not written back by the sync").isFalse();

        world.nomis.deleteContactByNomisUser(person.personId(), contact.contactId());
        world.nomis.deletePersonByNomisUser(person.personId());
        world.pumpAll();
        assertThat(world.dps.prisonerContacts()).isEmpty();
        assertThat(world.dps.contacts()).isEmpty();
        assertThat(world.contactMappingsOf(A)).isEmpty();
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void createsWhoseAnswersWereLostAreMappedOnTheRetryWithNoManualStep() {
        ContactsTestWorld world = new ContactsTestWorld(1);
        world.nomis.newBooking(A);
        world.nomis.loseResponses(2);
        DpsContact contact = world.dps.createByDpsUser(PersonDetails.named("Cy", "Cole"));
        world.pumpAll();
        DpsPrisonerContact relation = world.dps.relateByDpsUser(contact.id(), A, ContactDetails.social("SIS"));
        world.pumpAll();

        assertThat(world.nomis.persons()).hasSize(1);
        assertThat(world.nomis.person(contact.id()).orElseThrow().contacts()).hasSize(1);
        assertThat(world.contactMappingsOf(A)).singleElement()
                .satisfies(m -> assertThat(m.dpsId()).isEqualTo(Long.toString(relation.id())));
        assertThat(world.telemetry.events()).filteredOn(e -> e.properties().get("foundExisting") != null)
                .filteredOn(e -> e.properties().get("foundExisting").equals("true")).hasSize(2);
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void nomisCreatesWhoseDpsAnswersWereLostAreMappedOnTheRetry() {
        ContactsTestWorld world = new ContactsTestWorld(1);
        world.nomis.newBooking(A);
        world.dps.loseResponses(2);
        NomisPerson person = world.nomis.createByNomisUser(PersonDetails.named("Di", "Dunn"));
        world.pumpAll();
        world.nomis.relateByNomisUser(person.personId(), A, ContactDetails.social("AUN"));
        world.pumpAll();

        assertThat(world.dps.contacts()).hasSize(1);
        assertThat(world.dps.prisonerContacts()).hasSize(1);
        assertThat(world.contactMappingsOf(A)).hasSize(1);
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void aNomisContactDpsAlreadyHoldsUnderAnotherMappingIsReportedAsADuplicateWithTheDpsId() {
        ContactsTestWorld world = new ContactsTestWorld(1);
        world.nomis.newBooking(A);
        NomisPerson person = world.nomis.createByNomisUser(PersonDetails.named("Ed", "Eze"));
        NomisContact first = world.nomis.relateByNomisUser(person.personId(), A, ContactDetails.social("COU"));
        world.pumpAll();
        // NOMIS replaces the relationship, and its delete event is lost: DPS still holds the first one, mapped.
        world.nomis.deleteContactByNomisUser(person.personId(), first.contactId());
        world.drain(ContactsTestWorld.FROM_NOMIS);
        world.nomis.relateByNomisUser(person.personId(), A, ContactDetails.social("COU"));
        world.pumpAll();

        DpsPrisonerContact held = world.dps.prisonerContacts().get(0);
        assertThat(world.dps.prisonerContacts()).as("no second DPS prisoner contact").hasSize(1);
        assertThat(world.telemetry.events()).filteredOn(e -> e.name().equals("from-nomis-sync-contactperson-duplicate"))
                .singleElement().satisfies(e -> assertThat(e.properties()).containsValue(Long.toString(held.id())));
        assertThat(world.contactMappingsOf(A)).extracting(Mapping::nomisId)
                .containsExactly(Long.toString(first.contactId()));
    }

    @Test
    void twoConsumersOfOneDpsPrisonerContactCreateWriteOneNomisContact() throws Exception {
        ContactsTestWorld world = new ContactsTestWorld(1);
        world.nomis.newBooking(A);
        DpsContact contact = world.dps.createByDpsUser(PersonDetails.named("Fay", "Fox"));
        world.pumpAll();
        world.dps.relateByDpsUser(contact.id(), A, ContactDetails.social("MOT"));
        Envelope event = world.drain(ContactsTestWorld.TO_NOMIS).get(0);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Disposition>> both = List.of(
                    two.submit(() -> { start.await(); return world.handle(ContactsTestWorld.TO_NOMIS, event); }),
                    two.submit(() -> { start.await(); return world.handle(ContactsTestWorld.TO_NOMIS, event); }));
            start.countDown();
            for (Future<Disposition> f : both) {
                f.get();
            }
        } finally {
            two.shutdownNow();
        }
        world.clock.advance(Duration.ofMinutes(5));
        world.pumpAll();
        assertThat(world.nomis.person(contact.id()).orElseThrow().contacts()).hasSize(1);
        assertThat(world.contactMappingsOf(A)).hasSize(1);
    }

    @Test
    void aRelationshipBetweenTwoPrisonersIsNotAContactInDps() {
        ContactsTestWorld world = new ContactsTestWorld(1);
        Notification event = new Notification("n-1", ContactsSync.CONTACT_INSERTED, Map.of(
                "eventType", ContactsSync.CONTACT_INSERTED, "contactId", 5, "bookingId", 7,
                "offenderIdDisplay", A, "auditModuleName", "OCDPERSO"));

        assertThat(world.handle(ContactsTestWorld.FROM_NOMIS, event)).isInstanceOf(Disposition.Ack.class);
        assertThat(world.telemetry.events()).filteredOn(e -> e.name().startsWith("contactperson-contact"))
                .singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("reason", "PRISONER_TO_PRISONER"));
    }

    @Test
    void idsThatAreNotPositiveNumbersAreDeadLetteredAtOnceWithTheReason() {
        ContactsTestWorld world = new ContactsTestWorld(1);
        Notification bad = new Notification("n-2", ContactsSync.CONTACT_CREATED, Map.of(
                "eventType", ContactsSync.CONTACT_CREATED,
                "additionalInformation", Map.of("contactId", "12x", "source", "DPS")));
        Notification badNomis = new Notification("n-3", ContactsSync.PERSON_INSERTED, Map.of(
                "eventType", ContactsSync.PERSON_INSERTED, "personId", "-4"));

        Disposition disposition = world.handle(ContactsTestWorld.TO_NOMIS, bad);
        Disposition fromNomis = world.handle(ContactsTestWorld.FROM_NOMIS, badNomis);

        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) disposition).reason())
                .contains("'additionalInformation.contactId' is not a positive number");
        assertThat(fromNomis).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) fromNomis).reason()).contains("personId");
    }
}
