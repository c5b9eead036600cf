package org.prisonsync.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.telemetry.TelemetryEvent;

/** Seed 000's double submit: two DPS alerts with one code; NOMIS holds one, the other is reported and removed. */
class AlertDuplicateTest {
    private static final String PRISONER = "A1234BC";

    private final AlertsTestWorld world = new AlertsTestWorld();

    private List<DpsAlert> doubleSubmit(AlertsTestWorld w) {
        w.admitWithAlerts(PRISONER);
        DpsAlert first = w.dps.createByDpsUser(PRISONER, AlertsTestWorld.dpsRequest("HA", "x"), "DPS_A");
        DpsAlert second = w.dps.createByDpsUser(PRISONER, AlertsTestWorld.dpsRequest("HA", "x"), "DPS_A");
        w.pumpAll();
        return List.of(first, second);
    }

    @Test
    void theSecondOfADoubleSubmitIsReportedOnceAsADuplicateAndNeverDeadLettered() {
        List<DpsAlert> submitted = doubleSubmit(world);

        assertThat(world.nomis.currentBookingAlerts(PRISONER)).hasSize(1);
        assertThat(world.mappingOfDps(submitted.get(0).alertUuid())).isPresent();
        assertThat(world.mappingOfDps(submitted.get(1).alertUuid())).isEmpty();
        List<TelemetryEvent> reported = world.telemetry.named(AlertCreatedHandler.DUPLICATE_ACTIVE);
        assertThat(reported).singleElement().satisfies(e -> assertThat(e.properties())
                .containsEntry("duplicateDpsId", submitted.get(1).alertUuid())
                .containsEntry("existingDpsId", submitted.get(0).alertUuid())
                .containsEntry("alertCode", "HA")
                .containsEntry("offenderNo", PRISONER));
        assertThat(world.count("alert-create-failed")).isZero();
        assertThat(world.dlqs()).isEmpty();
        assertThat(world.repairs.duplicates(PRISONER)).extracting(AlertDuplicate::dpsAlertId)
                .containsExactly(submitted.get(1).alertUuid());
        assertThat(world.claims.size()).isZero();
    }

    @Test
    void aDoubleSubmitDeliveredThreeTimesIsStillReportedOnce() {
        AlertsTestWorld thrice = new AlertsTestWorld(3);
        List<DpsAlert> submitted = doubleSubmit(thrice);

        assertThat(thrice.count(AlertCreatedHandler.DUPLICATE_ACTIVE)).isEqualTo(1);
        assertThat(thrice.count(AlertCreatedHandler.DUPLICATE_ACTIVE + "-ignored")).isEqualTo(2);
        assertThat(thrice.nomis.currentBookingAlerts(PRISONER)).hasSize(1);
        assertThat(thrice.mappingOfDps(submitted.get(1).alertUuid())).isEmpty();
        assertThat(thrice.dlqs()).isEmpty();
    }

    @Test
    void theRepairDryRunPlansTheRemovalAndChangesNothing() {
        List<DpsAlert> submitted = doubleSubmit(world);

        RepairReport plan = world.repairs.removeDuplicate(submitted.get(1).alertUuid(), true);

        assertThat(plan.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(plan.actions()).singleElement().asString().contains(submitted.get(1).alertUuid())
                .contains(submitted.get(0).alertUuid());
        assertThat(world.dpsAlertsOf(PRISONER)).hasSize(2);
        assertThat(world.repairs.duplicates(PRISONER)).hasSize(1);
    }

    @Test
    void theRepairRemovesTheDuplicateDpsAlertAndLeavesTheSyncedPairAlone() {
        List<DpsAlert> submitted = doubleSubmit(world);

        RepairReport done = world.repairs.removeDuplicate(submitted.get(1).alertUuid(), false);
        world.pumpAll();

        assertThat(done.status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(world.dpsAlertsOf(PRISONER)).extracting(DpsAlert::alertUuid)
                .containsExactly(submitted.get(0).alertUuid());
        assertThat(world.nomis.currentBookingAlerts(PRISONER)).hasSize(1);
        assertThat(world.mappingOfDps(submitted.get(0).alertUuid())).isPresent();
        assertThat(world.repairs.duplicates(PRISONER)).isEmpty();
        assertThat(world.count("alert-duplicate-removed-repair")).isEqualTo(1);
        assertThat(world.repairs.removeDuplicate(submitted.get(1).alertUuid(), false).status())
                .isEqualTo(RepairReport.Status.NOT_FOUND);
    }

    @Test
    void theRepairRefusesToRemoveTheMappedAlertOrAnAlertWithoutATwin() {
        List<DpsAlert> submitted = doubleSubmit(world);
        DpsAlert single = world.dps.seed(PRISONER, AlertsTestWorld.dpsRequest("XA", "alone"));

        assertThat(world.repairs.removeDuplicate(submitted.get(0).alertUuid(), false).status())
                .isEqualTo(RepairReport.Status.REFUSED);
        assertThat(world.repairs.removeDuplicate(single.alertUuid(), false).status())
                .isEqualTo(RepairReport.Status.REFUSED);
        assertThat(world.dpsAlertsOf(PRISONER)).hasSize(3);
    }

    @Test
    void aCreateWhoseCodeIsStillActiveForAClosedDpsAlertWaitsForTheCloseToReachNomis() {
        world.admitWithAlerts(PRISONER);
        DpsAlert closed = world.dps.createByDpsUser(PRISONER, AlertsTestWorld.dpsRequest("HA", "old"), "DPS_A");
        world.pumpAll();
        world.dps.updateByDpsUser(closed.alertUuid(), new DpsAlertRequest("HA", "old", "Governor",
                closed.activeFrom(), AlertsTestWorld.TODAY), "DPS_A");
        DpsAlert reopened = world.dps.createByDpsUser(PRISONER, AlertsTestWorld.dpsRequest("HA", "new"), "DPS_A");
        List<Envelope> events = world.drain(AlertsTestWorld.TO_NOMIS);

        Disposition createFirst = world.handle(AlertsTestWorld.TO_NOMIS, events.get(1));
        world.handle(AlertsTestWorld.TO_NOMIS, events.get(0));
        Disposition createAgain = world.handle(AlertsTestWorld.TO_NOMIS, events.get(1));

        assertThat(createFirst).isInstanceOf(Disposition.Retry.class);
        assertThat(createAgain).isEqualTo(Disposition.ACK);
        assertThat(world.mappingOfDps(reopened.alertUuid())).isPresent();
        assertThat(world.nomis.currentBookingAlerts(PRISONER)).extracting(NomisAlert::active)
                .containsExactlyInAnyOrder(false, true);
        assertThat(world.count(AlertCreatedHandler.DUPLICATE_ACTIVE)).isZero();
    }
}
