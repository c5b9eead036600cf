/**
 * The alerts' JDBC stores: the atomic per-prisoner replacement of alert mappings ({@code PrisonerMappings}, on the
 * shared {@code mapping} table) and the double-submit duplicates ({@code AlertDuplicates}), bound by the Dagger
 * {@link org.prisonsync.jdbc.alerts.AlertsJdbc}.
 */
package org.prisonsync.jdbc.alerts;
