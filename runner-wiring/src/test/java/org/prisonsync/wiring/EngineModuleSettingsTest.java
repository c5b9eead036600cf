package org.prisonsync.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.trail.TrailTelemetry;
import org.prisonsync.core.trail.inmemory.InMemoryEventTrail;

/** The trail's and the operator alerts' variables: a careless value stops the start with the variable's name. */
class EngineModuleSettingsTest {

    private static PrisonSyncConfig config(Map<String, String> env) {
        return PrisonSyncConfig.from(env);
    }

    @Test
    void aBadAlertsVariableIsRefusedNamingIt() {
        OkHttpClient http = new OkHttpClient();
        assertThatThrownBy(() -> EngineModule.operatorNotifier(config(Map.of("ALERTS_WINDOW_SECONDS", "0")), http, new OpenedResources()))
                .hasMessageContaining("ALERTS_WINDOW_SECONDS");
        assertThatThrownBy(() -> EngineModule.operatorNotifier(config(Map.of("ALERTS_WEBHOOK_URL",
                "ftp://chat/secret")), http, new OpenedResources())).hasMessage("ALERTS_WEBHOOK_URL is not an http(s) URL");
    }

    @Test
    void whatTheGraphOpensIsClosedByCloseAll_lastOpenedFirst_oneFailureNotStoppingTheRest() {
        OpenedResources opened = new OpenedResources();
        java.util.List<String> closed = new java.util.ArrayList<>();
        opened.opened(() -> closed.add("first"));
        opened.opened(() -> {
            throw new IllegalStateException("cannot close");
        });
        opened.opened(() -> closed.add("third"));
        opened.closeAll();
        assertThat(closed).containsExactly("third", "first");
        opened.closeAll();
        assertThat(closed).as("each closed once").hasSize(2);
    }

    @Test
    void theTrailLeavesOutWhatTheVariableLists_orNothingWithNone() {
        try (TrailTelemetry byDefault = EngineModule.trail(new InMemoryEventTrail(), Clock.systemUTC(),
                config(Map.of()), new OpenedResources());
             TrailTelemetry none = EngineModule.trail(new InMemoryEventTrail(), Clock.systemUTC(),
                     config(Map.of("EVENTS_TRAIL_LEAVE_OUT", "none")), new OpenedResources());
             TrailTelemetry listed = EngineModule.trail(new InMemoryEventTrail(), Clock.systemUTC(),
                     config(Map.of("EVENTS_TRAIL_LEAVE_OUT", "*-skipped, visit-booked-create-success")),
                     new OpenedResources())) {
            assertThat(byDefault.settings().leavesOut("visits-migration-entity-migrated")).isTrue();
            assertThat(none.settings().leftOut()).isEmpty();
            assertThat(listed.settings().leftOut()).containsExactly("*-skipped", "visit-booked-create-success");
        }
        assertThatThrownBy(() -> EngineModule.trail(new InMemoryEventTrail(), Clock.systemUTC(),
                config(Map.of("EVENTS_TRAIL_LEAVE_OUT", "a,,b")), new OpenedResources())).hasMessageContaining("EVENTS_TRAIL_LEAVE_OUT");
        assertThatThrownBy(() -> EngineModule.trail(new InMemoryEventTrail(), Clock.systemUTC(),
                config(Map.of("EVENTS_RETENTION_DAYS", "0")), new OpenedResources())).hasMessageContaining("EVENTS_RETENTION_DAYS");
    }
}
