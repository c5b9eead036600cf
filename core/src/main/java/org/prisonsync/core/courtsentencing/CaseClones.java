package org.prisonsync.core.courtsentencing;

import java.util.List;

/**
 * NOMIS's {@code BookingCourtCaseCloneResponse}: each case copied onto the latest booking with its source, and the
 * sentence adjustments the copy created. Empty when NOMIS cloned nothing.
 */
public record CaseClones(List<Cloned> courtCases, List<ClonedAdjustments> sentenceAdjustments) {
    public static final CaseClones NONE = new CaseClones(List.of(), List.of());

    public CaseClones {
        courtCases = List.copyOf(courtCases);
        sentenceAdjustments = List.copyOf(sentenceAdjustments);
    }

    public boolean isEmpty() {
        return courtCases.isEmpty();
    }

    /** {@code ClonedCourtCaseResponse}. */
    public record Cloned(NomisCourtCase courtCase, NomisCourtCase sourceCourtCase) {
    }

    /** {@code SentenceIdAndAdjustmentsCreated}: the clone's sentence and the adjustments created on it. */
    public record ClonedAdjustments(SentenceId sentenceId, List<Long> adjustmentIds) {
        public ClonedAdjustments {
            adjustmentIds = List.copyOf(adjustmentIds);
        }
    }
}
