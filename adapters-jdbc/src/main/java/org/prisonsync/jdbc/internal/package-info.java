/**
 * Machinery the JDBC adapter's packages share and nobody else should use: the Jdbi mapping store and write claims
 * (handed out by {@link org.prisonsync.jdbc.JdbcAdapters}), the {@code mapping} row mapper, UTC timestamps, the
 * translation of database failures ({@link org.prisonsync.jdbc.internal.SqlFailures}) and group commit. Public only
 * because the domain packages beside it need it; not an API.
 */
package org.prisonsync.jdbc.internal;
