package org.prisonsync.simulator.incentives;

import java.time.LocalDateTime;

/**
 * An IEP (incentive level record) on a NOMIS booking, keyed by booking and sequence.
 *
 * @param auditModule the module that wrote it: {@value NomisIncentives#SYNCHRONISATION} for prison-sync's writes,
 *                    {@value NomisIncentives#MANUAL_SCREEN} or {@value NomisIncentives#MANUAL_SQL} for a manual
 *                    review, another NOMIS module (e.g. {@value NomisIncentives#TRANSFER_IN}) for a system one
 */
public record NomisIep(long bookingId, long sequence, String offenderNo, String levelCode, String commentText,
                       LocalDateTime iepDateTime, String prisonId, String userId, String auditModule,
                       LocalDateTime whenCreated) {
    /** The IEP's key in NOMIS: booking and sequence. */
    public record Key(long bookingId, long sequence) {
    }

    public Key key() {
        return new Key(bookingId, sequence);
    }
}
