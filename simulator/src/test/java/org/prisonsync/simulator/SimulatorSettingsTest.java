package org.prisonsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.simulator.prisoners.DemoPrisoners;
import org.prisonsync.simulator.visits.VisitsSettings;
import org.prisonsync.simulator.visits.VisitsSimulation;

class SimulatorSettingsTest {
    private final SimulatorSettings base = RunningSimulator.settings("to", "from");

    @Test
    void defaultsAreLoopbackDynamicPortMdiAndTwoVisitors() {
        assertThat(base.host()).isEqualTo("127.0.0.1");
        assertThat(base.port()).isZero();
        assertThat(VisitsSettings.of(base).prisonId()).isEqualTo("MDI");
        assertThat(VisitsSettings.of(base).visitors()).containsExactly(4729570L, 4729580L);
        assertThat(base.seed()).isEqualTo(42);
        assertThat(base.requireAuth()).isFalse();
        assertThat(base.withPort(8089).withRequireAuth(true)).extracting(SimulatorSettings::port,
                SimulatorSettings::requireAuth).containsExactly(8089, true);
    }

    @Test
    void givenMockVisitsEnvironment_thenPrisonAndVisitorsAreOverridden() {
        var settings = SimulatorSettings.fromEnv(
                Map.of("MOCK_VISITS_PRISON_ID", "WWI", "MOCK_VISITS_VISITORS", "1838, 273723"), base);

        assertThat(VisitsSettings.of(settings).prisonId()).isEqualTo("WWI");
        assertThat(VisitsSettings.of(settings).visitors()).containsExactly(1838L, 273723L);
        assertThat(settings.queue(VisitsSimulation.TO_NOMIS_QUEUE).orElseThrow()).isEqualTo("to");
    }

    @Test
    void givenNoOrBlankEnvironment_thenTheBaseIsKept() {
        assertThat(SimulatorSettings.fromEnv(Map.of(), base)).isEqualTo(base);
        assertThat(SimulatorSettings.fromEnv(Map.of("MOCK_VISITS_PRISON_ID", " "), base)).isEqualTo(base);
    }

    @Test
    void givenVisitorsThatAreNotNumbers_thenTheErrorNamesTheVariable() {
        assertThatThrownBy(() -> SimulatorSettings.fromEnv(Map.of("MOCK_VISITS_VISITORS", "12,abc"), base))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MOCK_VISITS_VISITORS");
    }

    @Test
    void givenDemoPrisonersEnvironment_thenTheBaseIsOverriddenEitherWay() {
        assertThat(DemoPrisoners.wanted(SimulatorSettings.fromEnv(Map.of("DEMO_PRISONERS", "false"),
                base.withSetting(DemoPrisoners.SETTING, "true")))).isFalse();
        assertThat(DemoPrisoners.wanted(SimulatorSettings.fromEnv(Map.of("DEMO_PRISONERS", " true "), base))).isTrue();
        assertThat(DemoPrisoners.wanted(base)).isFalse();
        assertThat(base.idBase()).isZero();
    }

    @Test
    void givenDemoPrisonersThatIsNotTrueOrFalse_thenTheErrorNamesTheVariable() {
        assertThatThrownBy(() -> SimulatorSettings.fromEnv(Map.of("DEMO_PRISONERS", "yes"), base))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DEMO_PRISONERS");
    }

    @Test
    void givenANegativeIdBaseOrOneThatJsonDoublesCannotCarry_thenItIsRefused() {
        assertThatThrownBy(() -> base.withIdBase(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.withIdBase(1L << 53)).isInstanceOf(IllegalArgumentException.class);
    }
}
