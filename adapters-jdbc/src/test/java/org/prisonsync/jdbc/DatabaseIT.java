package org.prisonsync.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.ClaimResult;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;

class DatabaseIT {
    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Mapping VISIT = Mapping.of("VISIT", "101", "d-101", "A1234BC", MappingTypes.ONLINE);
    private static final List<String> TABLES = List.of("flyway_schema_history", "mapping", "write_claim");

    @Test
    void openingAnEmptyH2DatabaseMigratesIt() {
        try (TestDatabase db = TestDatabase.h2(DatabaseIT.class)) {
            assertThat(tablesIn(db.database(), "public")).containsAll(TABLES);
            assertThat(appliedVersions(db.database())).containsExactlyElementsOf(migrationVersions());
            assertThat(db.database().isPostgres()).isFalse();
        }
    }

    @Test
    void theLatestMigrationConstantNamesTheHighestMigrationFile() {
        List<String> versions = migrationVersions();
        assertThat(Database.LATEST_MIGRATION)
                .as("raise Database.LATEST_MIGRATION with every new migration, or starts skip it")
                .isEqualTo(versions.get(versions.size() - 1));
    }

    @Test
    void flywayIsSkippedOnlyWhileTheHistoryHoldsEveryMigrationAndNoFailure() {
        JdbcSettings settings = JdbcSettings.h2Memory(TestDatabase.uniqueName(DatabaseIT.class) + "_current");
        try (Database db = Database.open(settings)) {
            assertThat(Database.upToDate(db.dataSource())).isTrue();

            db.jdbi().useHandle(h -> h.execute("update \"flyway_schema_history\" set \"success\" = false"
                    + " where \"version\" = '1'"));
            assertThat(Database.upToDate(db.dataSource())).as("a failed migration anywhere").isFalse();
            assertThatThrownBy(() -> Database.open(settings).close())
                    .as("Flyway, not the shortcut, meets the failed migration")
                    .isInstanceOf(UpstreamUnavailable.class);

            db.jdbi().useHandle(h -> h.execute("update \"flyway_schema_history\" set \"success\" = true"));
            db.jdbi().useHandle(h -> h.execute("delete from \"flyway_schema_history\" where \"version\" = '"
                    + Database.LATEST_MIGRATION + "'"));
            assertThat(Database.upToDate(db.dataSource())).as("a database behind this build").isFalse();
        }
        JdbcSettings fresh = JdbcSettings.h2Memory(TestDatabase.uniqueName(DatabaseIT.class) + "_fresh");
        try (Database db = Database.open(fresh)) {
            db.jdbi().useHandle(h -> h.execute("drop table \"flyway_schema_history\""));
            assertThat(Database.upToDate(db.dataSource())).as("no history at all").isFalse();
        }
    }

    @Test
    void onPostgresAnUpToDateSchemaIsRecognisedAndReopens() {
        try (TestDatabase db = TestDatabase.postgres(DatabaseIT.class)) {
            assertThat(Database.upToDate(db.database().dataSource())).isTrue();
        }
    }

    @Test
    void openingAnEmptyPostgresSchemaCreatesAndMigratesItThere() {
        try (TestDatabase db = TestDatabase.postgres(DatabaseIT.class)) {
            String schema = currentSchema(db.database());

            assertThat(schema).startsWith("t_databaseit_");
            assertThat(tablesIn(db.database(), schema)).containsAll(TABLES);
            assertThat(appliedVersions(db.database())).containsExactlyElementsOf(migrationVersions());
            assertThat(db.database().isPostgres()).isTrue();
        }
    }

    @Test
    void onH2ASchemaIsCreatedAndBecomesTheDefaultSoSchemasAreIsolated() {
        JdbcSettings shared = JdbcSettings.h2Memory(TestDatabase.uniqueName(DatabaseIT.class));
        try (Database first = Database.open(shared.withSchema("first_sync"));
             Database second = Database.open(shared.withSchema("second_sync"))) {
            assertThat(currentSchema(first)).isEqualTo("first_sync");
            assertThat(tablesIn(first, "first_sync")).containsAll(TABLES);
            assertIsolated(first, second);
        } finally {
            TestDatabase.shutdownH2(shared);
        }
    }

    @Test
    void onPostgresTwoSchemasOfOneDatabaseAreIsolated() {
        try (TestDatabase first = TestDatabase.postgres(DatabaseIT.class);
             TestDatabase second = TestDatabase.postgres(DatabaseIT.class)) {
            assertIsolated(first.database(), second.database());
        }
    }

    @Test
    void reopeningAMigratedDatabaseKeepsItsDataAndMigratesNothingAgain(@TempDir Path dir) {
        JdbcSettings settings = JdbcSettings.h2File(dir.resolve("sync"));
        try (Database first = Database.open(settings)) {
            JdbcAdapters.mappingStore(first, CLOCK).save(VISIT);
        }
        try (Database again = Database.open(settings)) {
            assertThat(JdbcAdapters.mappingStore(again, CLOCK).findByDpsId("VISIT", "d-101")).isPresent();
            assertThat(appliedVersions(again)).containsExactlyElementsOf(migrationVersions());
        }
    }

