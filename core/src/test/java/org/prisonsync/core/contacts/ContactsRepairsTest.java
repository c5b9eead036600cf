package org.prisonsync.core.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.repair.RepairReport;

/**
 * The resynchronise repairs rebuild one side exactly from the other, for a prisoner or a person, after events were
 * lost both ways; the dry run lists the same steps and changes nothing; a second run has nothing to do.
 */
class ContactsRepairsTest {
    private static final String A = "A1234KT";

    private final ContactsTestWorld world = new ContactsTestWorld(1);
    private final ContactsRepairs repairs = new ContactsRepairs(new ContactPorts(world.nomis, world.dps),
            world.mappings);

    /** (person, prisoner, details) of every relationship of the prisoner, on each side. */
    private Set<String> nomisView(String prisoner) {
        return world.nomis.contactsOf(prisoner).stream().map(ContactsRepairsTest::key).collect(Collectors.toSet());
    }

    private Set<String> dpsView(String prisoner) {
        return world.dps.prisonerContactsOf(prisoner).stream()
                .map(c -> key(Relationship.of(world.dps.prisonerContact(c.id()).orElseThrow())))
                .collect(Collectors.toSet());
    }

    private static String key(Relationship r) {
        return r.personId() + "/" + r.prisonerNumber() + "/" + r.details();
    }

