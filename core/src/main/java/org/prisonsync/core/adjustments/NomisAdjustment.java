package org.prisonsync.core.adjustments;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One NOMIS adjustment as NOMIS answers for it ({@code SentenceAdjustmentResponse} or
 * {@code KeyDateAdjustmentResponse}); {@code sentenceSequence} is null for a key-date adjustment, and
 * {@code bookingSequence} 1 is the prisoner's latest booking.
 */
public record NomisAdjustment(NomisAdjustmentId id, long bookingId, int bookingSequence, String offenderNo,
                              Long sentenceSequence, String adjustmentType, LocalDate adjustmentDate,
                              LocalDate adjustmentFromDate, long adjustmentDays, String comment, boolean active,
                              boolean hasBeenReleased, String prisonId, boolean hiddenFromUsers) {
    public NomisAdjustment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(adjustmentType, "adjustmentType");
        if ((id.category() == AdjustmentCategory.SENTENCE) != (sentenceSequence != null)) {
            throw new IllegalArgumentException("a sentence adjustment has a sentence sequence, a key-date one none");
        }
    }

    /** The same record under another id (the in-memory twins number their rows). */
    public NomisAdjustment withId(NomisAdjustmentId newId) {
        return new NomisAdjustment(newId, bookingId, bookingSequence, offenderNo, sentenceSequence, adjustmentType,
                adjustmentDate, adjustmentFromDate, adjustmentDays, comment, active, hasBeenReleased, prisonId,
                hiddenFromUsers);
    }
}
