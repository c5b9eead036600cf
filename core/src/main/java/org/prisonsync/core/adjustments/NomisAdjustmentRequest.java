package org.prisonsync.core.adjustments;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The body of NOMIS's adjustment creates and updates ({@code CreateSentenceAdjustmentRequest},
 * {@code CreateKeyDateAdjustmentRequest} and their updates): {@code active} null leaves NOMIS's flag alone (upstream
 * sends it only when forced); {@code sentenceSequence} is sent on a sentence adjustment's update only.
 */
public record NomisAdjustmentRequest(String adjustmentTypeCode, LocalDate adjustmentDate,
                                     LocalDate adjustmentFromDate, long adjustmentDays, String comment,
                                     Boolean active, Long sentenceSequence) {
    public NomisAdjustmentRequest {
        Objects.requireNonNull(adjustmentTypeCode, "adjustmentTypeCode");
    }

    /** What NOMIS gets for a DPS adjustment. */
    static NomisAdjustmentRequest of(LegacyAdjustment dps, boolean withActive) {
        return new NomisAdjustmentRequest(dps.adjustmentType(), dps.adjustmentDate(), dps.adjustmentFromDate(),
                dps.adjustmentDays(), dps.comment(), withActive ? dps.active() : null,
                dps.sentenceSequence() == null ? null : dps.sentenceSequence().longValue());
    }

    /** The same request with NOMIS's active flag given ({@code null}: left alone). */
    NomisAdjustmentRequest withActive(Boolean newActive) {
        return new NomisAdjustmentRequest(adjustmentTypeCode, adjustmentDate, adjustmentFromDate, adjustmentDays,
                comment, newActive, sentenceSequence);
    }
}
