package org.prisonsync.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A migrated database that belongs to one test class: a uniquely named in-memory H2 database, or a schema of its own
 * in the shared PostgreSQL. {@link #close} removes it again.
 */
public final class TestDatabase implements AutoCloseable {
    private final Database database;
    private final Runnable removal;

    private TestDatabase(Database database, Runnable removal) {
        this.database = database;
        this.removal = removal;
    }

    public static TestDatabase h2(Class<?> testClass) {
        JdbcSettings settings = JdbcSettings.h2Memory(uniqueName(testClass));
        return new TestDatabase(Database.open(settings), () -> shutdownH2(settings));
    }

    public static TestDatabase postgres(Class<?> testClass) {
        JdbcSettings settings = PostgresTestDatabase.isolatedSettings(testClass);
        Database database;
        try {
            database = Database.open(settings);
        } catch (RuntimeException e) {
            // the schema may exist already even though the migration failed
            PostgresTestDatabase.dropSchema(settings.schema());
            throw e;
        }
        return new TestDatabase(database, () -> PostgresTestDatabase.dropSchema(settings.schema()));
    }

    /** {@code t_<class name>_<random>} in lower case, short enough for a PostgreSQL identifier. */
    public static String uniqueName(Class<?> testClass) {
        String className = testClass.getSimpleName().toLowerCase(Locale.ROOT);
        String prefix = "t_" + className.substring(0, Math.min(className.length(), 40));
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** DB_CLOSE_DELAY=-1 keeps an in-memory database after its pool closes, until it is shut down explicitly. */
    public static void shutdownH2(JdbcSettings settings) {
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute("shutdown");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot shut the test database down", e);
        }
    }

    public Database database() {
        return database;
    }

    /** Empties the mapping tables so that each test starts from nothing. */
    public void clear() {
        emptied("mapping", "write_claim");
    }

    /** The database, with {@code tables} emptied (in this order, children before parents) for a test's fresh start. */
    public Database emptied(String... tables) {
        database.jdbi().useHandle(handle -> {
            for (String table : tables) {
                handle.execute("delete from " + table);
            }
        });
        return database;
    }

    @Override
    public void close() {
        // The pool goes first: H2's shutdown would otherwise break the connections it still holds.
        database.close();
        removal.run();
    }
}
