package org.prisonsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultsTest {
    private static final String ROUTE = "GET /visits/{visitId}";

    @Test
    void givenTheSameSeed_thenTheSameCallsFail() {
        assertThat(errorPattern(7)).isEqualTo(errorPattern(7));
        assertThat(errorPattern(7)).contains(true, false);
    }

    @Test
    void givenNoRule_thenNothingIsInjected() {
        Faults faults = new Faults(1);

        assertThat(faults.decide(ROUTE)).isEqualTo(Faults.Decision.NONE);
        assertThat(faults.copiesToPublish()).isEqualTo(1);
        assertThat(faults.injected()).isEmpty();
    }

    @Test
    void givenDuplicatePublishRateOne_thenTwoOrThreeCopiesAreSent() {
        Faults faults = new Faults(1);
        faults.setDuplicatePublishRate(1.0);

        for (int i = 0; i < 20; i++) {
            assertThat(faults.copiesToPublish()).isBetween(2, 3);
        }
        assertThat(faults.injected()).containsEntry(Faults.DUPLICATE_PUBLISH, 20L);
        faults.clear();
        assertThat(faults.copiesToPublish()).isEqualTo(1);
    }

    @Test
    void rulesRejectImpossibleValuesAndDefaultTheStatusTo500() {
        assertThatThrownBy(() -> new Faults.FaultRule(0, 1.5, 500, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Faults.FaultRule(-1, 0, 500, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Faults.FaultRule(0, 1, 200, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Faults.FaultRule(0, 1, 0, 0, 0).errorStatus()).isEqualTo(500);
    }

    private static List<Boolean> errorPattern(long seed) {
        Faults faults = new Faults(seed);
        faults.set(ROUTE, Faults.FaultRule.errors(0.5, 500));
        List<Boolean> pattern = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            pattern.add(faults.decide(ROUTE).error());
        }
        return pattern;
    }
}
