package org.prisonsync.core.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;

/**
 * A prisoner's own restriction (DPS prisoner restriction ⇄ NOMIS offender restriction) on the generic child flow, its
 * parent a prisoner by offender number with no parent mapping: both ways once under redelivery, updated and deleted
 * from either side, never echoed, lost answers adopted; bad messages dead-lettered at once with their reason.
 */
class PrisonerRestrictionSyncTest {
    private static final ChildKind KIND = ChildKind.PRISONER_RESTRICTION;
    private static final String PRISONER = "A1234BC";

    static Map<String, Object> fields(int n) {
        return Map.of("restrictionType", n % 2 == 0 ? "BAN" : "CCTV", "effectiveDate", "2026-02-0" + n,
                "commentText", "restriction " + n, "authorisedUsername", "AUTH_" + n);
    }

    @Test
    void aDpsRestrictionReachesNomisOnceFollowsChangesAndDeletesAndDoesNotEcho() {
        ContactsTestWorld world = new ContactsTestWorld(3);
        ChildRecord restriction = world.dps.addChildByDpsUser(KIND, PRISONER, fields(1));
        world.pumpAll();

        List<ChildRecord> inNomis = world.nomis.childrenUnder(KIND, ChildRecord.NO_PERSON, PRISONER);
        assertThat(inNomis).singleElement().satisfies(c -> {
            assertThat(c.fields()).isEqualTo(fields(1));
            assertThat(c.writtenBySync()).isTrue();
        });
        Mapping mapping = world.mappings.findByDpsId("PRISONER_RESTRICTION", Long.toString(restriction.id()))
                .orElseThrow();
        assertThat(mapping.nomisId()).isEqualTo(Long.toString(inNomis.get(0).id()));
        assertThat(mapping.prisonerNumber()).as("upstream keeps the offender number").isEqualTo(PRISONER);
        assertThat(world.dps.childrenUnder(KIND, 0, PRISONER)).as("no echo").hasSize(1);
        assertThat(world.telemetry.events()).extracting(e -> e.name())
                .contains("prisoner-restriction-create-success");

        world.dps.updateChildByDpsUser(KIND, restriction.id(), fields(2));
        world.pumpAll();
        assertThat(world.nomis.childrenUnder(KIND, 0, PRISONER)).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(fields(2)));

        world.dps.deleteChildByDpsUser(KIND, restriction.id());
        world.pumpAll();
        assertThat(world.nomis.childrenUnder(KIND, 0, PRISONER)).isEmpty();
        assertThat(world.mappings.findByDpsId("PRISONER_RESTRICTION", Long.toString(restriction.id()))).isEmpty();
        assertThat(world.dps.childrenUnder(KIND, 0, PRISONER)).as("the NOMIS delete's echo deletes nothing more")
                .isEmpty();
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void aNomisRestrictionUpsertedReachesDpsOnceThenUpdatesAndDeletesAndDoesNotEcho() {
        ContactsTestWorld world = new ContactsTestWorld(3);
        ChildRecord restriction = world.nomis.addChildByNomisUser(KIND, PRISONER, fields(1));
        world.pumpAll();

        assertThat(world.dps.childrenUnder(KIND, 0, PRISONER)).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(fields(1)));
        assertThat(world.mappings.findByNomisId("PRISONER_RESTRICTION", Long.toString(restriction.id())))
                .hasValueSatisfying(m -> assertThat(m.prisonerNumber()).isEqualTo(PRISONER));
        assertThat(world.nomis.childrenUnder(KIND, 0, PRISONER)).as("no echo").singleElement()
                .satisfies(c -> assertThat(c.writtenBySync()).isFalse());

        world.nomis.updatePrisonerChildByNomisUser(KIND, restriction.id(), fields(2));
        world.pumpAll();
        assertThat(world.dps.childrenUnder(KIND, 0, PRISONER)).singleElement()
                .satisfies(c -> assertThat(c.fields()).isEqualTo(fields(2)));

        world.nomis.deletePrisonerChildByNomisUser(KIND, restriction.id());
        world.pumpAll();
        assertThat(world.dps.childrenUnder(KIND, 0, PRISONER)).isEmpty();
        assertThat(world.mappings.findByNomisId("PRISONER_RESTRICTION", Long.toString(restriction.id()))).isEmpty();
        assertThat(world.telemetry.events()).extracting(e -> e.name()).contains(
                "contactperson-prisoner-restriction-synchronisation-created-success",
                "contactperson-prisoner-restriction-synchronisation-updated-success",
                "contactperson-prisoner-restriction-synchronisation-deleted-success");
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void createsWhoseAnswersWereLostAreAdoptedOnTheRetryOnBothSides() {
        ContactsTestWorld world = new ContactsTestWorld(1);
        world.nomis.loseResponses(1);
        world.dps.addChildByDpsUser(KIND, PRISONER, fields(1));
        world.pumpAll();
        assertThat(world.nomis.childrenUnder(KIND, 0, PRISONER)).hasSize(1);

        world.dps.loseResponses(1);
        world.nomis.addChildByNomisUser(KIND, "B2345CD", fields(3));
        world.pumpAll();
        assertThat(world.dps.childrenUnder(KIND, 0, "B2345CD")).hasSize(1);
        assertThat(world.telemetry.events()).filteredOn(e -> "true".equals(e.properties().get("foundExisting")))
                .hasSize(2);
        assertThat(world.dlqs()).isEmpty();
    }

