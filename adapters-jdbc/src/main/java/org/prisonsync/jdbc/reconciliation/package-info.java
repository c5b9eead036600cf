/**
 * The reconciliation stores on JDBC: runs with their mismatches, and the exclusion lists, in the tables of migration
 * V5. {@link org.prisonsync.jdbc.reconciliation.ReconciliationJdbcAdapters} and the Dagger
 * {@link org.prisonsync.jdbc.reconciliation.ReconciliationJdbcModule} hand them out on the runner's
 * {@link org.prisonsync.jdbc.Database}; the implementations stay package-private.
 */
package org.prisonsync.jdbc.reconciliation;
