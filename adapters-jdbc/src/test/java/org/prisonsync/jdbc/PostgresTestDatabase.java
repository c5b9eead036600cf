package org.prisonsync.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;

/**
 * The local PostgreSQL the ITs run against. On a developer machine without it the tests are skipped with a message;
 * on CI ({@code CI=true}) they fail instead, so a missing database can never pass silently.
 */
public final class PostgresTestDatabase {
    /** Overridable with {@code -Dprisonsync.test.postgres.url=...} for a database elsewhere. */
    public static final String URL = System.getProperty("prisonsync.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = "postgres";
    public static final String PASSWORD = "";

    private PostgresTestDatabase() {
    }

    /** Settings for a new schema of its own; skips or fails the calling test when PostgreSQL is not there. */
    public static JdbcSettings isolatedSettings(Class<?> testClass) {
        requireReachable();
        return JdbcSettings.postgres(URL, USER, PASSWORD).withSchema(TestDatabase.uniqueName(testClass));
    }

    public static void dropSchema(String schema) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test schema " + schema, e);
        }
    }

    private static void requireReachable() {
        try (Connection connection = connect()) {
            connection.isValid(2);
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + URL + " as " + USER + " (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + "; on CI the PostgreSQL tests must run", e);
            }
            Assumptions.abort(message + "; skipping the PostgreSQL tests (they fail instead when CI=true)");
        }
    }

    private static Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(URL, properties);
    }
}
