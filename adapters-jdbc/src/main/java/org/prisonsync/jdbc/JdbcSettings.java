package org.prisonsync.jdbc;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the database is and how to reach it. {@code schema} is optional: when set, the database keeps its tables in
 * that schema (created if missing), which lets several services or test classes share one database.
 */
public record JdbcSettings(String url, String user, String password, int maxPoolSize, String schema) {

    /** H2 speaks PostgreSQL's dialect so that the one set of migrations and queries serves both. */
    private static final String H2_FLAGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private static final int DEFAULT_POOL_SIZE = 10;
    /** Lower case, unquoted-safe and within PostgreSQL's 63-character identifier limit: it is spliced into DDL. */
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public JdbcSettings {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("not a JDBC url: " + url);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1: " + maxPoolSize);
        }
        if (schema != null && !SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema must match " + SCHEMA_NAME.pattern() + ": " + schema);
        }
    }

    /**
     * An H2 database in a file (H2 adds {@code .mv.db}). AUTO_SERVER lets a second process, such as the CLI, open the
     * same file while the service holds it.
     */
    public static JdbcSettings h2File(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        if (path.endsWith(".mv.db")) {
            path = path.substring(0, path.length() - ".mv.db".length());
        }
        return new JdbcSettings("jdbc:h2:file:" + path + ";AUTO_SERVER=TRUE" + H2_FLAGS, "sa", "",
                DEFAULT_POOL_SIZE, null);
    }

    /** A named in-memory H2 database that lives until the JVM ends (not when its last connection closes). */
    public static JdbcSettings h2Memory(String name) {
        return new JdbcSettings("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_FLAGS, "sa", "",
                DEFAULT_POOL_SIZE, null);
    }

    public static JdbcSettings postgres(String url, String user, String password) {
        return new JdbcSettings(url, user, password, DEFAULT_POOL_SIZE, null);
    }

    public JdbcSettings withSchema(String newSchema) {
        return new JdbcSettings(url, user, password, maxPoolSize, newSchema);
    }

    public JdbcSettings withMaxPoolSize(int newMaxPoolSize) {
        return new JdbcSettings(url, user, password, newMaxPoolSize, schema);
    }

    /** Keeps the password out of logs and error messages. */
    @Override
    public String toString() {
        return "JdbcSettings[url=" + url + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "****")
                + ", maxPoolSize=" + maxPoolSize + ", schema=" + schema + "]";
    }
}
