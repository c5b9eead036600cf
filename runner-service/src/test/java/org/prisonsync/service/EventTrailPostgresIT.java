package org.prisonsync.service;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.inmemory.RecordingTelemetry;

/** The event trail on PostgreSQL, in a schema of its own. */
class EventTrailPostgresIT extends EventTrailScenario {
    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    @TempDir
    static Path data;
    static String schema = "trail_it_" + UUID.randomUUID().toString().substring(0, 8);
    static PrisonSyncService service;

    @BeforeAll
    static void start() {
        boolean reachable;
        try (Connection ignored = DriverManager.getConnection(PG_URL, "postgres", "")) {
            reachable = true;
        } catch (Exception e) {
            reachable = false;
        }
        if (!reachable && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("PostgreSQL on 127.0.0.1:5432 is required when CI=true");
        }
        assumeTrue(reachable, "PostgreSQL not reachable; skipping outside CI");
        Map<String, String> env = ServiceFixture.embeddedEnv(data);
        env.put("DATABASE_URL", PG_URL);
        env.put("DATABASE_USERNAME", "postgres");
        env.put("DATABASE_SCHEMA", schema);
        service = PrisonSyncService.start(ServiceConfig.from(env), new RecordingTelemetry());
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
            try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "")) {
                c.createStatement().execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    @Override
    protected PrisonSyncService service() {
        return service;
    }
}
