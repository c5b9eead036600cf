/**
 * The JDBC adapter's public face: {@link org.prisonsync.jdbc.JdbcSettings}, {@link org.prisonsync.jdbc.Database}
 * (a pooled H2 or PostgreSQL database whose schema Flyway migrates on open), and the ports every domain shares, the
 * mapping store and the write claims, through {@link org.prisonsync.jdbc.JdbcAdapters} and the Dagger
 * {@link org.prisonsync.jdbc.JdbcModule}. Each domain's own stores live in a package of their own ({@code visits},
 * {@code alerts}, {@code movements}, {@code migration}), each with one Dagger module; the shared machinery is in
 * {@code internal}. Unique violations become values; every other database fault is an
 * {@link org.prisonsync.core.UpstreamUnavailable}.
 */
package org.prisonsync.jdbc;
