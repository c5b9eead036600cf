package org.prisonsync.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.MappingTypes;

/** ADR004: after a prisoner-level change DPS holds exactly NOMIS's current-booking alerts, mapped one to one. */
class PrisonerAlertsResyncTest {
    private static final String A = "A1111AA";
    private static final String B = "B2222BB";

    private final AlertsTestWorld world = new AlertsTestWorld();

    private Set<String> dpsCodes(String prisoner) {
        return world.dpsAlertsOf(prisoner).stream().map(DpsAlert::alertCode).collect(Collectors.toSet());
    }

    @Test
    void aNewBookingResyncsDpsToTheAlertsNomisCopiedOntoIt() {
        long first = world.admitWithAlerts(A, "HA", "XA");
        world.nomis.createByNomisUser(A, new NomisAlertRequest("VU", AlertsTestWorld.TODAY.minusDays(20),
                AlertsTestWorld.TODAY.minusDays(1), false, "expired", null, "OFFICER_A"));
        world.pumpAll();

        long second = world.nomis.newBooking(A, true);
        world.publish(AlertsTestWorld.FROM_NOMIS, AlertTestEvents.received(A, "NEW_ADMISSION", world.clock.instant()));
        world.pumpAll();

        world.assertDpsHoldsNomisCurrentBooking(A);
        assertThat(dpsCodes(A)).containsExactlyInAnyOrder("HA", "XA");
        assertThat(world.mappingsOf(A)).allSatisfy(m -> {
            assertThat(NomisAlertId.fromKey(m.nomisId()).bookingId()).isEqualTo(second);
            assertThat(m.mappingType()).isEqualTo(MappingTypes.NOMIS_CREATED);
        });
        assertThat(second).isNotEqualTo(first);
        assertThat(world.count("alert-created-new-booking-ignored")).isEqualTo(2);
        assertThat(world.count(AlertsPrisonerReceivedHandler.EVENT)).isEqualTo(1);
        assertThat(world.count("alert-create-ignored")).isEqualTo(5);
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void aMergeGivesTheRetainedPrisonerTheCombinedAlertsAndTheRemovedOneNone() {
        world.admitWithAlerts(A, "HA", "XA");
        world.admitWithAlerts(B, "XA", "VU");

        world.nomis.merge(A, B);
        world.publish(AlertsTestWorld.FROM_NOMIS, AlertTestEvents.merged(A, B,
                world.nomis.currentBooking(A).orElseThrow(), world.clock.instant()));
        world.pumpAll();

        world.assertDpsHoldsNomisCurrentBooking(A);
        assertThat(dpsCodes(A)).containsExactlyInAnyOrder("HA", "XA", "VU");
        assertThat(world.dpsAlertsOf(B)).isEmpty();
        assertThat(world.mappingsOf(B)).isEmpty();
        assertThat(world.telemetry.named(PrisonerMergedHandler.EVENT)).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("removedOffenderNo", B)
                        .containsEntry("alertsCount", A + ":3," + B + ":0"));
        assertThat(world.nomis.currentBookingAlerts(A)).hasSize(3);
    }

    @Test
    void aResyncKeepsWhoLastChangedEachAlertInNomis() {
        world.admitWithAlerts(A, "HA");
        world.admitWithAlerts(B, "XA");
        NomisAlert ha = world.nomis.currentBookingAlerts(A).get(0);
        world.nomis.updateByNomisUser(ha.id(), new NomisAlertRequest("HA", ha.date(), null, true, "reviewed",
                "Governor", "OFFICER_B"));
        world.pumpAll();

        world.nomis.merge(A, B);
        world.publish(AlertsTestWorld.FROM_NOMIS, AlertTestEvents.merged(A, B,
                world.nomis.currentBooking(A).orElseThrow(), world.clock.instant()));
        world.pumpAll();

        world.assertDpsHoldsNomisCurrentBooking(A);
        assertThat(world.dpsAlertsOf(A)).filteredOn(a -> a.alertCode().equals("HA")).singleElement()
                .satisfies(a -> {
                    assertThat(a.createdBy()).isEqualTo("OFFICER_A");
                    assertThat(a.lastModifiedBy()).isEqualTo("OFFICER_B");
                });
    }