    @Test
    void aPrisonersDpsRelationshipsAreRebuiltExactlyFromNomisAfterLostEventsDryRunFirst() {
        world.nomis.newBooking(A);
        NomisPerson ann = world.nomis.createByNomisUser(PersonDetails.named("Ann", "Addo"));
        NomisContact brother = world.nomis.relateByNomisUser(ann.personId(), A, ContactDetails.social("BRO"));
        NomisPerson bob = world.nomis.createByNomisUser(PersonDetails.named("Bob", "Bell"));
        world.pumpAll();
        // lost from NOMIS: a new contact with Bob, a change to Ann's; a DPS-only relationship whose event was lost
        world.nomis.relateByNomisUser(bob.personId(), A, ContactDetails.social("FRI"));
        world.nomis.updateContactByNomisUser(ann.personId(), brother.contactId(),
                new ContactDetails("S", "BRO", true, null, true, true, false, "next of kin"));
        world.drain(ContactsTestWorld.FROM_NOMIS);
        world.dps.relateByDpsUser(ann.personId(), A, ContactDetails.social("COU"));
        world.drain(ContactsTestWorld.TO_NOMIS);
        Set<String> before = dpsView(A);
        assertThat(before).isNotEqualTo(nomisView(A));

        RepairReport dry = repairs.prisonerFromNomis(A, true);
        assertThat(dry.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(dry.actions()).anySatisfy(a -> assertThat(a).startsWith("create DPS relationship of person "
                + bob.personId())).anySatisfy(a -> assertThat(a).startsWith("update relationship"))
                .anySatisfy(a -> assertThat(a).startsWith("delete relationship"));
        assertThat(dpsView(A)).as("the dry run changes nothing").isEqualTo(before);

        RepairReport done = repairs.prisonerFromNomis(A, false);
        assertThat(done.actions()).isEqualTo(dry.actions());
        assertThat(dpsView(A)).isEqualTo(nomisView(A));
        assertThat(world.contactMappingsOf(A)).hasSize(2).allSatisfy(m -> {
            NomisContact nomis = world.nomis.contactsOf(A).stream()
                    .filter(r -> Long.toString(r.id()).equals(m.nomisId())).findFirst()
                    .flatMap(r -> world.nomis.person(r.personId()).flatMap(p -> p.contact(r.id()))).orElseThrow();
            assertThat(world.dps.prisonerContact(Long.parseLong(m.dpsId()))).hasValueSatisfying(
                    d -> assertThat(d.details()).isEqualTo(nomis.details()));
        });
        assertThat(repairs.prisonerFromNomis(A, false).status()).isEqualTo(RepairReport.Status.NOTHING_TO_DO);

        world.pumpAll();
        assertThat(world.dlqs()).as("the repair's own writes echo nowhere").isEmpty();
        assertThat(nomisView(A)).isEqualTo(dpsView(A));
    }

    @Test
    void aWholePersonMissingFromDpsIsCreatedWithItsRelationshipsAndThenSyncsNormally() {
        world.nomis.newBooking(A);
        world.nomis.newBooking("B2345CD");
        NomisPerson cy = world.nomis.createByNomisUser(PersonDetails.named("Cy", "Cole"));
        world.nomis.relateByNomisUser(cy.personId(), A, ContactDetails.social("SIS"));
        world.nomis.relateByNomisUser(cy.personId(), "B2345CD", ContactDetails.social("AUN"));
        world.drain(ContactsTestWorld.FROM_NOMIS);

        assertThat(repairs.personFromNomis(cy.personId(), true).actions()).hasSize(4);
        assertThat(world.dps.contact(cy.personId())).as("dry run").isEmpty();
        repairs.personFromNomis(cy.personId(), false);

        assertThat(world.dps.contact(cy.personId())).hasValueSatisfying(
                c -> assertThat(c.details()).isEqualTo(cy.details()));
        assertThat(dpsView(A)).isEqualTo(nomisView(A));
        assertThat(dpsView("B2345CD")).isEqualTo(nomisView("B2345CD"));
        world.pumpAll();
        world.nomis.updatePersonByNomisUser(cy.personId(), PersonDetails.named("Cy", "Cole-Ray"));
        world.pumpAll();
        assertThat(world.dps.contact(cy.personId()).orElseThrow().details().lastName()).isEqualTo("Cole-Ray");
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void nomisIsRebuiltFromDpsForAPrisonerAndForAContact() {
        world.nomis.newBooking(A);
        DpsContact dee = world.dps.createByDpsUser(PersonDetails.named("Dee", "Dunn"));
        DpsPrisonerContact mother = world.dps.relateByDpsUser(dee.id(), A, ContactDetails.social("MOT"));
        world.pumpAll();
        // lost to NOMIS: a change to the relationship and a second relationship; a NOMIS-only contact's event lost
        world.dps.updatePrisonerContactByDpsUser(mother.id(),
                new ContactDetails("S", "MOT", true, null, true, false, true, "emergency"));
        DpsContact eve = world.dps.createByDpsUser(PersonDetails.named("Eve", "Eze"));
        world.dps.relateByDpsUser(eve.id(), A, ContactDetails.social("FRI"));
        world.drain(ContactsTestWorld.TO_NOMIS);
        world.nomis.relateByNomisUser(dee.id(), A, ContactDetails.social("COU"));
        world.drain(ContactsTestWorld.FROM_NOMIS);

        RepairReport prisoner = repairs.prisonerToNomis(A, false);
        assertThat(prisoner.actions()).anySatisfy(a -> assertThat(a).isEqualTo("create NOMIS person " + eve.id()));
        assertThat(nomisView(A)).isEqualTo(dpsView(A));
        assertThat(world.nomis.person(eve.id())).hasValueSatisfying(
                p -> assertThat(p.details()).isEqualTo(eve.details()));

        world.dps.updateByDpsUser(dee.id(), PersonDetails.named("Dee", "Dunn-Lee"));
        world.drain(ContactsTestWorld.TO_NOMIS);
        assertThat(repairs.personToNomis(dee.id(), false).actions())
                .containsExactly("update NOMIS person " + dee.id());
        assertThat(world.nomis.person(dee.id()).orElseThrow().details().lastName()).isEqualTo("Dunn-Lee");
        assertThat(repairs.personToNomis(dee.id(), false).status()).isEqualTo(RepairReport.Status.NOTHING_TO_DO);
        world.pumpAll();
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void aReadmissionOnASwitchedBookingResynchronisesThePrisonersContactsFromNomisAndOtherReasonsDoNot() {
        world.nomis.newBooking(A);
        NomisPerson fay = world.nomis.createByNomisUser(PersonDetails.named("Fay", "Fox"));
        world.nomis.relateByNomisUser(fay.personId(), A, ContactDetails.social("WIF"));
        world.drain(ContactsTestWorld.FROM_NOMIS); // the switched booking's contacts come back without events

        assertThat(world.handle(ContactsTestWorld.FROM_NOMIS, received(A, "TRANSFERRED")))
                .isInstanceOf(org.prisonsync.core.queue.Disposition.Ack.class);
        assertThat(world.dps.contacts()).as("a transfer keeps the booking").isEmpty();

        assertThat(world.handle(ContactsTestWorld.FROM_NOMIS, received(A, "READMISSION_SWITCH_BOOKING")))
                .isInstanceOf(org.prisonsync.core.queue.Disposition.Ack.class);
        assertThat(dpsView(A)).isNotEmpty().isEqualTo(nomisView(A));
        assertThat(world.telemetry.count("contactperson-resynchronise-prisoner")).isEqualTo(1);
        assertThat(world.telemetry.count("contactperson-resynchronise-prisoner-ignored")).isEqualTo(1);
    }

    @Test
    void aMergeMovesThePrisonersRelationshipsInDpsAndKeepsOneMappingPerNomisContact() {
        String removed = "B2345CD";
        world.nomis.newBooking(A);
        world.nomis.newBooking(removed);
        NomisPerson gil = world.nomis.createByNomisUser(PersonDetails.named("Gil", "Gore"));
        NomisContact uncle = world.nomis.relateByNomisUser(gil.personId(), removed, ContactDetails.social("UNC"));
        world.pumpAll();
        assertThat(dpsView(removed)).hasSize(1);

        world.nomis.moveContacts(removed, A);
        world.handle(ContactsTestWorld.FROM_NOMIS, domainEvent("prison-offender-events.prisoner.merged",
                java.util.Map.of("nomsNumber", A, "removedNomsNumber", removed, "bookingId", "3001")));
        world.pumpAll();

        assertThat(dpsView(removed)).isEmpty();
        assertThat(dpsView(A)).isNotEmpty().isEqualTo(nomisView(A));
        assertThat(world.mappings.findByNomisId(ContactsSync.PERSON_CONTACT, Long.toString(uncle.contactId())))
                .hasValueSatisfying(m -> assertThat(world.dps.prisonerContact(Long.parseLong(m.dpsId())))
                        .hasValueSatisfying(d -> assertThat(d.prisonerNumber()).isEqualTo(A)));
        assertThat(world.telemetry.count("contactperson-prisoner-merged")).isEqualTo(1);

        world.handle(ContactsTestWorld.FROM_NOMIS, domainEvent("prison-offender-events.prisoner.booking.moved",
                java.util.Map.of("movedFromNomsNumber", removed, "movedToNomsNumber", A, "bookingId", "3002")));
        assertThat(world.telemetry.count("contactperson-booking-moved-ignored")).as("already in step").isEqualTo(1);
        assertThat(world.dlqs()).isEmpty();
    }

    private static org.prisonsync.core.message.Notification domainEvent(String type, java.util.Map<String, Object> info) {
        return new org.prisonsync.core.message.Notification("d-" + type, type, java.util.Map.of("eventType", type,
                "occurredAt", "2026-03-02T09:00:00Z", "additionalInformation", info));
    }

    private static org.prisonsync.core.message.Notification received(String prisoner, String reason) {
        return new org.prisonsync.core.message.Notification("r-" + reason, ContactsSync.PRISONER_RECEIVED,
                java.util.Map.of("eventType", ContactsSync.PRISONER_RECEIVED, "occurredAt", "2026-03-02T09:00:00Z",
                        "additionalInformation", java.util.Map.of("nomsNumber", prisoner, "reason", reason)));
    }

    @Test
    void aPersonsChildrenAreRebuiltExactlyEitherWay() {
        NomisPerson hal = world.nomis.createByNomisUser(PersonDetails.named("Hal", "Hunt"));
        world.pumpAll();
        for (ChildKind kind : ChildKind.ofParent(ChildKind.Parent.PERSON)) {
            world.nomis.addChildByNomisUser(kind, hal.personId(), ContactChildrenSyncTest.fields(kind, 1));
        }
        world.drain(ContactsTestWorld.FROM_NOMIS); // every child's event lost
        ChildRecord stale = world.dps.addChildByDpsUser(ChildKind.EMAIL, hal.personId(),
                ContactChildrenSyncTest.fields(ChildKind.EMAIL, 9));
        world.drain(ContactsTestWorld.TO_NOMIS);

        RepairReport dry = repairs.personFromNomis(hal.personId(), true);
        assertThat(dry.actions()).hasSize(ChildKind.ofParent(ChildKind.Parent.PERSON).size() + 1)
                .contains("delete DPS email " + stale.id());
        assertThat(world.dps.childrenOf(ChildKind.PHONE, hal.personId())).as("dry run").isEmpty();
        repairs.personFromNomis(hal.personId(), false);
        for (ChildKind kind : ChildKind.ofParent(ChildKind.Parent.PERSON)) {
            assertThat(world.dps.childrenOf(kind, hal.personId())).as(kind.name()).extracting(ChildRecord::fields)
                    .containsExactlyElementsOf(world.nomis.childrenOf(kind, hal.personId()).stream()
                            .map(ChildRecord::fields).toList());
        }
        assertThat(repairs.personFromNomis(hal.personId(), false).status())
                .isEqualTo(RepairReport.Status.NOTHING_TO_DO);

        // the other way: DPS's phone changed and its event lost; NOMIS follows DPS
        ChildRecord phone = world.dps.childrenOf(ChildKind.PHONE, hal.personId()).get(0);
        world.dps.updateChildByDpsUser(ChildKind.PHONE, phone.id(), ContactChildrenSyncTest.fields(ChildKind.PHONE, 5));
        world.drain(ContactsTestWorld.TO_NOMIS);
        assertThat(repairs.personToNomis(hal.personId(), false).actions()).singleElement()
                .satisfies(a -> assertThat(a).startsWith("update NOMIS phone"));
        assertThat(world.nomis.childrenOf(ChildKind.PHONE, hal.personId())).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(ContactChildrenSyncTest.fields(ChildKind.PHONE, 5)));
        world.pumpAll();
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void aPersonNeitherSideKnowsIsNotFound() {
        assertThat(repairs.personFromNomis(999, true).status()).isEqualTo(RepairReport.Status.NOT_FOUND);
        assertThat(repairs.personToNomis(999, true).status()).isEqualTo(RepairReport.Status.NOT_FOUND);
        assertThat(world.dps.contacts()).isEmpty();
        assertThat(world.nomis.persons()).isEmpty();
    }

    @Test
    void aPrisonerResyncRebuildsEachRelationshipsRestrictionsEitherWayDryRunFirst() {
        ChildKind kind = ChildKind.CONTACT_RESTRICTION;
        world.nomis.newBooking(A);
        NomisPerson ann = world.nomis.createByNomisUser(PersonDetails.named("Ann", "Addo"));
        NomisContact brother = world.nomis.relateByNomisUser(ann.personId(), A, ContactDetails.social("BRO"));
        world.pumpAll();
        long dpsBrother = Long.parseLong(world.mappings.findByNomisId(ContactsSync.PERSON_CONTACT,
                Long.toString(brother.contactId())).orElseThrow().dpsId());
        // lost from NOMIS: a restriction on the existing relationship, and a new relationship with one of its own
        world.nomis.addChildByNomisUser(kind, ann.personId(), brother.contactId(), ContactChildrenSyncTest.fields(kind,
                1));
        NomisContact friend = world.nomis.relateByNomisUser(ann.personId(), A, ContactDetails.social("FRI"));
        world.nomis.addChildByNomisUser(kind, ann.personId(), friend.contactId(), ContactChildrenSyncTest.fields(kind,
                2));
        world.drain(ContactsTestWorld.FROM_NOMIS);

        RepairReport dry = repairs.prisonerFromNomis(A, true);
        assertThat(dry.actions()).filteredOn(a -> a.startsWith("create DPS " + kind.name())).hasSize(2);
        assertThat(world.dps.childrenOf(kind, ann.personId(), dpsBrother)).as("dry run").isEmpty();

        repairs.prisonerFromNomis(A, false);
        long dpsFriend = Long.parseLong(world.mappings.findByNomisId(ContactsSync.PERSON_CONTACT,
                Long.toString(friend.contactId())).orElseThrow().dpsId());
        assertThat(world.dps.childrenOf(kind, ann.personId(), dpsBrother)).extracting(ChildRecord::fields)
                .containsExactly(ContactChildrenSyncTest.fields(kind, 1));
        assertThat(world.dps.childrenOf(kind, ann.personId(), dpsFriend)).extracting(ChildRecord::fields)
                .containsExactly(ContactChildrenSyncTest.fields(kind, 2));
        assertThat(repairs.prisonerFromNomis(A, false).status()).isEqualTo(RepairReport.Status.NOTHING_TO_DO);

        // the other way: DPS's restriction changed, its event lost; NOMIS follows DPS
        ChildRecord onBrother = world.dps.childrenOf(kind, ann.personId(), dpsBrother).get(0);
        world.dps.updateChildByDpsUser(kind, onBrother.id(), ContactChildrenSyncTest.fields(kind, 4));
        world.drain(ContactsTestWorld.TO_NOMIS);
        assertThat(repairs.prisonerToNomis(A, false).actions()).singleElement()
                .satisfies(a -> assertThat(a).startsWith("update NOMIS " + kind.name()));
        assertThat(world.nomis.childrenOf(kind, ann.personId(), brother.contactId())).extracting(ChildRecord::fields)
                .containsExactly(ContactChildrenSyncTest.fields(kind, 4));
        world.pumpAll();
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void aPersonResyncRebuildsEachAddresssPhonesEitherWayDryRunFirst() {
        ChildKind kind = ChildKind.ADDRESS_PHONE;
        NomisPerson ivy = world.nomis.createByNomisUser(PersonDetails.named("Ivy", "Ince"));
        ChildRecord home = world.nomis.addChildByNomisUser(ChildKind.ADDRESS, ivy.personId(),
                ContactChildrenSyncTest.fields(ChildKind.ADDRESS, 1));
        world.pumpAll();
        // lost from NOMIS: a phone on the mapped address, and a new address with a phone of its own
        world.nomis.addChildByNomisUser(kind, ivy.personId(), home.id(), ContactChildrenSyncTest.fields(kind, 1));
        ChildRecord work = world.nomis.addChildByNomisUser(ChildKind.ADDRESS, ivy.personId(),
                ContactChildrenSyncTest.fields(ChildKind.ADDRESS, 2));
        world.nomis.addChildByNomisUser(kind, ivy.personId(), work.id(), ContactChildrenSyncTest.fields(kind, 2));
        world.drain(ContactsTestWorld.FROM_NOMIS);

        RepairReport dry = repairs.personFromNomis(ivy.personId(), true);
        assertThat(dry.actions()).filteredOn(a -> a.startsWith("create DPS " + kind.name())).hasSize(2);
        long dpsHome = Long.parseLong(world.mappings.findByNomisId(ChildKind.ADDRESS.entityType(),
                Long.toString(home.id())).orElseThrow().dpsId());
        assertThat(world.dps.childrenOf(kind, ivy.personId(), dpsHome)).as("dry run").isEmpty();

        repairs.personFromNomis(ivy.personId(), false);
        long dpsWork = Long.parseLong(world.mappings.findByNomisId(ChildKind.ADDRESS.entityType(),
                Long.toString(work.id())).orElseThrow().dpsId());
        assertThat(world.dps.childrenOf(kind, ivy.personId(), dpsHome)).extracting(ChildRecord::fields)
                .containsExactly(ContactChildrenSyncTest.fields(kind, 1));
        assertThat(world.dps.childrenOf(kind, ivy.personId(), dpsWork)).extracting(ChildRecord::fields)
                .containsExactly(ContactChildrenSyncTest.fields(kind, 2));
        assertThat(repairs.personFromNomis(ivy.personId(), false).status())
                .isEqualTo(RepairReport.Status.NOTHING_TO_DO);

        // the other way: a DPS address phone deleted, its event lost; NOMIS follows DPS
        ChildRecord onWork = world.dps.childrenOf(kind, ivy.personId(), dpsWork).get(0);
        world.dps.deleteChildByDpsUser(kind, onWork.id());
        world.drain(ContactsTestWorld.TO_NOMIS);
        assertThat(repairs.personToNomis(ivy.personId(), false).actions()).singleElement()
                .satisfies(a -> assertThat(a).startsWith("delete NOMIS " + kind.name()));
        assertThat(world.nomis.childrenOf(kind, ivy.personId(), work.id())).isEmpty();
        world.pumpAll();
        assertThat(world.dlqs()).isEmpty();
    }
}
