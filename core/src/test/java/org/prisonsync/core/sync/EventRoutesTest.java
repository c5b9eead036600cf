package org.prisonsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EventRoutesTest {
    private static final EventHandler HANDLER = (event, context) -> new SyncOutcome.Synced("ok", Map.of());
    private static final InternalHandler INTERNAL = (message, context) -> new SyncOutcome.Synced("ok", Map.of());

    @Test
    void routesByEventTypeAndRemembersTheDomain() {
        EventRoutes routes = new EventRoutes().on("visits", "prison-visit.booked", HANDLER);
        assertThat(routes.route("prison-visit.booked")).get()
                .satisfies(r -> assertThat(r.domain()).isEqualTo("visits"));
        assertThat(routes.route("prison-visit.changed")).isEmpty();
        assertThat(routes.eventTypes()).containsExactly("prison-visit.booked");
    }

    @Test
    void aDomainHasOneHandlerPerEventType() {
        EventRoutes routes = new EventRoutes().on("visits", "prison-visit.booked", HANDLER);
        assertThatThrownBy(() -> routes.on("visits", "prison-visit.booked", HANDLER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("prison-visit.booked");
    }

    @Test
    void anEventTypeTwoDomainsHandleIsRoutedByTheQueueItArrivesOn() {
        EventHandler movements = (event, context) -> new SyncOutcome.Synced("movements", Map.of());
        EventHandler alerts = (event, context) -> new SyncOutcome.Synced("alerts", Map.of());
        String received = "prisoner-offender-search.prisoner.received";
        EventRoutes routes = new EventRoutes().on("movements", received, movements).on("alerts", received, alerts)
                .bindQueue("reconciliation-queue", "movements").bindQueue("alerts-queue", "alerts");

        assertThat(routes.route("reconciliation-queue", received)).get()
                .satisfies(r -> assertThat(r.domain()).isEqualTo("movements"));
        assertThat(routes.route("alerts-queue", received)).get()
                .satisfies(r -> assertThat(r.domain()).isEqualTo("alerts"));
        assertThat(routes.route("unbound-queue", received)).as("ambiguous without a binding").isEmpty();
        assertThat(routes.route("alerts-queue", "prison-visit.booked")).isEmpty();
    }

    @Test
    void internalMessagesHaveTheirOwnRoutes() {
        EventRoutes routes = new EventRoutes().onInternal("RETRY_CREATE_MAPPING", INTERNAL);
        assertThat(routes.internal("RETRY_CREATE_MAPPING")).isPresent();
        assertThat(routes.route("RETRY_CREATE_MAPPING")).isEmpty();
        assertThatThrownBy(() -> routes.onInternal("RETRY_CREATE_MAPPING", INTERNAL))
                .isInstanceOf(IllegalStateException.class);
    }
}
