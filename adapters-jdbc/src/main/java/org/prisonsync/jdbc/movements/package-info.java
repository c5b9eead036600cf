/**
 * The movement reconciliation's JDBC store: NOMIS movements paired with DPS events in {@code matching_event_pair},
 * group-committed under concurrent consumers ({@code MatchingEventPairs}), bound by the Dagger
 * {@link org.prisonsync.jdbc.movements.MovementsJdbc}.
 */
package org.prisonsync.jdbc.movements;
