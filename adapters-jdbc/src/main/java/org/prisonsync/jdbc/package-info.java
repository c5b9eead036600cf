/**
 * The JDBC adapter: the mapping store and the write claims kept in H2 or PostgreSQL through Jdbi, with the schema
 * owned by Flyway migrations. {@link org.prisonsync.jdbc.Database} opens a pooled, migrated database;
 * {@link org.prisonsync.jdbc.JdbcAdapters} and the Dagger {@link org.prisonsync.jdbc.JdbcModule} hand out the ports,
 * whose implementations stay package-private. Unique violations become values; every other database fault is an
 * {@link org.prisonsync.core.UpstreamUnavailable}.
 */
package org.prisonsync.jdbc;
