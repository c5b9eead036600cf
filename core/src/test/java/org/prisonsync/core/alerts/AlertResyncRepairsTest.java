package org.prisonsync.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.repair.RepairReport;

class AlertResyncRepairsTest {
    private static final String A = "A1111AA";

    private final AlertsTestWorld world = new AlertsTestWorld();

    @Test
    void resyncFromNomisDryRunPlansAndChangesNothingThenTheRealRunPutsDpsInStep() {
        world.admitWithAlerts(A, "HA", "XA");
        DpsAlert stray = world.dps.seed(A, AlertsTestWorld.dpsRequest("VU", "only in DPS"));
        List<DpsAlert> before = world.dpsAlertsOf(A);

        RepairReport plan = world.repairs.resynchroniseFromNomis(A, true);

        assertThat(plan.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(plan.actions().get(0)).contains("3 DPS alerts").contains("[HA,VU,XA]").contains("[HA,XA]");
        assertThat(world.dpsAlertsOf(A)).isEqualTo(before);

        RepairReport done = world.repairs.resynchroniseFromNomis(A, false);
        world.pumpAll();

        assertThat(done.status()).isEqualTo(RepairReport.Status.DONE);
        world.assertDpsHoldsNomisCurrentBooking(A);
        assertThat(world.dps.findAlert(stray.alertUuid())).isEmpty();
        assertThat(world.repairs.resynchroniseFromNomis(A, false).status())
                .isEqualTo(RepairReport.Status.NOTHING_TO_DO);
    }

    @Test
    void resyncToNomisMakesNomisHoldTheDpsAlertsAndMapsThemAsDpsCreated() {
        world.admitWithAlerts(A, "HA");
        world.dps.seed(A, AlertsTestWorld.dpsRequest("VU", "decided in DPS"));
        List<NomisAlert> nomisBefore = world.nomis.currentBookingAlerts(A);

        RepairReport plan = world.repairs.resynchroniseToNomis(A, true);
        assertThat(plan.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(world.nomis.currentBookingAlerts(A)).isEqualTo(nomisBefore);

        RepairReport done = world.repairs.resynchroniseToNomis(A, false);
        world.pumpAll();

        assertThat(done.status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(world.nomis.currentBookingAlerts(A)).extracting(NomisAlert::alertCode)
                .containsExactlyInAnyOrder("HA", "VU");
        world.assertDpsHoldsNomisCurrentBooking(A);
        assertThat(world.mappingsOf(A)).allSatisfy(m -> assertThat(m.mappingType())
                .isEqualTo(MappingTypes.DPS_CREATED));
        assertThat(world.count("alert-synchronisation-deleted-skipped")).isEqualTo(1);
        assertThat(world.count("alert-synchronisation-created-skipped")).isEqualTo(2);
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void resyncToNomisOfAPrisonerWithoutBookingsIsNotFound() {
        world.dps.seed("Z9999ZZ", AlertsTestWorld.dpsRequest("HA", "x"));

        assertThat(world.repairs.resynchroniseToNomis("Z9999ZZ", false).status())
                .isEqualTo(RepairReport.Status.NOT_FOUND);
    }
}
