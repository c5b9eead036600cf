/**
 * The migration engine's JDBC stores, shared by every migration type: the history of runs ({@code MigrationHistory})
 * and the entities that failed ({@code MigrationFailures}), bound by the Dagger
 * {@link org.prisonsync.jdbc.migration.MigrationJdbc}.
 */
package org.prisonsync.jdbc.migration;
