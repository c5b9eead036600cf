package org.prisonsync.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.alerts.AlertsNomisApi;
import org.prisonsync.core.alerts.NomisAlert;
import org.prisonsync.core.alerts.NomisAlertCreated;
import org.prisonsync.core.alerts.NomisAlertId;
import org.prisonsync.core.alerts.NomisAlertRequest;

/**
 * The {@link AlertsNomisApi} contract. Implementations may keep state across tests, so each test admits prisoners of
 * its own.
 */
public abstract class AlertsNomisApiContract {
    private static final AtomicInteger PRISONERS = new AtomicInteger();
    private static final LocalDate FROM = LocalDate.of(2025, 1, 10);

    protected abstract AlertsNomisApi api();

    /** Gives the prisoner a current booking in NOMIS (not through the port). */
    protected abstract void admit(String offenderNo);

    private static String newPrisoner() {
        return String.format("N%04dCT", PRISONERS.incrementAndGet());
    }

    private static NomisAlertRequest request(String code, boolean active, String comment) {
        return new NomisAlertRequest(code, FROM, active ? null : FROM.plusDays(1), active, comment, "Governor",
                "SYNC_USER");
    }

    private String admitted() {
        String p = newPrisoner();
        admit(p);
        return p;
    }

    @Test
    void aCreatedAlertIsFoundWithItsFieldsOnTheCurrentBookingAuditedAsSynchronisation() {
        String p = admitted();

        NomisAlertCreated created = api().createAlert(p, request("HA", true, "at risk"));

        assertThat(created.alreadyActive()).isFalse();
        NomisAlert found = api().findAlert(created.id()).orElseThrow();
        assertThat(found.alertCode()).isEqualTo("HA");
        assertThat(found.date()).isEqualTo(FROM);
        assertThat(found.comment()).isEqualTo("at risk");
        assertThat(found.authorisedBy()).isEqualTo("Governor");
        assertThat(found.active()).isTrue();
        assertThat(found.bookingSequence()).isEqualTo(1);
        assertThat(found.writtenBySync()).isTrue();
        assertThat(found.modifiedAt()).as("never modified").isNull();
        assertThat(api().currentBookingAlerts(p)).extracting(NomisAlert::id).containsExactly(created.id());
    }

    @Test
    void aSecondActiveAlertWithTheSameCodeIsAlreadyActiveAndNotWritten() {
        String p = admitted();
        NomisAlertCreated first = api().createAlert(p, request("HA", true, "one"));

        NomisAlertCreated second = api().createAlert(p, request("HA", true, "two"));

        assertThat(second).isEqualTo(new NomisAlertCreated(first.id(), true));
        assertThat(api().currentBookingAlerts(p)).hasSize(1);
    }

    @Test
    void anInactiveAlertWithAnActiveCodeIsCreated() {
        String p = admitted();
        api().createAlert(p, request("HA", true, "one"));

        NomisAlertCreated old = api().createAlert(p, request("HA", false, "expired"));

        assertThat(old.alreadyActive()).isFalse();
        assertThat(api().currentBookingAlerts(p)).hasSize(2);
    }

    @Test
    void updateChangesTheAlertAndIsFalseForAnUnknownOne() {
        String p = admitted();
        NomisAlertId id = api().createAlert(p, request("XA", true, "before")).id();

        boolean updated = api().updateAlert(id, new NomisAlertRequest("XA", FROM, FROM.plusDays(3), false, "after",
                "Security", "OTHER_USER"));

        assertThat(updated).isTrue();
        NomisAlert found = api().findAlert(id).orElseThrow();
        assertThat(found.comment()).isEqualTo("after");
        assertThat(found.modifyUsername()).isEqualTo("OTHER_USER");
        assertThat(found.modifiedAt()).as("the audit's modifyDatetime, which a resync carries to DPS").isNotNull();
        assertThat(found.expiryDate()).isEqualTo(FROM.plusDays(3));
        assertThat(found.active()).isFalse();
        assertThat(api().updateAlert(new NomisAlertId(id.bookingId(), 999_999), request("XA", true, "x"))).isFalse();
    }

    @Test
    void deleteRemovesTheAlertAndIsIdempotent() {
        String p = admitted();
        NomisAlertId id = api().createAlert(p, request("VU", true, null)).id();

        assertThat(api().deleteAlert(id)).isTrue();

        assertThat(api().findAlert(id)).isEmpty();
        assertThat(api().deleteAlert(id)).isFalse();
        assertThat(api().currentBookingAlerts(p)).isEmpty();
    }

    @Test
    void anUnknownPrisonerHasNoAlertsAndCannotBeWritten() {
        String p = newPrisoner();

        assertThat(api().currentBookingAlerts(p)).isEmpty();
        assertThatThrownBy(() -> api().createAlert(p, request("HA", true, null)))
                .isInstanceOf(UpstreamRejected.class)
                .satisfies(e -> assertThat(((UpstreamRejected) e).status()).isEqualTo(404));
    }

    @Test
    void resynchroniseReplacesTheCurrentBookingsAlertsAndReturnsIdsInOrder() {
        String p = admitted();
        NomisAlertId old = api().createAlert(p, request("HA", true, null)).id();

        List<NomisAlertId> ids = api().resynchronise(p, List.of(request("XA", true, "x"), request("XA", true, "y"),
                request("VU", false, "z")));

        assertThat(ids).hasSize(3).doesNotContain(old);
        assertThat(api().findAlert(old)).isEmpty();
        assertThat(api().currentBookingAlerts(p)).extracting(NomisAlert::comment).containsExactly("x", "y", "z");
        assertThat(ids.stream().map(id -> api().findAlert(id).orElseThrow().comment()).toList())
                .containsExactly("x", "y", "z");
    }
}
