/**
 * The reconciliation stores in memory, beside their domain: for tests, for library users and for an embedded run
 * without a database. Held to the same contract tests as the JDBC stores.
 */
package org.prisonsync.core.reconciliation.inmemory;
