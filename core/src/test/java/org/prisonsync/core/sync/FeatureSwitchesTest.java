package org.prisonsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureSwitchesTest {

    @Test
    void everyEventIsOnByDefault() {
        FeatureSwitches switches = FeatureSwitches.allOn();
        assertThat(switches.isEnabled("visits", "prison-visit.booked")).isTrue();
        assertThat(switches.isEnabled("visits", "VISIT_CANCELLED")).isTrue();
        assertThat(switches.configured()).isEmpty();
    }

    @Test
    void anEnvironmentVariableSwitchesOffAnEventInEveryDomain() {
        FeatureSwitches switches = FeatureSwitches.from(Map.of("FEATURE_EVENT_PRISON-VISIT_BOOKED", "false"));
        assertThat(switches.isEnabled("visits", "prison-visit.booked")).isFalse();
        assertThat(switches.isEnabled("other", "prison-visit.booked")).isFalse();
        assertThat(switches.isEnabled("visits", "prison-visit.changed")).isTrue();
    }

    @Test
    void aDomainSwitchTurnsTheEventOffInThatDomainOnly() {
        FeatureSwitches switches = FeatureSwitches.from(Map.of("FEATURE_EVENT_VISITS_VISIT_CANCELLED", "false"));
        assertThat(switches.isEnabled("visits", "VISIT_CANCELLED")).isFalse();
        assertThat(switches.isEnabled("incentives", "VISIT_CANCELLED")).isTrue();
        assertThat(switches.isEnabled("visits", "prison-visit.cancelled")).isTrue();
    }

    @Test
    void propertyStyleKeysNameTheSameSwitches() {
        FeatureSwitches switches = FeatureSwitches.from(Map.of(
                "feature.event.prison-visit.changed", "false",
                "feature.event.visits.VISIT_CANCELLED", " FALSE "));
        assertThat(switches.isEnabled("visits", "prison-visit.changed")).isFalse();
        assertThat(switches.isEnabled("visits", "VISIT_CANCELLED")).isFalse();
        assertThat(switches.isEnabled("visits", "prison-visit.booked")).isTrue();
    }

    @Test
    void bothTheEventAndTheDomainSwitchMustBeOn() {
        FeatureSwitches switches = FeatureSwitches.from(Map.of(
                "FEATURE_EVENT_PRISON-VISIT_BOOKED", "true",
                "FEATURE_EVENT_VISITS_PRISON-VISIT_BOOKED", "false"));
        assertThat(switches.isEnabled("visits", "prison-visit.booked")).isFalse();
    }

    @Test
    void anExplicitTrueKeepsTheEventOn() {
        FeatureSwitches switches = FeatureSwitches.from(Map.of("FEATURE_EVENT_PRISON-VISIT_BOOKED", "true"));
        assertThat(switches.isEnabled("visits", "prison-visit.booked")).isTrue();
    }

    @Test
    void otherSettingsAreIgnoredAndTheConfiguredOnesAreReported() {
        FeatureSwitches switches = FeatureSwitches.from(Map.of(
                "PATH", "/usr/bin",
                "FEATURE_EVENT_PRISON-VISIT_BOOKED", "false"));
        assertThat(switches.configured()).containsExactly(Map.entry("prison-visit.booked", false));
    }
}
