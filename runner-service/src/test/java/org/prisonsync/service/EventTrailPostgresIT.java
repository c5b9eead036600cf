package org.prisonsync.service;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.inmemory.RecordingTelemetry;

/** The event trail on PostgreSQL, in a schema of its own. */
class EventTrailPostgresIT extends EventTrailScenario {
    @TempDir
    static Path data;
    static String schema = "trail_it_" + UUID.randomUUID().toString().substring(0, 8);
    static PrisonSyncService service;

    @BeforeAll
    static void start() {
        service = PrisonSyncService.start(ServiceConfig.from(ServiceFixture.embeddedOnPostgres(data, schema)),
                new RecordingTelemetry());
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
            ServiceFixture.dropSchema(schema);
        }
    }

    @Override
    protected PrisonSyncService service() {
        return service;
    }
}
