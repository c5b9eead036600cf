package org.prisonsync.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.prisonsync.core.UpstreamUnavailable;

/**
 * A pooled, migrated database: open it once per process and close it on shutdown. When the settings name a schema,
 * every pooled connection uses it as its default schema, so the tables and Flyway's history live there.
 */
public final class Database implements AutoCloseable {
    /**
     * The highest migration version under {@code db/migration}; {@code DatabaseMigrationsTest} fails the build when a
     * migration is added without raising it.
     */
    static final String LATEST_MIGRATION = "9";
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final boolean postgres;

    private Database(HikariDataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.postgres = postgres;
    }

    /** Opens the pool and brings the schema up to date; throws {@link UpstreamUnavailable} if that fails. */
    public static Database open(JdbcSettings settings) {
        if (settings.schema() != null) {
            createSchemaIfMissing(settings);
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(settings));
        } catch (RuntimeException e) {
            throw new UpstreamUnavailable("cannot open database " + settings.url(), e);
        }
        try {
            boolean postgres = isPostgres(pool);
            if (!upToDate(pool)) {
                migrate(pool, settings);
            }
            return new Database(pool, postgres);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public boolean isPostgres() {
        return postgres;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static HikariConfig poolConfig(JdbcSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("prison-sync-db-" + POOLS.incrementAndGet());
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        // A store call should fail (and be retried later) rather than hang when the database is away.
        config.setConnectionTimeout(10_000);
        if (settings.schema() != null) {
            // Connection.setSchema: search_path on PostgreSQL, SET SCHEMA on H2.
            config.setSchema(settings.schema());
        }
        if (settings.url().startsWith("jdbc:postgresql:")) {
            // A plan for every execution, not a generic one cached per connection: our tables start empty and grow
            // by hundreds of thousands of rows within one run, and a generic plan made while a table was small keeps
            // scanning a whole index later (measured: 80 ms instead of 0.1 ms for ten ids). Planning costs ~40 us.
            config.setConnectionInitSql("set plan_cache_mode = force_custom_plan");
            // A JDBC batch of inserts (a migration message's mappings, a pairing batch) as one multi-row statement.
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return config;
    }

    /**
     * Done on a plain connection before the pool exists, because H2 refuses a default schema that is not there yet.
     * The name was validated by {@link JdbcSettings}, so it is safe to splice into the DDL.
     */
    private static void createSchemaIfMissing(JdbcSettings settings) {
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute("create schema if not exists " + settings.schema());
        } catch (SQLException e) {
            throw new UpstreamUnavailable("cannot create schema " + settings.schema() + " in " + settings.url(), e);
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new UpstreamUnavailable("cannot read database metadata", e);
        }
    }

    /**
     * True when Flyway's history says every migration this build holds has been applied and none failed. Then
     * Flyway is not loaded at all: scanning the migrations and validating their checksums cost 0.3–0.6 s of every
     * command line call and service start (measured on this project's machine). What is given up is the checksum
     * check of already-applied migrations on such starts; a database behind or ahead of this build, or with a failed
     * migration, still goes through Flyway, which migrates or refuses as before.
     */
    static boolean upToDate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select \"version\", \"success\" from \"flyway_schema_history\""
                     + " order by \"installed_rank\"")) {
            String newest = null;
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return false;
                }
                String version = rows.getString(1);
                newest = version == null ? newest : version;
            }
            return LATEST_MIGRATION.equals(newest);
        } catch (SQLException e) {
            return false; // no history yet (a new database), or unreadable: Flyway decides
        }
    }

    private static void migrate(DataSource dataSource, JdbcSettings settings) {
        var flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration");
        if (settings.schema() != null) {
            flyway = flyway.schemas(settings.schema()).defaultSchema(settings.schema());
        }
        try {
            flyway.load().migrate();
        } catch (FlywayException e) {
            throw new UpstreamUnavailable("cannot migrate database " + settings.url(), e);
        }
    }
}
