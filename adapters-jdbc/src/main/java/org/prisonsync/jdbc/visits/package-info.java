/**
 * The visits' JDBC store: the NOMIS room to DPS room mappings ({@code VisitRoomMappings}) the visits migration reads,
 * bound by the Dagger {@link org.prisonsync.jdbc.visits.VisitsJdbc}. Visit id mappings live in the shared mapping
 * store.
 */
package org.prisonsync.jdbc.visits;
