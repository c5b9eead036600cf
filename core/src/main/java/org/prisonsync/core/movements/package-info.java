/**
 * Movement reconciliation (seed 003): every NOMIS admission or release ({@code EXTERNAL_MOVEMENT-CHANGED} ADM/REL,
 * merges, booking moves) is paired with its DPS domain event ({@code prisoner.received|released},
 * {@code patient.removed}, {@code booking.moved}) in the {@link org.prisonsync.core.movements.MatchingEventPairs}
 * store. The handlers pair live; {@link org.prisonsync.core.movements.MovementHousekeeping} matches the late pairs,
 * reports what is still unmatched ({@code non-match-event}) and purges old matched rows;
 * {@link org.prisonsync.core.movements.MovementQueries} answers the operator's questions.
 */
package org.prisonsync.core.movements;
