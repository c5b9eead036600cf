package org.prisonsync.core.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every child kind (email, phone, identity, employment, address, restriction) through the one generic flow, both ways:
 * once under three deliveries, updated and deleted (where the side can delete), never echoed, a lost answer adopted on
 * the retry; a malformed event of each kind dead-lettered at once.
 */
class ContactChildrenSyncTest {

    /** The kinds under a person; a relationship's restrictions have their own test. */
    static Iterable<ChildKind> kinds() {
        return ChildKind.ofParent(ChildKind.Parent.PERSON);
    }

    static Iterable<ChildKind> allKinds() {
        return ChildKind.ALL;
    }

    /** Field values for a kind, varied by {@code n} so an update is a real change. */
    static Map<String, Object> fields(ChildKind kind, int n) {
        return switch (kind.name()) {
            case "email" -> Map.of("emailAddress", "person" + n + "@example.com");
            case "phone", "address-phone" -> Map.of("phoneType", "MOB", "phoneNumber", "0770090000" + n);
            case "identity" -> Map.of("identityType", "DL", "identityValue", "SMITH" + n, "issuingAuthority", "DVLA");
            case "employment" -> Map.of("organisationId", 4000L + n, "active", n % 2 == 0);
            case "address" -> Map.of("addressType", "HOME", "primaryAddress", true, "flat", "Flat " + n,
                    "property", "10", "street", "High Street", "postcode", "LS1 " + n + "AB", "mailFlag", false,
                    "startDate", "2026-01-0" + n);
            case "restriction", "prisoner-contact-restriction" -> Map.of("restrictionType", n % 2 == 0 ? "BAN" : "CCTV", "startDate", "2026-02-0" + n,
                    "comments", "restriction " + n);
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aDpsChildReachesNomisOnceFollowsChangesAndDoesNotEcho(ChildKind kind) {
        ContactsTestWorld world = new ContactsTestWorld(3);
        DpsContact contact = world.dps.createByDpsUser(PersonDetails.named("Ann", "Addo"));
        ChildRecord child = world.dps.addChildByDpsUser(kind, contact.id(), fields(kind, 1));
        world.pumpAll();

        assertThat(world.nomis.childrenOf(kind, contact.id())).singleElement().satisfies(c -> {
            assertThat(c.fields()).isEqualTo(child.fields());
            assertThat(c.writtenBySync()).isTrue();
            assertThat(world.mappings.findByDpsId(kind.entityType(), Long.toString(child.id()))).hasValueSatisfying(
                    m -> assertThat(m.nomisId()).isEqualTo(kind.nomisKey(contact.id(), c.id())));
        });
        assertThat(world.dps.childrenOf(kind, contact.id())).as("no echo").hasSize(1);

        world.dps.updateChildByDpsUser(kind, child.id(), fields(kind, 2));
        world.pumpAll();
        assertThat(world.nomis.childrenOf(kind, contact.id())).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(fields(kind, 2)));

        if (kind.dpsDeletes()) {
            world.dps.deleteChildByDpsUser(kind, child.id());
            world.pumpAll();
            assertThat(world.nomis.childrenOf(kind, contact.id())).isEmpty();
            assertThat(world.mappings.findByDpsId(kind.entityType(), Long.toString(child.id()))).isEmpty();
        } else {
            assertThatThrownBy(() -> world.dps.deleteChildByDpsUser(kind, child.id()))
                    .as("DPS has no delete of a " + kind.name()).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(world.dlqs()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aNomisChildReachesDpsOnceFollowsChangesAndDoesNotEcho(ChildKind kind) {
        ContactsTestWorld world = new ContactsTestWorld(3);
        NomisPerson person = world.nomis.createByNomisUser(PersonDetails.named("Bob", "Bell"));
        ChildRecord child = world.nomis.addChildByNomisUser(kind, person.personId(), fields(kind, 1));
        world.pumpAll();

        assertThat(world.dps.childrenOf(kind, person.personId())).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(child.fields()));
        assertThat(world.nomis.childrenOf(kind, person.personId())).as("no echo").singleElement()
                .satisfies(c -> assertThat(c.writtenBySync()).isFalse());

        world.nomis.updateChildByNomisUser(kind, person.personId(), child.id(), fields(kind, 2));
        world.pumpAll();
        assertThat(world.dps.childrenOf(kind, person.personId())).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(fields(kind, 2)));

        world.nomis.deleteChildByNomisUser(kind, person.personId(), child.id());
        world.pumpAll();
        assertThat(world.dps.childrenOf(kind, person.personId())).as("a NOMIS delete reaches DPS").isEmpty();
        assertThat(world.mappings.findByNomisId(kind.entityType(), kind.nomisKey(person.personId(), child.id())))
                .isEmpty();
        assertThat(world.nomis.childrenOf(kind, person.personId())).isEmpty();
        assertThat(world.dlqs()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void createsWhoseAnswersWereLostAreAdoptedOnTheRetryOnBothSides(ChildKind kind) {
        ContactsTestWorld world = new ContactsTestWorld(1);
        DpsContact contact = world.dps.createByDpsUser(PersonDetails.named("Cy", "Cole"));
        world.pumpAll();
        world.nomis.loseResponses(1);
        world.dps.addChildByDpsUser(kind, contact.id(), fields(kind, 1));
        world.pumpAll();
        assertThat(world.nomis.childrenOf(kind, contact.id())).hasSize(1);

        NomisPerson person = world.nomis.createByNomisUser(PersonDetails.named("Di", "Dunn"));
        world.pumpAll();
        world.dps.loseResponses(1);
        world.nomis.addChildByNomisUser(kind, person.personId(), fields(kind, 3));
        world.pumpAll();
        assertThat(world.dps.childrenOf(kind, person.personId())).hasSize(1);
        assertThat(world.telemetry.events()).filteredOn(e -> "true".equals(e.properties().get("foundExisting")))
                .hasSize(2);
        assertThat(world.dlqs()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aNomisChildWaitsForItsParentAndArrivesOnceItIsThere(ChildKind kind) {
        ContactsTestWorld world = new ContactsTestWorld(1);
        NomisPerson person = world.nomis.createByNomisUser(PersonDetails.named("Eve", "Eden"));
        world.drain(ContactsTestWorld.FROM_NOMIS); // the person's own event not yet handled
        world.nomis.addChildByNomisUser(kind, person.personId(), fields(kind, 1));
        world.pumpAll();
        assertThat(world.dps.childrenOf(kind, person.personId())).isEmpty();
        assertThat(world.telemetry.events()).extracting(e -> e.name())
                .contains("contactperson-" + kind.name() + "-synchronisation-created-awaiting-parent");
    }

    @ParameterizedTest
    @MethodSource("allKinds")
    void aMalformedEventOfEveryKindIsDeadLetteredAtOnceWithItsReason(ChildKind kind) {
        ContactsTestWorld world = new ContactsTestWorld(1);
        String dpsType = kind.dpsEvent() + ".created";
        Map<String, Object> info = new LinkedHashMap<>();
        info.put(kind.dpsIdField(), "7x");
        if (kind.parent().dpsEventField() != null) {
            info.put(kind.parent().dpsEventField(), "1");
        }
        info.put("source", "DPS");
        Disposition fromDps = world.handle(ContactsTestWorld.TO_NOMIS, new Notification("bad-dps", dpsType,
                Map.of("eventType", dpsType, "additionalInformation", info)));
        String nomisType = kind.nomisCreated();
        Map<String, Object> nomisMessage = new LinkedHashMap<>();
        nomisMessage.put("eventType", nomisType);
        nomisMessage.put("personId", "12");
        nomisMessage.put(kind.parent().nomisEventField(), kind.parent().textKey() ? "A1234BC" : "12");
        nomisMessage.put(kind.nomisIdField(), "-3");
        if (kind.nomisFlag() != null) {
            nomisMessage.put(kind.nomisFlag(), Boolean.toString(kind.nomisFlagValue()));
        }
        nomisMessage.put("auditModuleName", "OCDPERSO");
        Disposition fromNomis = world.handle(ContactsTestWorld.FROM_NOMIS, new Notification("bad-nomis", nomisType,
                nomisMessage));

        assertThat(fromDps).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) fromDps).reason()).contains(kind.dpsIdField());
        assertThat(fromNomis).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) fromNomis).reason()).contains(kind.nomisIdField());
    }

    @Test
    void aRestrictionUpsertedTwiceInNomisIsOneDpsRecordCreatedThenUpdated() {
        ContactsTestWorld world = new ContactsTestWorld(2);
        NomisPerson person = world.nomis.createByNomisUser(PersonDetails.named("Flo", "Fry"));
        world.pumpAll();
        ChildRecord restriction = world.nomis.addChildByNomisUser(ChildKind.RESTRICTION, person.personId(),
                fields(ChildKind.RESTRICTION, 1));
        world.nomis.updateChildByNomisUser(ChildKind.RESTRICTION, person.personId(), restriction.id(),
                fields(ChildKind.RESTRICTION, 2));
        world.pumpAll();

        assertThat(world.dps.childrenOf(ChildKind.RESTRICTION, person.personId())).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(fields(ChildKind.RESTRICTION, 2)));
        assertThat(world.mappings.findByNomisId("PERSON_RESTRICTION", Long.toString(restriction.id()))).isPresent();
        assertThat(world.telemetry.events()).extracting(e -> e.name())
                .contains("contactperson-restriction-synchronisation-created-success",
                        "contactperson-restriction-synchronisation-updated-success");
        assertThat(world.dlqs()).isEmpty();
    }
}
