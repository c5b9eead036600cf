package org.prisonsync.core.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconciliationParametersDryRunTest {

    @Test
    void dryRunDefaultsToFalseAndIsStoredWithTheRun() {
        ReconciliationParameters given = new ReconciliationParameters(Map.of("date", "2026-12-07"));

        ReconciliationParameters run = given.withDryRunDefault();

        assertThat(run.values()).containsEntry("dryRun", "false").containsEntry("date", "2026-12-07");
        assertThat(run.dryRun()).isFalse();
    }

    @Test
    void trueIsKept() {
        ReconciliationParameters run = new ReconciliationParameters(Map.of("dryRun", "true")).withDryRunDefault();

        assertThat(run.dryRun()).isTrue();
    }

    @Test
    void anythingButTrueOrFalseIsRefusedRatherThanRead() {
        for (String bad : new String[] {"maybe", "TRUE", "1", "", " true"}) {
            ReconciliationParameters given = new ReconciliationParameters(Map.of("dryRun", bad));
            assertThatThrownBy(given::withDryRunDefault).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("dryRun must be true or false");
        }
    }
}
