package org.prisonsync.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.mapping.WriteClaims;

class JdbcModuleIT {

    /** The shape a runner's component has: the database and clock bound by the runner, the rest from the module. */
    @Singleton
    @Component(modules = JdbcModule.class)
    interface TestComponent {
        Database database();

        MappingStore mappingStore();

        WriteClaims writeClaims();

        @Component.Factory
        interface Factory {
            TestComponent create(@BindsInstance Database database, @BindsInstance Clock clock);
        }
    }

    @Test
    void theModuleWiresBothPortsToOneMigratedDatabase() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        try (Database database = Database.open(
                JdbcSettings.h2Memory(TestDatabase.uniqueName(JdbcModuleIT.class)))) {
            TestComponent component = DaggerJdbcModuleIT_TestComponent.factory().create(database,
                    Clock.fixed(now, ZoneOffset.UTC));
            assertThat(component.database()).isSameAs(database);
            assertThat(component.mappingStore()).isSameAs(component.mappingStore());

            MappingSaveResult saved = component.mappingStore()
                    .save(Mapping.of("VISIT", "1", "d-1", null, MappingTypes.ONLINE));

            assertThat(saved).isEqualTo(new MappingSaveResult.Saved(
                    Mapping.of("VISIT", "1", "d-1", null, MappingTypes.ONLINE).createdAt(now)));
            assertThat(component.writeClaims()).isNotNull();
            assertThat(database.isPostgres()).isFalse();
        }
    }
}
