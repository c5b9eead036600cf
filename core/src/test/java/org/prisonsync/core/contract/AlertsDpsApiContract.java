package org.prisonsync.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.alerts.AlertsDpsApi;
import org.prisonsync.core.alerts.DpsAlert;
import org.prisonsync.core.alerts.DpsAlertRequest;
import org.prisonsync.core.alerts.DpsResyncAlert;
import org.prisonsync.core.alerts.NomisAlertId;
import org.prisonsync.core.alerts.ResyncedAlert;

/**
 * The {@link AlertsDpsApi} contract. Alerts are judged active against today's date, so every test uses dates
 * relative to it; each test uses prisoners of its own.
 */
public abstract class AlertsDpsApiContract {
    private static final AtomicInteger PRISONERS = new AtomicInteger();

    protected abstract AlertsDpsApi api();

    /** The implementation's today. */
    protected abstract LocalDate today();

    private static String newPrisoner() {
        return String.format("D%04dCT", PRISONERS.incrementAndGet());
    }

    private DpsAlertRequest active(String code, String description) {
        return new DpsAlertRequest(code, description, "Governor", today().minusDays(5), null);
    }

    @Test
    void aCreatedAlertIsFoundWithItsFieldsAndIsActive() {
        String p = newPrisoner();

        DpsAlert created = api().createAlert(p, active("HA", "at risk"), "OFFICER_A");

        assertThat(created.prisonNumber()).isEqualTo(p);
        assertThat(created.active()).isTrue();
        assertThat(api().findAlert(created.alertUuid())).contains(created);
        assertThat(created.description()).isEqualTo("at risk");
        assertThat(created.activeFrom()).isEqualTo(today().minusDays(5));
        assertThat(created.createdBy()).isEqualTo("OFFICER_A");
        assertThat(api().alertsOf(p)).containsExactly(created);
    }

    @Test
    void aSecondActiveAlertWithTheSameCodeIsRefusedWith409() {
        String p = newPrisoner();
        api().createAlert(p, active("HA", "one"), "OFFICER_A");

        assertThatThrownBy(() -> api().createAlert(p, active("HA", "two"), "OFFICER_A"))
                .isInstanceOf(UpstreamRejected.class)
                .satisfies(e -> assertThat(((UpstreamRejected) e).status()).isEqualTo(409));
        assertThat(api().alertsOf(p)).hasSize(1);
    }

    @Test
    void updateChangesTheAlertAndAnAlertEndingTodayIsInactive() {
        String p = newPrisoner();
        DpsAlert created = api().createAlert(p, active("XA", "before"), "OFFICER_A");

        boolean updated = api().updateAlert(created.alertUuid(), new DpsAlertRequest("XA", "after", "Security",
                created.activeFrom(), today()), "OFFICER_B");

        assertThat(updated).isTrue();
        DpsAlert found = api().findAlert(created.alertUuid()).orElseThrow();
        assertThat(found.description()).isEqualTo("after");
        assertThat(found.activeTo()).isEqualTo(today());
        assertThat(found.active()).isFalse();
        assertThat(found.lastModifiedBy()).isEqualTo("OFFICER_B");
    }

    @Test
    void unknownAlertsAreEmptyOrFalse() {
        String unknown = "00000000-0000-0000-0000-000000000000";

        assertThat(api().findAlert(unknown)).isEmpty();
        assertThat(api().updateAlert(unknown, active("HA", null), "X")).isFalse();
        assertThat(api().deleteAlert(unknown, "X")).isFalse();
    }

    @Test
    void deleteRemovesTheAlertOnce() {
        String p = newPrisoner();
        DpsAlert created = api().createAlert(p, active("VU", null), "OFFICER_A");

        assertThat(api().deleteAlert(created.alertUuid(), "OFFICER_A")).isTrue();

        assertThat(api().findAlert(created.alertUuid())).isEmpty();
        assertThat(api().deleteAlert(created.alertUuid(), "OFFICER_A")).isFalse();
    }

    @Test
    void resynchroniseReplacesThePrisonersAlertsOnlyAndReturnsTheNewUuids() {
        String p = newPrisoner();
        String other = newPrisoner();
        DpsAlert old = api().createAlert(p, active("HA", null), "OFFICER_A");
        DpsAlert untouched = api().createAlert(other, active("HA", null), "OFFICER_A");
        LocalDateTime created = today().minusDays(30).atTime(10, 0);

        List<ResyncedAlert> resynced = api().resynchronise(p, List.of(
                new DpsResyncAlert(new NomisAlertId(5, 1), "XA", "x", null, today().minusDays(30), null, true,
                        created, "NOMIS_USER", null),
                new DpsResyncAlert(new NomisAlertId(5, 2), "XA", "y", null, today().minusDays(30),
                        today().minusDays(1), false, created, "NOMIS_USER", null)));

        assertThat(resynced).extracting(ResyncedAlert::nomisId)
                .containsExactly(new NomisAlertId(5, 1), new NomisAlertId(5, 2));
        assertThat(api().findAlert(old.alertUuid())).isEmpty();
        assertThat(api().alertsOf(p)).extracting(DpsAlert::alertUuid)
                .containsExactlyInAnyOrderElementsOf(resynced.stream().map(ResyncedAlert::alertUuid).toList());
        assertThat(api().findAlert(resynced.get(1).alertUuid()).orElseThrow().active()).isFalse();
        assertThat(api().alertsOf(other)).containsExactly(untouched);

        assertThat(api().resynchronise(p, List.of())).isEmpty();
        assertThat(api().alertsOf(p)).isEmpty();
    }

    @Test
    void aResynchronisedAlertKeepsWhoCreatedItAndWhoLastModifiedItInNomis() {
        String p = newPrisoner();
        LocalDateTime created = today().minusDays(30).atTime(10, 0);

        List<ResyncedAlert> resynced = api().resynchronise(p, List.of(
                new DpsResyncAlert(new NomisAlertId(6, 1), "XA", "x", null, today().minusDays(30), null, true,
                        created, "OFFICER_A", "Anne Officer", created.plusDays(2), "OFFICER_B", "Bob Officer"),
                new DpsResyncAlert(new NomisAlertId(6, 2), "HA", "y", null, today().minusDays(30), null, true,
                        created, "OFFICER_A", null)));

        DpsAlert modified = api().findAlert(resynced.get(0).alertUuid()).orElseThrow();
        DpsAlert untouched = api().findAlert(resynced.get(1).alertUuid()).orElseThrow();
        assertThat(modified.createdBy()).isEqualTo("OFFICER_A");
        assertThat(modified.createdAt()).isEqualTo(created);
        assertThat(modified.lastModifiedBy()).isEqualTo("OFFICER_B");
        assertThat(untouched.lastModifiedBy()).isNull();
    }
}
