package org.prisonsync.core.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;

/**
 * An address's phone on the generic child flow: its parent is an address, found through its {@code PERSON_ADDRESS}
 * mapping; NOMIS raises it as {@code PHONES_PERSON-*} like a person's phone, told apart by {@code isAddress}.
 */
class ContactAddressPhoneSyncTest {
    private static final ChildKind KIND = ChildKind.ADDRESS_PHONE;

    private static Map<String, Object> fields(int n) {
        return ContactChildrenSyncTest.fields(KIND, n);
    }

    private static long nomisAddressOf(ContactsTestWorld world, ChildRecord dpsAddress) {
        return Long.parseLong(world.mappings.findByDpsId(ChildKind.ADDRESS.entityType(),
                Long.toString(dpsAddress.id())).orElseThrow().nomisId());
    }

    private static long dpsAddressOf(ContactsTestWorld world, ChildRecord nomisAddress) {
        return Long.parseLong(world.mappings.findByNomisId(ChildKind.ADDRESS.entityType(),
                Long.toString(nomisAddress.id())).orElseThrow().dpsId());
    }

    @Test
    void aDpsAddressPhoneReachesTheNomisAddressOnceFollowsChangesAndDoesNotEcho() {
        ContactsTestWorld world = new ContactsTestWorld(3);
        DpsContact contact = world.dps.createByDpsUser(PersonDetails.named("Ann", "Addo"));
        ChildRecord address = world.dps.addChildByDpsUser(ChildKind.ADDRESS, contact.id(),
                ContactChildrenSyncTest.fields(ChildKind.ADDRESS, 1));
        world.pumpAll();
        long nomisAddress = nomisAddressOf(world, address);

        ChildRecord phone = world.dps.addChildByDpsUser(KIND, address.id(), fields(1));
        world.pumpAll();
        assertThat(world.nomis.childrenOf(KIND, contact.id(), nomisAddress)).singleElement().satisfies(c -> {
            assertThat(c.fields()).isEqualTo(phone.fields());
            assertThat(world.mappings.findByDpsId(KIND.entityType(), Long.toString(phone.id())))
                    .map(Mapping::nomisId).hasValue(Long.toString(c.id()));
        });
        assertThat(world.nomis.childrenOf(ChildKind.PHONE, contact.id())).as("not a person's phone").isEmpty();
        assertThat(world.dps.childrenOf(KIND, contact.id(), address.id())).as("no echo").hasSize(1);

        world.dps.updateChildByDpsUser(KIND, phone.id(), fields(2));
        world.pumpAll();
        assertThat(world.nomis.childrenOf(KIND, contact.id(), nomisAddress)).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(fields(2)));

        world.dps.deleteChildByDpsUser(KIND, phone.id());
        world.pumpAll();
        assertThat(world.nomis.childrenOf(KIND, contact.id(), nomisAddress)).isEmpty();
        assertThat(world.mappings.findByDpsId(KIND.entityType(), Long.toString(phone.id()))).isEmpty();
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void aNomisAddressPhoneAndAPersonsPhoneOfTheSameEventTypeEachReachTheirOwnDpsKind() {
        ContactsTestWorld world = new ContactsTestWorld(3);
        NomisPerson person = world.nomis.createByNomisUser(PersonDetails.named("Bob", "Bell"));
        ChildRecord address = world.nomis.addChildByNomisUser(ChildKind.ADDRESS, person.personId(),
                ContactChildrenSyncTest.fields(ChildKind.ADDRESS, 1));
        world.pumpAll();
        long dpsAddress = dpsAddressOf(world, address);

        ChildRecord phone = world.nomis.addChildByNomisUser(KIND, person.personId(), address.id(), fields(1));
        world.nomis.addChildByNomisUser(ChildKind.PHONE, person.personId(),
                ContactChildrenSyncTest.fields(ChildKind.PHONE, 7));
        world.pumpAll();
        assertThat(world.dps.childrenOf(KIND, person.personId(), dpsAddress)).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(fields(1)));
        assertThat(world.dps.childrenOf(ChildKind.PHONE, person.personId())).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(ContactChildrenSyncTest.fields(ChildKind.PHONE, 7)));

        world.nomis.updateChildByNomisUser(KIND, person.personId(), phone.id(), fields(2));
        world.pumpAll();
        assertThat(world.dps.childrenOf(KIND, person.personId(), dpsAddress)).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(fields(2)));
        world.nomis.deleteChildByNomisUser(KIND, person.personId(), phone.id());
        world.pumpAll();
        assertThat(world.dps.childrenOf(KIND, person.personId(), dpsAddress)).isEmpty();
        assertThat(world.dps.childrenOf(ChildKind.PHONE, person.personId())).hasSize(1);
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void aPhoneWaitsForItsAddressToBeMappedAndLostAnswersAreAdopted() {
        ContactsTestWorld world = new ContactsTestWorld(1);
        NomisPerson person = world.nomis.createByNomisUser(PersonDetails.named("Cy", "Cole"));
        world.pumpAll();
        ChildRecord unmapped = world.nomis.addChildByNomisUser(ChildKind.ADDRESS, person.personId(),
                ContactChildrenSyncTest.fields(ChildKind.ADDRESS, 2));
        world.drain(ContactsTestWorld.FROM_NOMIS); // the address's own event not handled yet
        world.nomis.addChildByNomisUser(KIND, person.personId(), unmapped.id(), fields(1));
        world.pumpAll();
        assertThat(world.telemetry.events()).extracting(e -> e.name())
                .contains("contactperson-address-phone-synchronisation-created-awaiting-parent");

        DpsContact contact = world.dps.createByDpsUser(PersonDetails.named("Di", "Dunn"));
        ChildRecord address = world.dps.addChildByDpsUser(ChildKind.ADDRESS, contact.id(),
                ContactChildrenSyncTest.fields(ChildKind.ADDRESS, 3));
        NomisPerson other = world.nomis.createByNomisUser(PersonDetails.named("Ed", "Eve"));
        ChildRecord otherAddress = world.nomis.addChildByNomisUser(ChildKind.ADDRESS, other.personId(),
                ContactChildrenSyncTest.fields(ChildKind.ADDRESS, 4));
        world.pumpAll();
        world.nomis.loseResponses(1);
        world.dps.addChildByDpsUser(KIND, address.id(), fields(2));
        world.pumpAll();
        world.dps.loseResponses(1);
        world.nomis.addChildByNomisUser(KIND, other.personId(), otherAddress.id(), fields(3));
        world.pumpAll();
        assertThat(world.nomis.childrenOf(KIND, contact.id(), nomisAddressOf(world, address))).hasSize(1);
        assertThat(world.dps.childrenOf(KIND, other.personId(), dpsAddressOf(world, otherAddress))).hasSize(1);
        assertThat(world.telemetry.events()).filteredOn(e -> "true".equals(e.properties().get("foundExisting")))
                .hasSize(2);
    }

    @Test
    void aPhoneEventWhoseIsAddressIsNeitherTrueNorFalseIsDeadLetteredAtOnce() {
        ContactsTestWorld world = new ContactsTestWorld(1);
        Disposition disposition = world.handle(ContactsTestWorld.FROM_NOMIS, new Notification("bad-flag",
                "PHONES_PERSON-INSERTED", Map.of("eventType", "PHONES_PERSON-INSERTED", "personId", "12",
                        "phoneId", "13", "addressId", "14", "isAddress", "yes", "auditModuleName", "OCDPERSO")));
        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) disposition).reason()).contains("isAddress");
    }
}
