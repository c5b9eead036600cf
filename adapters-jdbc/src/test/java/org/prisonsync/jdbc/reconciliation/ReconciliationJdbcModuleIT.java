package org.prisonsync.jdbc.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import dagger.BindsInstance;
import dagger.Component;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.reconciliation.Exclusion;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationExclusions;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.ReconciliationRun;
import org.prisonsync.core.reconciliation.ReconciliationRuns;
import org.prisonsync.jdbc.Database;
import org.prisonsync.jdbc.JdbcSettings;

class ReconciliationJdbcModuleIT {

    /** The shape a runner's component has: the database from the runner, the stores from the module. */
    @Singleton
    @Component(modules = ReconciliationJdbcModule.class)
    interface TestComponent {
        ReconciliationRuns runs();

        ReconciliationExclusions exclusions();

        @Component.Factory
        interface Factory {
            TestComponent create(@BindsInstance Database database);
        }
    }

    @Test
    void theModuleWiresBothStoresToTheMigratedDatabase() {
        Instant now = Instant.parse("2026-03-02T04:45:00Z");
        String name = "t_reconmodule_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Database database = Database.open(JdbcSettings.h2Memory(name))) {
            TestComponent component = DaggerReconciliationJdbcModuleIT_TestComponent.factory().create(database);
            ReconciliationRun run = ReconciliationRun.started(UUID.randomUUID().toString(), "alerts",
                    ReconciliationParameters.none(), now);

            component.runs().start(run);
            component.runs().addMismatches(run.id(), List.of(new Mismatch("A1234BC",
                    Map.of("offenderNo", "A1234BC"), "HA", "", LikelySide.UNKNOWN, "DPS lacks HA")));
            component.exclusions().add(new Exclusion("alerts", "B5678CD", "known", now));

            assertThat(component.runs()).isSameAs(component.runs());
            assertThat(component.runs().find(run.id())).contains(run);
            assertThat(component.runs().mismatches(run.id())).extracting(Mismatch::key).containsExactly("A1234BC");
            assertThat(component.exclusions().contains("alerts", "B5678CD")).isTrue();
        }
    }
}
