/**
 * Machinery the JDBC adapter's packages share and nobody else should use: the Jdbi mapping store and write claims
 * (handed out by {@link org.prisonsync.jdbc.JdbcAdapters}), the {@code mapping} row mapper, UTC timestamps, the
 * translation of database failures and the insert a unique key may refuse
 * ({@link org.prisonsync.jdbc.internal.SqlFailures}), a table's select said once
 * ({@link org.prisonsync.jdbc.internal.TableRows}), the retry of a transaction that lost to a concurrent one
 * ({@link org.prisonsync.jdbc.internal.ConflictRetry}) and group commit. Public only
 * because the domain packages beside it need it; not an API.
 */
package org.prisonsync.jdbc.internal;