    @Test
    void twoDatabaseInstancesCanUseOneH2FileAtOnce(@TempDir Path dir) {
        JdbcSettings settings = JdbcSettings.h2File(dir.resolve("sync"));
        ClaimKey key = new ClaimKey("VISIT", "d-101");
        try (Database service = Database.open(settings); Database cli = Database.open(settings)) {
            assertThat(JdbcAdapters.mappingStore(service, CLOCK).save(VISIT))
                    .isInstanceOf(MappingSaveResult.Saved.class);
            assertThat(JdbcAdapters.mappingStore(cli, CLOCK).findByNomisId("VISIT", "101"))
                    .contains(VISIT.createdAt(NOW));

            JdbcAdapters.writeClaims(cli).claim(key, "cli", NOW, Duration.ofMinutes(1));
            assertThat(JdbcAdapters.writeClaims(service).claim(key, "service", NOW, Duration.ofMinutes(1)))
                    .isEqualTo(new ClaimResult.HeldElsewhere("cli", NOW.plusSeconds(60)));
        }
    }

    @Test
    void anotherJvmCanWriteToTheH2FileWhileThisOneHoldsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sync");
        Path log = dir.resolve("other-jvm.log");
        try (Database service = Database.open(JdbcSettings.h2File(file))) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process cli = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), OtherProcessClient.class.getName(),
                    file.toString(), "202", "d-202")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            boolean finished = cli.waitFor(60, TimeUnit.SECONDS);
            if (!finished) {
                cli.destroyForcibly();
            }

            assertThat(finished).as("the other JVM finished").isTrue();
            assertThat(cli.exitValue()).as(Files.readString(log)).isZero();
            assertThat(JdbcAdapters.mappingStore(service, CLOCK).findByNomisId("VISIT", "202"))
                    .get().extracting(Mapping::dpsId).isEqualTo("d-202");
        }
    }

    @Test
    void timesAreStoredAsUtcWhateverTheJvmTimeZone() {
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
        try (TestDatabase h2 = TestDatabase.h2(DatabaseIT.class)) {
            assertStoredAsUtc(h2.database());
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void timesAreStoredAsUtcOnPostgresWhateverTheJvmTimeZone() {
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        try (TestDatabase postgres = TestDatabase.postgres(DatabaseIT.class)) {
            assertStoredAsUtc(postgres.database());
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void anUnreachableDatabaseIsUpstreamUnavailable() {
        JdbcSettings nowhere = JdbcSettings.postgres("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "x", "");

        assertThatThrownBy(() -> Database.open(nowhere)).isInstanceOf(UpstreamUnavailable.class);
        assertThatThrownBy(() -> Database.open(nowhere.withSchema("sync")))
                .isInstanceOf(UpstreamUnavailable.class);
    }

    @Test
    void storeCallsOnAClosedDatabaseAreUpstreamUnavailable() {
        TestDatabase db = TestDatabase.h2(DatabaseIT.class);
        MappingStore store = JdbcAdapters.mappingStore(db.database(), CLOCK);
        var claims = JdbcAdapters.writeClaims(db.database());
        db.close();

        assertThatThrownBy(() -> store.save(VISIT)).isInstanceOf(UpstreamUnavailable.class);
        assertThatThrownBy(() -> store.findByDpsId("VISIT", "d-101")).isInstanceOf(UpstreamUnavailable.class);
        assertThatThrownBy(() -> store.countByLabel("VISIT", "x")).isInstanceOf(UpstreamUnavailable.class);
        assertThatThrownBy(() -> claims.claim(new ClaimKey("VISIT", "d-101"), "me", NOW, Duration.ofMinutes(1)))
                .isInstanceOf(UpstreamUnavailable.class);
        assertThatThrownBy(() -> claims.complete(new ClaimKey("VISIT", "d-101")))
                .isInstanceOf(UpstreamUnavailable.class);
    }

    private static void assertIsolated(Database first, Database second) {
        MappingStore inFirst = JdbcAdapters.mappingStore(first, CLOCK);
        MappingStore inSecond = JdbcAdapters.mappingStore(second, CLOCK);

        assertThat(inFirst.save(VISIT)).isInstanceOf(MappingSaveResult.Saved.class);

        assertThat(inSecond.findByDpsId("VISIT", "d-101")).isEmpty();
        assertThat(inSecond.save(VISIT.withLabel("other"))).isInstanceOf(MappingSaveResult.Saved.class);
        assertThat(inFirst.countByLabel("VISIT", "other")).isZero();
    }

    private static void assertStoredAsUtc(Database database) {
        JdbcAdapters.mappingStore(database, CLOCK).save(VISIT);

        LocalDateTime raw = database.jdbi().withHandle(handle -> handle
                .createQuery("select when_created from mapping where dps_id = 'd-101'")
                .map((rs, ctx) -> rs.getObject(1, LocalDateTime.class))
                .one());

        assertThat(raw).isEqualTo(LocalDateTime.of(2026, 3, 1, 10, 15, 30));
        assertThat(JdbcAdapters.mappingStore(database, CLOCK).findByDpsId("VISIT", "d-101"))
                .get().extracting(Mapping::whenCreated).isEqualTo(NOW);
    }

    /** Every versioned migration on the classpath, in order: each must have been applied, and nothing else. */
    private static List<String> migrationVersions() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(
                Database.class.getResource("/db/migration").toURI()))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("cannot list migrations", e);
        }
    }

    private static List<String> tablesIn(Database database, String schema) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("select table_name from information_schema.tables where table_schema = :schema")
                .bind("schema", schema)
                .mapTo(String.class)
                .list());
    }

    private static String currentSchema(Database database) {
        return database.jdbi().withHandle(handle -> handle.createQuery("select current_schema()")
                .mapTo(String.class).one());
    }

    private static List<String> appliedVersions(Database database) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("select version from flyway_schema_history where success and version is not null")
                .mapTo(String.class)
                .list());
    }
}