    private static Notification dpsEvent(String action, Object id, String noms) {
        String type = KIND.dpsEvent() + "." + action;
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("prisonerRestrictionId", id);
        info.put("source", "DPS");
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", type);
        message.put("additionalInformation", info);
        if (noms != null) {
            message.put("personReference", Map.of("identifiers", List.of(Map.of("type", "NOMS", "value", noms))));
        }
        return new Notification("bad-dps", type, message);
    }

    private static Notification nomisEvent(String type, String offender, Object id) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", type);
        if (offender != null) {
            message.put("offenderIdDisplay", offender);
        }
        message.put("offenderRestrictionId", id);
        message.put("auditModuleName", "OIDOIRES");
        return new Notification("bad-nomis", type, message);
    }

    private static String deadLetterReason(Disposition d) {
        assertThat(d).isInstanceOf(Disposition.DeadLetter.class);
        return ((Disposition.DeadLetter) d).reason();
    }

    @Test
    void badMessagesOfEveryNewTypeAreDeadLetteredAtOnceWithTheirReason() {
        ContactsTestWorld world = new ContactsTestWorld(1);
        ChildRecord restriction = world.dps.addChildByDpsUser(KIND, PRISONER, fields(1));
        world.pumpAll();

        assertThat(deadLetterReason(world.handle(ContactsTestWorld.TO_NOMIS, dpsEvent("created", "x1", PRISONER))))
                .contains("prisonerRestrictionId");
        assertThat(deadLetterReason(world.handle(ContactsTestWorld.TO_NOMIS, dpsEvent("updated", "0", PRISONER))))
                .contains("prisonerRestrictionId");
        assertThat(deadLetterReason(world.handle(ContactsTestWorld.TO_NOMIS,
                dpsEvent("deleted", restriction.id(), null)))).contains("NOMS");
        assertThat(deadLetterReason(world.handle(ContactsTestWorld.TO_NOMIS,
                dpsEvent("deleted", restriction.id(), "not-a-prisoner")))).contains("NOMS");
        assertThat(deadLetterReason(world.handle(ContactsTestWorld.FROM_NOMIS,
                nomisEvent("RESTRICTION-UPSERTED", PRISONER, "-4")))).contains("offenderRestrictionId");
        assertThat(deadLetterReason(world.handle(ContactsTestWorld.FROM_NOMIS,
                nomisEvent("RESTRICTION-UPSERTED", null, "44")))).contains("offenderIdDisplay");
        assertThat(deadLetterReason(world.handle(ContactsTestWorld.FROM_NOMIS,
                nomisEvent("RESTRICTION-DELETED", "12", "44")))).contains("offenderIdDisplay");
        assertThat(world.nomis.childrenUnder(KIND, 0, PRISONER)).as("nothing deleted").hasSize(1);
    }

    private static Notification domainEvent(String type, Map<String, Object> info) {
        return new Notification("d-" + type, type, Map.of("eventType", type, "occurredAt", "2026-03-02T09:00:00Z",
                "additionalInformation", info));
    }

    @Test
    void aMergeMovesTheRemovedPrisonersRestrictionsInDpsAndRepointsTheirMappings() {
        String removed = "B2345CD";
        ContactsTestWorld world = new ContactsTestWorld(1);
        world.nomis.newBooking(PRISONER);
        world.nomis.newBooking(removed);
        ChildRecord kept = world.nomis.addChildByNomisUser(KIND, PRISONER, fields(1));
        ChildRecord moved = world.nomis.addChildByNomisUser(KIND, removed, fields(2));
        world.pumpAll();
        long dpsMoved = Long.parseLong(world.mappings.findByNomisId("PRISONER_RESTRICTION",
                Long.toString(moved.id())).orElseThrow().dpsId());

        world.nomis.moveContacts(removed, PRISONER);
        Disposition merged = world.handle(ContactsTestWorld.FROM_NOMIS, domainEvent(
                "prison-offender-events.prisoner.merged", Map.of("nomsNumber", PRISONER,
                        "removedNomsNumber", removed, "bookingId", "3001")));

        assertThat(merged).isInstanceOf(Disposition.Ack.class);
        assertThat(world.dps.childrenUnder(KIND, 0, removed)).isEmpty();
        assertThat(world.dps.childrenUnder(KIND, 0, PRISONER)).extracting(ChildRecord::fields)
                .containsExactlyInAnyOrder(fields(1), fields(2));
        assertThat(world.dps.child(KIND, dpsMoved)).as("the same DPS record, moved")
                .hasValueSatisfying(c -> assertThat(c.parentKey()).isEqualTo(PRISONER));
        assertThat(world.mappings.findByPrisoner("PRISONER_RESTRICTION", removed)).isEmpty();
        assertThat(world.mappings.findByPrisoner("PRISONER_RESTRICTION", PRISONER)).extracting(Mapping::nomisId)
                .containsExactlyInAnyOrder(Long.toString(kept.id()), Long.toString(moved.id()));

        Disposition again = world.handle(ContactsTestWorld.FROM_NOMIS, domainEvent(
                "prison-offender-events.prisoner.merged", Map.of("nomsNumber", PRISONER,
                        "removedNomsNumber", removed, "bookingId", "3001")));
        assertThat(again).isInstanceOf(Disposition.Ack.class);
        assertThat(world.telemetry.count("contactperson-prisoner-merged-ignored")).as("redelivery changes nothing")
                .isEqualTo(1);
        assertThat(world.dps.childrenUnder(KIND, 0, PRISONER)).hasSize(2);
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void aBookingMoveCarriesItsRestrictionsToTheGainingPrisonerAndADpsDeleteThenReachesNomisThere() {
        String from = "C3456DE";
        ContactsTestWorld world = new ContactsTestWorld(1);
        world.nomis.newBooking(from);
        world.nomis.newBooking(PRISONER);
        ChildRecord restriction = world.dps.addChildByDpsUser(KIND, from, fields(1));
        world.pumpAll();

        world.nomis.moveContacts(from, PRISONER);
        world.handle(ContactsTestWorld.FROM_NOMIS, domainEvent("prison-offender-events.prisoner.booking.moved",
                Map.of("movedFromNomsNumber", from, "movedToNomsNumber", PRISONER, "bookingId", "3001")));
        world.pumpAll();

        assertThat(world.dps.child(KIND, restriction.id()))
                .hasValueSatisfying(c -> assertThat(c.parentKey()).isEqualTo(PRISONER));
        assertThat(world.mappings.findByDpsId("PRISONER_RESTRICTION", Long.toString(restriction.id())))
                .hasValueSatisfying(m -> assertThat(m.prisonerNumber()).isEqualTo(PRISONER));

        // a DPS delete raised before the move names the old prisoner: the mapping says where NOMIS holds it now
        Disposition deleted = world.handle(ContactsTestWorld.TO_NOMIS, dpsEvent("deleted", restriction.id(), from));
        assertThat(deleted).isInstanceOf(Disposition.Ack.class);
        assertThat(world.nomis.childrenUnder(KIND, 0, PRISONER)).isEmpty();
        assertThat(world.mappings.findByDpsId("PRISONER_RESTRICTION", Long.toString(restriction.id()))).isEmpty();
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void thePrisonerRepairsRebuildTheRestrictionsEitherWayWithADryRunFirst() {
        ContactsTestWorld world = new ContactsTestWorld(1);
        world.nomis.newBooking(PRISONER);
        ChildRecord lost = world.nomis.addChildByNomisUser(KIND, PRISONER, fields(1));
        world.drain(ContactsTestWorld.FROM_NOMIS); // its event lost
        world.dps.addChildByDpsUser(KIND, PRISONER, fields(2)); // one DPS holds and NOMIS never had
        world.drain(ContactsTestWorld.TO_NOMIS);
        ContactsRepairs repairs = new ContactsRepairs(new ContactPorts(world.nomis, world.dps), world.mappings);

        var dry = repairs.prisonerFromNomis(PRISONER, true);
        assertThat(dry.actions()).anyMatch(a -> a.startsWith("create DPS prisoner-restriction of " + PRISONER))
                .anyMatch(a -> a.startsWith("delete DPS prisoner-restriction"));
        assertThat(world.dps.childrenUnder(KIND, 0, PRISONER)).as("a dry run changes nothing")
                .extracting(ChildRecord::fields).containsExactly(fields(2));

        repairs.prisonerFromNomis(PRISONER, false);
        assertThat(world.dps.childrenUnder(KIND, 0, PRISONER)).extracting(ChildRecord::fields)
                .containsExactly(fields(1));
        assertThat(world.mappings.findByNomisId("PRISONER_RESTRICTION", Long.toString(lost.id())))
                .hasValueSatisfying(m -> assertThat(m.prisonerNumber()).isEqualTo(PRISONER));
        assertThat(repairs.prisonerFromNomis(PRISONER, false).status())
                .isEqualTo(org.prisonsync.core.repair.RepairReport.Status.NOTHING_TO_DO);

        // to NOMIS: DPS's restriction changed without an event, NOMIS made to match
        long dpsId = world.dps.childrenUnder(KIND, 0, PRISONER).get(0).id();
        world.dps.updateChildByDpsUser(KIND, dpsId, fields(3));
        world.drain(ContactsTestWorld.TO_NOMIS);
        var toNomis = repairs.prisonerToNomis(PRISONER, false);
        assertThat(toNomis.actions()).contains("update NOMIS prisoner-restriction " + lost.id());
        assertThat(world.nomis.childrenUnder(KIND, 0, PRISONER)).extracting(ChildRecord::fields)
                .containsExactly(fields(3));
    }
}
