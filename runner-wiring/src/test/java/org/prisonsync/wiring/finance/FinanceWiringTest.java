package org.prisonsync.wiring.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.wiring.Env;

/** The grace period variable: the seed's 5 s by default, and a careless value stops the start naming it. */
class FinanceWiringTest {

    @Test
    void theGracePeriodIsFiveSecondsUnlessSetAndMustBeAnSqsDelay() {
        assertThat(FinanceWiring.settings(new Env(Map.of())).gracePeriod()).isEqualTo(Duration.ofSeconds(5));
        assertThat(FinanceWiring.settings(new Env(Map.of(FinanceWiring.GRACE_PERIOD, "20"))).gracePeriod())
                .isEqualTo(Duration.ofSeconds(20));
        for (String bad : new String[] {"-1", "901", "5s", "٥"}) {
            assertThatThrownBy(() -> FinanceWiring.settings(new Env(Map.of(FinanceWiring.GRACE_PERIOD, bad))))
                    .as(bad).hasMessageContaining(FinanceWiring.GRACE_PERIOD);
        }
    }
}
