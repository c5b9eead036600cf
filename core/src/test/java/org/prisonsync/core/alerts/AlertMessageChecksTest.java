package org.prisonsync.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.sync.MappingRetry;

/**
 * What the alert queues refuse at once: events whose ids can never be valid, and {@code RETRY_CREATE_MAPPING}
 * messages asserting a pair that is not so. Genuine mapping retries of both directions still finish their create.
 */
class AlertMessageChecksTest {
    private static final String A = "A1111AA";
    private static final String B = "B2222BB";

    private static String reason(Disposition disposition) {
        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        return ((Disposition.DeadLetter) disposition).reason();
    }

    private static Notification updated(Object bookingId, Object alertSeq) {
        return new Notification("n-1", AlertsSync.NOMIS_UPDATED, Map.of("eventType", AlertsSync.NOMIS_UPDATED,
                "offenderIdDisplay", A, "bookingId", bookingId, "alertSeq", alertSeq));
    }

    @Test
    void anAlertEventWhoseSequenceOrBookingIsNotAPositiveIdIsDeadLetteredOnItsFirstDelivery() {
        AlertsTestWorld world = new AlertsTestWorld();
        world.admitWithAlerts(A, "HA");
        NomisAlertId id = world.nomis.currentBookingAlerts(A).get(0).id();

        assertThat(reason(world.handle(AlertsTestWorld.FROM_NOMIS, updated(id.bookingId(), 0))))
                .contains("'alertSeq' is out of range");
        assertThat(reason(world.handle(AlertsTestWorld.FROM_NOMIS, updated("-" + id.bookingId(), 1))))
                .contains("'bookingId' is not a positive whole number");
        // DPS keeps alert sequences in an int: a larger one could never be resynchronised
        assertThat(reason(world.handle(AlertsTestWorld.FROM_NOMIS, updated(id.bookingId(), 4_000_000_000L))))
                .contains("'alertSeq' is out of range (1..2147483647)");
    }

    @Test
    void aForgedRetryPairingADpsAlertWithAnotherPrisonersNomisAlertIsRefused() {
        AlertsTestWorld world = new AlertsTestWorld();
        world.admitWithAlerts(A);
        world.admitWithAlerts(B, "XA");
        NomisAlert theirs = world.nomis.currentBookingAlerts(B).get(0);
        DpsAlert ours = world.dps.createByDpsUser(A, AlertsTestWorld.dpsRequest("HA", "unsynced"), "DPS_A");
        world.drain(AlertsTestWorld.TO_NOMIS);
        world.claims.claim(new ClaimKey(AlertsSync.ENTITY_TYPE, ours.alertUuid()), "i/m-1", AlertsTestWorld.START,
                Duration.ofSeconds(30));

        Disposition disposition = world.handle(AlertsTestWorld.TO_NOMIS, MappingRetry.message(Mapping.of(
                AlertsSync.ENTITY_TYPE, theirs.id().key(), ours.alertUuid(), A, MappingTypes.DPS_CREATED),
                AlertsSync.ENTITY, Map.of()));

        assertThat(reason(disposition)).contains("NOMIS alert " + theirs.id() + " is not on " + A
                + "'s current booking");
        assertThat(world.mappingOfDps(ours.alertUuid())).isEmpty();
        assertThat(world.mappings.findByNomisId(AlertsSync.ENTITY_TYPE, theirs.id().key()))
                .get().extracting(Mapping::prisonerNumber).isEqualTo(B);
    }

    @Test
    void aRetryNamingADpsAlertThatDoesNotExistIsRefused() {
        AlertsTestWorld world = new AlertsTestWorld();
        world.admitWithAlerts(A);
        world.claims.claim(new ClaimKey(AlertsSync.ENTITY_TYPE, "no-such-alert"), "i/m-1", AlertsTestWorld.START,
                Duration.ofSeconds(30));

        Disposition disposition = world.handle(AlertsTestWorld.TO_NOMIS, MappingRetry.message(Mapping.of(
                AlertsSync.ENTITY_TYPE, "1000:1", "no-such-alert", A, MappingTypes.DPS_CREATED),
                AlertsSync.ENTITY, Map.of()));

        assertThat(reason(disposition)).contains("DPS alert no-such-alert does not exist");
    }

    @Test
    void theRetryOfACreateFromDpsWhoseSaveFailedMapsTheAlert() {
        AlertsTestWorld world = new AlertsTestWorld(1, 1);
        world.admitWithAlerts(A);
        DpsAlert alert = world.dps.createByDpsUser(A, AlertsTestWorld.dpsRequest("HA", "self harm"), "DPS_A");

        world.pumpAll();

        assertThat(world.count("alert-mapping-create-failed")).isEqualTo(1);
        assertThat(world.count("alert-create-mapping-retry-success")).isEqualTo(1);
        assertThat(world.mappingOfDps(alert.alertUuid())).get().extracting(Mapping::nomisId)
                .isEqualTo(world.nomis.currentBookingAlerts(A).get(0).id().key());
        assertThat(world.claims.size()).isZero();
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void theRetryOfACreateFromNomisWhoseSaveFailedMapsTheAlertAndReleasesTheNomisClaim() {
        AlertsTestWorld world = new AlertsTestWorld(1, 1);

        world.admitWithAlerts(A, "HA");

        NomisAlert alert = world.nomis.currentBookingAlerts(A).get(0);
        assertThat(world.count("alert-mapping-created-synchronisation-failed")).isEqualTo(1);
        assertThat(world.count("alert-synchronisation-create-mapping-retry-success")).isEqualTo(1);
        assertThat(world.mappings.findByNomisId(AlertsSync.ENTITY_TYPE, alert.id().key())).isPresent();
        assertThat(world.claims.outstanding(NomisAlertCreateFlow.claimKey(alert.id().key())))
                .as("the claim the create from NOMIS took").isFalse();
        assertThat(world.claims.size()).isZero();
        assertThat(world.dlqs()).isEmpty();
    }
}
