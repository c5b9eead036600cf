package org.prisonsync.core.incentives;

import java.util.Objects;

/**
 * One prisoner's current incentive level, NOMIS against DPS, judged as seed 000's runbook judges it: whether they
 * agree, and if not which side is likely wrong, why, and a one-line note a person can act on. {@code nomisLevel} and
 * {@code dpsLevel} are null where that side has no current level; {@code nomisIepToRemove} names the rogue NOMIS IEP
 * of a double transfer (null otherwise).
 */
public record IncentiveVerdict(String offenderNo, long bookingId, String nomisLevel, String dpsLevel, Kind kind,
                               Side likelyWrong, NomisIncentiveId nomisIepToRemove, String note) {

    /** Which system most likely holds the wrong level. */
    public enum Side { NONE, NOMIS, DPS, UNKNOWN }

    /** What the comparison found. */
    public enum Kind {
        /** Both sides hold the same level (or neither holds one). */
        CONSISTENT,
        /** NOMIS's current IEP is a review (written through the API or on the NOMIS IEP screen) DPS does not agree with. */
        NOMIS_REVIEW_DIFFERS,
        /** NOMIS generated an IEP on a movement after DPS's review: the prisoner was transferred in twice. */
        DOUBLE_TRANSFER,
        /** DPS has a review, NOMIS no IEP on the booking. */
        MISSING_IN_NOMIS,
        /** NOMIS has an IEP, DPS no review. */
        MISSING_IN_DPS,
        /** A system-generated NOMIS IEP dated before DPS's review: neither runbook cause fits. */
        UNEXPLAINED
    }

    public IncentiveVerdict {
        Objects.requireNonNull(offenderNo, "offenderNo");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(likelyWrong, "likelyWrong");
        Objects.requireNonNull(note, "note");
    }

    public boolean consistent() {
        return kind == Kind.CONSISTENT;
    }
}
