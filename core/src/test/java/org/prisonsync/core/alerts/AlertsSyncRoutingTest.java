package org.prisonsync.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.movements.inmemory.InMemoryMatchingEventPairs;
import org.prisonsync.core.movements.MovementsSync;
import org.prisonsync.core.sync.EventRoutes;

class AlertsSyncRoutingTest {

    @Test
    void everyAlertEventTypeIsRoutedAndThePrisonerEventsSharedWithMovementsGoByQueue() {
        AlertsTestWorld world = new AlertsTestWorld();
        EventRoutes routes = world.routes;
        new MovementsSync(new InMemoryMatchingEventPairs(), bookingId -> java.util.List.of(),
                Clock.systemUTC()).register(routes.forDomain(MovementsSync.DOMAIN));
        routes.bindQueue("movements-queue", MovementsSync.DOMAIN);

        for (String type : new String[] {AlertsSync.CREATED, AlertsSync.UPDATED, AlertsSync.DELETED,
                AlertsSync.NOMIS_INSERTED, AlertsSync.NOMIS_UPDATED, AlertsSync.NOMIS_DELETED,
                AlertsSync.PRISONER_MERGED, AlertsSync.BOOKING_MOVED, AlertsSync.PRISONER_RECEIVED}) {
            assertThat(routes.route(AlertsTestWorld.FROM_NOMIS, type)).as(type).isPresent()
                    .get().extracting(EventRoutes.Route::domain).isEqualTo(AlertsSync.DOMAIN);
        }
        assertThat(routes.route("movements-queue", AlertsSync.PRISONER_RECEIVED)).get()
                .extracting(EventRoutes.Route::domain).isEqualTo(MovementsSync.DOMAIN);
        assertThat(routes.route(AlertsSync.PRISONER_RECEIVED)).isEmpty();
    }
}
