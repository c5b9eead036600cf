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
    void anEventTypeHasOneHandlerOnly() {
        EventRoutes routes = new EventRoutes().on("visits", "prison-visit.booked", HANDLER);
        assertThatThrownBy(() -> routes.on("other", "prison-visit.booked", HANDLER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("prison-visit.booked");
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
