package org.prisonsync.service;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.inmemory.RecordingTelemetry;

/** The event trail on the embedded default (H2). */
class EventTrailIT extends EventTrailScenario {
    @TempDir
    static Path data;
    static PrisonSyncService service;

    @BeforeAll
    static void start() {
        service = PrisonSyncService.start(ServiceConfig.from(ServiceFixture.embeddedEnv(data)), new RecordingTelemetry());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Override
    protected PrisonSyncService service() {
        return service;
    }
}
