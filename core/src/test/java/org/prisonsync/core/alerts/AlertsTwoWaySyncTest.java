package org.prisonsync.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.OffenderEvent;

class AlertsTwoWaySyncTest {
    private static final String PRISONER = "A1234BC";

    private final AlertsTestWorld world = new AlertsTestWorld();

    @Test
    void anAlertCreatedInDpsArrivesInNomisMappedAndIsNotEchoedBack() {
        world.admitWithAlerts(PRISONER);
        DpsAlert alert = world.dps.createByDpsUser(PRISONER, AlertsTestWorld.dpsRequest("HA", "self harm"), "DPS_A");

        world.pumpAll();

        List<NomisAlert> inNomis = world.nomis.currentBookingAlerts(PRISONER);
        assertThat(inNomis).singleElement().satisfies(n -> {
            assertThat(n.alertCode()).isEqualTo("HA");
            assertThat(n.comment()).isEqualTo("self harm");
            assertThat(n.date()).isEqualTo(alert.activeFrom());
            assertThat(n.createUsername()).isEqualTo("DPS_A");
        });
        Mapping mapping = world.mappingOfDps(alert.alertUuid()).orElseThrow();
        assertThat(mapping.nomisId()).isEqualTo(inNomis.get(0).id().key());
        assertThat(mapping.mappingType()).isEqualTo(MappingTypes.DPS_CREATED);
        assertThat(mapping.prisonerNumber()).isEqualTo(PRISONER);
        assertThat(world.count("alert-create-success")).isEqualTo(1);
        assertThat(world.count("alert-synchronisation-created-skipped")).isEqualTo(1);
        assertThat(world.dpsAlertsOf(PRISONER)).hasSize(1);
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void anAlertUpdatedInDpsUpdatesTheMappedNomisAlertOnly() {
        world.admitWithAlerts(PRISONER);
        DpsAlert alert = world.dps.createByDpsUser(PRISONER, AlertsTestWorld.dpsRequest("HA", "first"), "DPS_A");
        world.pumpAll();

        world.dps.updateByDpsUser(alert.alertUuid(), new DpsAlertRequest("HA", "second", "Security",
                alert.activeFrom(), AlertsTestWorld.TODAY), "DPS_B");
        world.pumpAll();

        NomisAlert updated = world.nomis.currentBookingAlerts(PRISONER).get(0);
        assertThat(updated.comment()).isEqualTo("second");
        assertThat(updated.authorisedBy()).isEqualTo("Security");
        assertThat(updated.expiryDate()).isEqualTo(AlertsTestWorld.TODAY);
        assertThat(updated.active()).isFalse();
        assertThat(updated.modifyUsername()).isEqualTo("DPS_B");
        assertThat(world.count("alert-updated-success")).isEqualTo(1);
        assertThat(world.count("alert-synchronisation-updated-skipped")).isEqualTo(1);
        assertThat(world.count("alert-synchronisation-updated-success")).isZero();
    }

    @Test
    void anAlertDeletedInDpsIsDeletedInNomisWithItsMapping() {
        world.admitWithAlerts(PRISONER);
        DpsAlert alert = world.dps.createByDpsUser(PRISONER, AlertsTestWorld.dpsRequest("HA", "x"), "DPS_A");
        world.pumpAll();

        world.dps.deleteByDpsUser(alert.alertUuid());
        world.pumpAll();

        assertThat(world.nomis.currentBookingAlerts(PRISONER)).isEmpty();
        assertThat(world.mappingOfDps(alert.alertUuid())).isEmpty();
        assertThat(world.count("alert-deleted-success")).isEqualTo(1);
        assertThat(world.count("alert-synchronisation-deleted-skipped")).isEqualTo(1);
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void anAlertCreatedInNomisArrivesInDpsMappedAndIsNotEchoedBack() {
        world.admitWithAlerts(PRISONER, "XA");

        DpsAlert inDps = world.dpsAlertsOf(PRISONER).get(0);
        NomisAlert inNomis = world.nomis.currentBookingAlerts(PRISONER).get(0);
        assertThat(AlertTranslation.sameContent(inNomis, inDps)).isTrue();
        assertThat(inDps.createdBy()).isEqualTo("OFFICER_A");
        Mapping mapping = world.mappingOfDps(inDps.alertUuid()).orElseThrow();
        assertThat(mapping.nomisId()).isEqualTo(inNomis.id().key());
        assertThat(mapping.mappingType()).isEqualTo(MappingTypes.NOMIS_CREATED);
        assertThat(world.count("alert-synchronisation-created-success")).isEqualTo(1);
        assertThat(world.count("alert-create-ignored")).isEqualTo(1);
        assertThat(world.nomis.currentBookingAlerts(PRISONER)).hasSize(1);
    }

    @Test
    void anAlertUpdatedAndThenDeletedInNomisFollowsInDps() {
        world.admitWithAlerts(PRISONER, "XA");
        NomisAlert inNomis = world.nomis.currentBookingAlerts(PRISONER).get(0);

        world.nomis.updateByNomisUser(inNomis.id(), new NomisAlertRequest("XA", inNomis.date(),
                AlertsTestWorld.TODAY.plusDays(5), true, "changed in NOMIS", "Governor", "OFFICER_B"));
        world.pumpAll();

        DpsAlert updated = world.dpsAlertsOf(PRISONER).get(0);
        assertThat(updated.description()).isEqualTo("changed in NOMIS");
        assertThat(updated.activeTo()).isEqualTo(AlertsTestWorld.TODAY.plusDays(5));
        assertThat(updated.lastModifiedBy()).isEqualTo("OFFICER_B");
        assertThat(world.count("alert-synchronisation-updated-success")).isEqualTo(1);
        assertThat(world.count("alert-updated-ignored")).isEqualTo(1);

        world.nomis.deleteByNomisUser(inNomis.id());
        world.pumpAll();

        assertThat(world.dpsAlertsOf(PRISONER)).isEmpty();
        assertThat(world.mappingsOf(PRISONER)).isEmpty();
        assertThat(world.count("alert-synchronisation-deleted-success")).isEqualTo(1);
        assertThat(world.count("alert-deleted-ignored")).isEqualTo(1);
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void anAlertAddedInNomisToAPreviousBookingIsNotCreatedInDps() {
        long first = world.admitWithAlerts(PRISONER);
        long second = world.nomis.newBooking(PRISONER, true);
        // a NOMIS user adds the alert while the first booking is briefly current again, and the event is read late
        world.nomis.switchToBooking(PRISONER, first);
        NomisAlertId onOld = world.nomis.createByNomisUser(PRISONER, AlertsTestWorld.nomisRequest("HA", "old"));
        world.nomis.switchToBooking(PRISONER, second);

        world.pumpAll();

        assertThat(world.nomis.findAlert(onOld).orElseThrow().bookingSequence()).isEqualTo(2);
        assertThat(world.dpsAlertsOf(PRISONER)).isEmpty();
        assertThat(world.count("alert-synchronisation-created-ignored-previous-booking")).isEqualTo(1);
    }

    @Test
    void aNomisCreateWhoseResponseWasLostIsAdoptedNotWrittenTwice() {
        world.admitWithAlerts(PRISONER);
        DpsAlert alert = world.dps.createByDpsUser(PRISONER, AlertsTestWorld.dpsRequest("HA", "x"), "DPS_A");
        // an earlier attempt wrote NOMIS, then its response (and the mapping) was lost
        NomisAlertCreated lost = world.nomis.createAlert(PRISONER, AlertTranslation.toNomisCreate(alert));

        world.pumpAll();

        assertThat(world.nomis.currentBookingAlerts(PRISONER)).hasSize(1);
        assertThat(world.mappingOfDps(alert.alertUuid()).orElseThrow().nomisId()).isEqualTo(lost.id().key());
        assertThat(world.telemetry.named("alert-create-success").get(0).properties())
                .containsEntry("foundExisting", "true");
        assertThat(world.count(AlertCreatedHandler.DUPLICATE_ACTIVE)).isZero();
    }

    @Test
    void everyEventDeliveredThreeTimesEndsInTheSameStateAsOnce() {
        AlertsTestWorld once = new AlertsTestWorld(1);
        AlertsTestWorld thrice = new AlertsTestWorld(3);
        for (AlertsTestWorld w : List.of(once, thrice)) {
            w.admitWithAlerts(PRISONER, "XA", "VU");
            DpsAlert fromDps = w.dps.createByDpsUser(PRISONER, AlertsTestWorld.dpsRequest("HA", "a"), "DPS_A");
            w.pumpAll();
            w.dps.updateByDpsUser(fromDps.alertUuid(), AlertsTestWorld.dpsRequest("HA", "b"), "DPS_A");
            NomisAlert vu = w.nomis.currentBookingAlerts(PRISONER).stream()
                    .filter(a -> a.alertCode().equals("VU")).findFirst().orElseThrow();
            w.nomis.updateByNomisUser(vu.id(), AlertsTestWorld.nomisRequest("VU", "changed"));
            w.pumpAll();
            NomisAlert xa = w.nomis.currentBookingAlerts(PRISONER).get(0);
            w.nomis.deleteByNomisUser(xa.id());
            w.pumpAll();
            assertThat(w.dlqs()).isEmpty();
            w.assertDpsHoldsNomisCurrentBooking(PRISONER);
        }
        assertThat(thrice.dpsAlertsOf(PRISONER)).hasSameSizeAs(once.dpsAlertsOf(PRISONER));
        assertThat(thrice.nomis.currentBookingAlerts(PRISONER).stream().map(NomisAlert::comment).toList())
                .isEqualTo(once.nomis.currentBookingAlerts(PRISONER).stream().map(NomisAlert::comment).toList());
        assertThat(thrice.claims.size()).isZero();
    }

    @Test
    void aNomisDeleteEventWithoutAuditModuleOfOurOwnDeleteChangesNothingElse() {
        world.admitWithAlerts(PRISONER);
        DpsAlert keep = world.dps.createByDpsUser(PRISONER, AlertsTestWorld.dpsRequest("HA", "keep"), "DPS_A");
        DpsAlert gone = world.dps.createByDpsUser(PRISONER, AlertsTestWorld.dpsRequest("XA", "gone"), "DPS_A");
        world.pumpAll();
        String goneNomisId = world.mappingOfDps(gone.alertUuid()).orElseThrow().nomisId();

        world.dps.deleteByDpsUser(gone.alertUuid());
        world.pumpAll();
        world.publish(AlertsTestWorld.FROM_NOMIS, AlertTestEvents.nomisAlert(
                new org.prisonsync.core.alerts.inmemory.InMemoryAlertsNomisApi.Change("DELETED", PRISONER,
                        new NomisAlert(NomisAlertId.fromKey(goneNomisId), 1, "XA", AlertsTestWorld.TODAY, null,
                                true, null, null, null, "X", null, OffenderEvent.DPS_SYNCHRONISATION, null), null),
                world.clock.instant()));
        world.pumpAll();

        assertThat(world.dpsAlertsOf(PRISONER)).extracting(DpsAlert::alertUuid).containsExactly(keep.alertUuid());
        assertThat(world.count("alert-synchronisation-deleted-ignored")).isEqualTo(1);
    }
}
