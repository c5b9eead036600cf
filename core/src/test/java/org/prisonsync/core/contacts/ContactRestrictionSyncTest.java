package org.prisonsync.core.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.Mapping;

/**
 * A relationship's restriction (DPS prisoner contact restriction ⇄ NOMIS contact restriction) on the generic child
 * flow: its parent is a relationship, whose id differs between the sides and is found through its
 * {@code PERSON_CONTACT} mapping; NOMIS raises UPSERTED; DPS raises no delete.
 */
class ContactRestrictionSyncTest {
    private static final ChildKind KIND = ChildKind.CONTACT_RESTRICTION;
    private static final String A = "A1234KT";

    private static Map<String, Object> fields(int n) {
        return ContactChildrenSyncTest.fields(KIND, n);
    }

    @Test
    void aDpsRestrictionReachesTheNomisContactOnceFollowsChangesAndDoesNotEcho() {
        ContactsTestWorld world = new ContactsTestWorld(3);
        world.nomis.newBooking(A);
        DpsContact contact = world.dps.createByDpsUser(PersonDetails.named("Ann", "Addo"));
        DpsPrisonerContact relation = world.dps.relateByDpsUser(contact.id(), A, ContactDetails.social("BRO"));
        world.pumpAll();
        long nomisContact = Long.parseLong(world.mappings.findByDpsId(ContactsSync.PERSON_CONTACT,
                Long.toString(relation.id())).orElseThrow().nomisId());

        ChildRecord restriction = world.dps.addChildByDpsUser(KIND, relation.id(), fields(1));
        world.pumpAll();

        assertThat(world.nomis.childrenOf(KIND, contact.id(), nomisContact)).singleElement().satisfies(c -> {
            assertThat(c.fields()).isEqualTo(restriction.fields());
            assertThat(c.writtenBySync()).isTrue();
            assertThat(world.mappings.findByDpsId(KIND.entityType(), Long.toString(restriction.id())))
                    .map(Mapping::nomisId).hasValue(Long.toString(c.id()));
        });
        assertThat(world.dps.childrenOf(KIND, contact.id(), relation.id())).as("no echo").hasSize(1);

        world.dps.updateChildByDpsUser(KIND, restriction.id(), fields(2));
        world.pumpAll();
        assertThat(world.nomis.childrenOf(KIND, contact.id(), nomisContact)).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(fields(2)));
        assertThatThrownBy(() -> world.dps.deleteChildByDpsUser(KIND, restriction.id()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void aNomisRestrictionReachesTheDpsPrisonerContactUpsertedOnceThenUpdatedAndDeleted() {
        ContactsTestWorld world = new ContactsTestWorld(3);
        world.nomis.newBooking(A);
        NomisPerson person = world.nomis.createByNomisUser(PersonDetails.named("Bob", "Bell"));
        NomisContact contact = world.nomis.relateByNomisUser(person.personId(), A, ContactDetails.social("SIS"));
        world.pumpAll();
        long dpsRelation = Long.parseLong(world.mappings.findByNomisId(ContactsSync.PERSON_CONTACT,
                Long.toString(contact.contactId())).orElseThrow().dpsId());

        ChildRecord restriction = world.nomis.addChildByNomisUser(KIND, person.personId(), contact.contactId(),
                fields(1));
        world.pumpAll();
        assertThat(world.dps.childrenOf(KIND, person.personId(), dpsRelation)).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(fields(1)));
        assertThat(world.nomis.childrenOf(KIND, person.personId(), contact.contactId())).as("no echo")
                .singleElement().satisfies(c -> assertThat(c.writtenBySync()).isFalse());

        world.nomis.updateChildByNomisUser(KIND, person.personId(), restriction.id(), fields(2));
        world.pumpAll();
        assertThat(world.dps.childrenOf(KIND, person.personId(), dpsRelation)).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(fields(2)));

        world.nomis.deleteChildByNomisUser(KIND, person.personId(), restriction.id());
        world.pumpAll();
        assertThat(world.dps.childrenOf(KIND, person.personId(), dpsRelation)).as("a NOMIS delete reaches DPS")
                .isEmpty();
        assertThat(world.mappings.findByNomisId(KIND.entityType(), Long.toString(restriction.id()))).isEmpty();
        assertThat(world.telemetry.events()).extracting(e -> e.name())
                .contains("contactperson-prisoner-contact-restriction-synchronisation-created-success",
                        "contactperson-prisoner-contact-restriction-synchronisation-updated-success",
                        "contactperson-prisoner-contact-restriction-synchronisation-deleted-success");
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void aRestrictionWaitsForItsRelationshipToBeMappedOnEitherSide() {
        ContactsTestWorld world = new ContactsTestWorld(1);
        world.nomis.newBooking(A);
        NomisPerson person = world.nomis.createByNomisUser(PersonDetails.named("Cy", "Cole"));
        world.pumpAll();
        NomisContact contact = world.nomis.relateByNomisUser(person.personId(), A, ContactDetails.social("BRO"));
        world.drain(ContactsTestWorld.FROM_NOMIS); // the relationship's own event not handled yet
        world.nomis.addChildByNomisUser(KIND, person.personId(), contact.contactId(), fields(1));

        DpsContact dpsContact = world.dps.createByDpsUser(PersonDetails.named("Di", "Dunn"));
        world.pumpAll();
        DpsPrisonerContact relation = world.dps.relateByDpsUser(dpsContact.id(), A, ContactDetails.social("SIS"));
        world.drain(ContactsTestWorld.TO_NOMIS);
        world.dps.addChildByDpsUser(KIND, relation.id(), fields(2));
        world.pumpAll();

        assertThat(world.telemetry.events()).extracting(e -> e.name())
                .contains("contactperson-prisoner-contact-restriction-synchronisation-created-awaiting-parent",
                        "prisoner-contact-restriction-create-awaiting-parent");
        assertThat(world.dps.prisonerContacts()).hasSize(1);
        assertThat(world.nomis.childrenOf(KIND, dpsContact.id())).isEmpty();
    }

    @Test
    void createsWhoseAnswersWereLostAreAdoptedOnTheRetryOnBothSides() {
        ContactsTestWorld world = new ContactsTestWorld(1);
        world.nomis.newBooking(A);
        DpsContact contact = world.dps.createByDpsUser(PersonDetails.named("Ed", "Eve"));
        DpsPrisonerContact relation = world.dps.relateByDpsUser(contact.id(), A, ContactDetails.social("BRO"));
        NomisPerson person = world.nomis.createByNomisUser(PersonDetails.named("Fi", "Fox"));
        NomisContact nomisContact = world.nomis.relateByNomisUser(person.personId(), A, ContactDetails.social("SIS"));
        world.pumpAll();

        world.nomis.loseResponses(1);
        world.dps.addChildByDpsUser(KIND, relation.id(), fields(1));
        world.pumpAll();
        world.dps.loseResponses(1);
        world.nomis.addChildByNomisUser(KIND, person.personId(), nomisContact.contactId(), fields(3));
        world.pumpAll();

        long nomisRelation = Long.parseLong(world.mappings.findByDpsId(ContactsSync.PERSON_CONTACT,
                Long.toString(relation.id())).orElseThrow().nomisId());
        long dpsRelation = Long.parseLong(world.mappings.findByNomisId(ContactsSync.PERSON_CONTACT,
                Long.toString(nomisContact.contactId())).orElseThrow().dpsId());
        assertThat(world.nomis.childrenOf(KIND, contact.id(), nomisRelation)).hasSize(1);
        assertThat(world.dps.childrenOf(KIND, person.personId(), dpsRelation)).hasSize(1);
        assertThat(world.telemetry.events()).filteredOn(e -> "true".equals(e.properties().get("foundExisting")))
                .hasSize(2);
        assertThat(world.dlqs()).isEmpty();
    }
}