    @Test
    void aRecallReceivedOnTheWrongBookingAndCorrectedBackEndsWithThePreviousBookingsAlerts() {
        long previous = world.admitWithAlerts(A, "HA", "XA");
        long wrong = world.nomis.newBooking(A, true);
        world.publish(AlertsTestWorld.FROM_NOMIS, AlertTestEvents.received(A, "NEW_ADMISSION", world.clock.instant()));
        world.pumpAll();
        world.nomis.createByNomisUser(A, AlertsTestWorld.nomisRequest("RSS", "added on the wrong booking"));
        world.pumpAll();
        assertThat(dpsCodes(A)).containsExactlyInAnyOrder("HA", "XA", "RSS");

        // released from the wrong booking, received back on the previous one: NOMIS copies nothing
        world.nomis.switchToBooking(A, previous);
        world.publish(AlertsTestWorld.FROM_NOMIS,
                AlertTestEvents.received(A, "READMISSION_SWITCH_BOOKING", world.clock.instant()));
        world.pumpAll();

        world.assertDpsHoldsNomisCurrentBooking(A);
        assertThat(dpsCodes(A)).containsExactlyInAnyOrder("HA", "XA");
        assertThat(world.mappingsOf(A)).allSatisfy(m ->
                assertThat(NomisAlertId.fromKey(m.nomisId()).bookingId()).isEqualTo(previous));
        assertThat(wrong).isNotEqualTo(previous);
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void aMovedBookingResyncsBothPrisoners() {
        world.admitWithAlerts(A, "HA");
        long moved = world.admitWithAlerts(B, "XA", "VU");

        world.nomis.moveBooking(moved, A);
        world.publish(AlertsTestWorld.FROM_NOMIS, AlertTestEvents.bookingMoved(moved, B, A, world.clock.instant()));
        world.pumpAll();

        world.assertDpsHoldsNomisCurrentBooking(A);
        world.assertDpsHoldsNomisCurrentBooking(B);
        assertThat(dpsCodes(A)).containsExactlyInAnyOrder("XA", "VU");
        assertThat(world.dpsAlertsOf(B)).isEmpty();
        assertThat(world.count(AlertsBookingMovedHandler.EVENT)).isEqualTo(1);
    }

    @Test
    void eachPrisonerEventDeliveredThreeTimesResyncsOnceAndKeepsTheDpsIds() {
        AlertsTestWorld thrice = new AlertsTestWorld(3);
        thrice.admitWithAlerts(A, "HA", "XA");
        thrice.admitWithAlerts(B, "VU");
        thrice.nomis.newBooking(A, true);
        thrice.publish(AlertsTestWorld.FROM_NOMIS, AlertTestEvents.received(A, "NEW_ADMISSION", AlertsTestWorld.START));
        thrice.pumpAll();
        List<String> idsAfterFirst = thrice.dpsAlertsOf(A).stream().map(DpsAlert::alertUuid).sorted().toList();

        thrice.nomis.merge(A, B);
        thrice.publish(AlertsTestWorld.FROM_NOMIS, AlertTestEvents.merged(A, B, 1, AlertsTestWorld.START));
        thrice.pumpAll();

        thrice.assertDpsHoldsNomisCurrentBooking(A);
        assertThat(thrice.dpsAlertsOf(B)).isEmpty();
        assertThat(thrice.count(AlertsPrisonerReceivedHandler.EVENT)).isEqualTo(1);
        assertThat(thrice.count(AlertsPrisonerReceivedHandler.EVENT + "-ignored")).isEqualTo(2);
        assertThat(thrice.count(PrisonerMergedHandler.EVENT)).isEqualTo(1);
        assertThat(thrice.count(PrisonerMergedHandler.EVENT + "-ignored")).isEqualTo(2);
        assertThat(idsAfterFirst).hasSize(2);
        assertThat(thrice.dlqs()).isEmpty();
    }

    @Test
    void aTransferReceiveLeavesTheAlertsAlone() {
        world.admitWithAlerts(A, "HA");
        List<String> before = world.dpsAlertsOf(A).stream().map(DpsAlert::alertUuid).toList();

        world.publish(AlertsTestWorld.FROM_NOMIS, AlertTestEvents.received(A, "TRANSFERRED", world.clock.instant()));
        world.pumpAll();

        assertThat(world.dpsAlertsOf(A)).extracting(DpsAlert::alertUuid).isEqualTo(before);
        assertThat(world.count(AlertsPrisonerReceivedHandler.EVENT + "-ignored")).isEqualTo(1);
    }

    @Test
    void aPrisonerWhoseMappingsCollideJoinsTheResync() {
        world.admitWithAlerts(A, "HA");
        long moved = world.admitWithAlerts(B, "XA");
        // the booking moved in NOMIS but its event was never seen; A is then readmitted on it
        world.nomis.moveBooking(moved, A);

        world.publish(AlertsTestWorld.FROM_NOMIS, AlertTestEvents.received(A, "NEW_ADMISSION", world.clock.instant()));
        world.pumpAll();

        world.assertDpsHoldsNomisCurrentBooking(A);
        world.assertDpsHoldsNomisCurrentBooking(B);
        assertThat(dpsCodes(A)).containsExactly("XA");
        assertThat(world.dlqs()).isEmpty();
    }

}
