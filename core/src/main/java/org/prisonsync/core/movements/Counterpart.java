package org.prisonsync.core.movements;

import static org.prisonsync.core.movements.MovementReasons.BOOKING_MOVED_EVENT;
import static org.prisonsync.core.movements.MovementReasons.MERGE_EVENT;
import static org.prisonsync.core.movements.MovementReasons.POST_MERGE_ADMISSION;
import static org.prisonsync.core.movements.MovementReasons.REMOVED_FROM_HOSPITAL;

import java.util.Objects;
import java.util.Set;

/**
 * Which unmatched row an arriving half may complete, as data a store can turn into SQL: the row's match type, the
 * half it lacks ({@link #missing}), and a rule on the reason of the half it has — it must equal
 * {@link #requiredReason} when that is set, and must not be one of {@link #excludedReasons} (a null reason is never
 * excluded). {@link #requiresHospitalPrevious} adds "the NOMIS REL followed a release to hospital (REL-HP)".
 *
 * <p>The exclusions keep the special pairs (merge, booking move, restricted patient) for the events made for them.
 */
public enum Counterpart {
    /** A DPS receive waiting for its NOMIS ADM; post-merge admissions and booking moves wait for their own events. */
    ADMISSION_AWAITING_NOMIS(MatchType.RECEIVED, Half.OFFENDER, null, Set.of(POST_MERGE_ADMISSION,
            BOOKING_MOVED_EVENT), false),
    /** A DPS release waiting for its NOMIS REL; a hospital removal is left to housekeeping (it may be an orphan). */
    RELEASE_AWAITING_NOMIS(MatchType.RELEASED, Half.OFFENDER, null, Set.of(REMOVED_FROM_HOSPITAL), false),
    /** A POST_MERGE_ADMISSION receive waiting for the NOMIS merge. */
    POST_MERGE_ADMISSION_AWAITING_MERGE(MatchType.RECEIVED, Half.OFFENDER, POST_MERGE_ADMISSION, Set.of(), false),
    /** A DPS booking.moved waiting for NOMIS's OFFENDER_BOOKING-REASSIGNED. */
    BOOKING_MOVE_AWAITING_NOMIS(MatchType.RECEIVED, Half.OFFENDER, BOOKING_MOVED_EVENT, Set.of(), false),
    /** A NOMIS ADM waiting for its DPS receive (not a merge or a booking move). */
    ADMISSION_AWAITING_DPS(MatchType.RECEIVED, Half.DOMAIN, null, Set.of(MERGE_EVENT, BOOKING_MOVED_EVENT), false),
    /** A NOMIS merge waiting for a POST_MERGE_ADMISSION receive. */
    MERGE_AWAITING_DPS(MatchType.RECEIVED, Half.DOMAIN, MERGE_EVENT, Set.of(), false),
    /** A NOMIS REL waiting for its DPS release. */
    RELEASE_AWAITING_DPS(MatchType.RELEASED, Half.DOMAIN, null, Set.of(), false),
    /** A NOMIS REL after a REL-HP waiting for restricted-patients.patient.removed. */
    HOSPITAL_RELEASE_AWAITING_DPS(MatchType.RELEASED, Half.DOMAIN, null, Set.of(), true),
    /** NOMIS's OFFENDER_BOOKING-REASSIGNED waiting for DPS's booking.moved. */
    BOOKING_MOVE_AWAITING_DPS(MatchType.RECEIVED, Half.DOMAIN, BOOKING_MOVED_EVENT, Set.of(), false);

    private final MatchType matchType;
    private final Half missing;
    private final String requiredReason;
    private final Set<String> excludedReasons;
    private final boolean requiresHospitalPrevious;

    Counterpart(MatchType matchType, Half missing, String requiredReason, Set<String> excludedReasons,
                boolean requiresHospitalPrevious) {
        this.matchType = matchType;
        this.missing = missing;
        this.requiredReason = requiredReason;
        this.excludedReasons = excludedReasons;
        this.requiresHospitalPrevious = requiresHospitalPrevious;
    }

    public MatchType matchType() {
        return matchType;
    }

    /** The half the counterpart row lacks, which is the half the arriving event brings. */
    public Half missing() {
        return missing;
    }

    /** The counterpart's present reason must equal this; null means any. */
    public String requiredReason() {
        return requiredReason;
    }

    public Set<String> excludedReasons() {
        return excludedReasons;
    }

    /** The counterpart's previous NOMIS movement must be OUT with reason HP. */
    public boolean requiresHospitalPrevious() {
        return requiresHospitalPrevious;
    }

    /**
     * The rule in Java, for stores that filter in memory. Does not check the prisoner, matched or the created
     * window: the store does.
     */
    public boolean accepts(MatchingEventPair row) {
        if (row.matchType() != matchType) {
            return false;
        }
        boolean lacks = missing == Half.OFFENDER ? row.offenderTime() == null : row.domainTime() == null;
        if (!lacks) {
            return false;
        }
        String reason = missing == Half.OFFENDER ? row.domainReason() : row.offenderReason();
        if (requiredReason != null && !requiredReason.equals(reason)) {
            return false;
        }
        if (reason != null && excludedReasons.contains(reason)) {
            return false;
        }
        return !requiresHospitalPrevious || (MovementReasons.OUT.equals(row.previousOffenderDirection())
                && MovementReasons.HOSPITAL.equals(row.previousOffenderReason()));
    }

    static Counterpart require(Counterpart counterpart) {
        return Objects.requireNonNull(counterpart, "counterpart");
    }
}
