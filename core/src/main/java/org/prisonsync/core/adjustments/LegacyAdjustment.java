package org.prisonsync.core.adjustments;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A DPS adjustment as the adjustments API's legacy endpoints read and write it ({@code LegacyAdjustment}: NOMIS's
 * shape). {@code sentenceSequence} null means a key-date adjustment. {@code currentTerm} is true for the latest
 * booking's.
 */
public record LegacyAdjustment(long bookingId, Integer sentenceSequence, String offenderNo, String adjustmentType,
                               LocalDate adjustmentDate, LocalDate adjustmentFromDate, int adjustmentDays,
                               String comment, boolean active, boolean bookingReleased, String agencyId,
                               boolean currentTerm) {
    public LegacyAdjustment {
        Objects.requireNonNull(offenderNo, "offenderNo");
        Objects.requireNonNull(adjustmentType, "adjustmentType");
    }

    public AdjustmentCategory category() {
        return sentenceSequence == null ? AdjustmentCategory.KEY_DATE : AdjustmentCategory.SENTENCE;
    }

    /** What DPS gets for a NOMIS adjustment. */
    static LegacyAdjustment of(NomisAdjustment nomis) {
        return new LegacyAdjustment(nomis.bookingId(), nomis.sentenceSequence() == null ? null
                : Math.toIntExact(nomis.sentenceSequence()), nomis.offenderNo(), nomis.adjustmentType(),
                nomis.adjustmentDate(), nomis.adjustmentFromDate(), Math.toIntExact(nomis.adjustmentDays()),
                nomis.comment(), nomis.active(), nomis.hasBeenReleased(), nomis.prisonId(),
                nomis.bookingSequence() == 1);
    }

    /** Same adjustment content as a NOMIS record: type, sentence, dates, days (what a lost create left behind). */
    boolean sameContentAs(NomisAdjustment nomis) {
        return nomis.bookingId() == bookingId
                && Objects.equals(nomis.sentenceSequence(), sentenceSequence == null ? null
                        : sentenceSequence.longValue())
                && nomis.adjustmentType().equals(adjustmentType)
                && Objects.equals(nomis.adjustmentDate(), adjustmentDate)
                && Objects.equals(nomis.adjustmentFromDate(), adjustmentFromDate)
                && nomis.adjustmentDays() == adjustmentDays;
    }
}
