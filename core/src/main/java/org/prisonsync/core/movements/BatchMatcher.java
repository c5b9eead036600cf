package org.prisonsync.core.movements;

import static org.prisonsync.core.movements.MovementReasons.BOOKING_MOVED_EVENT;
import static org.prisonsync.core.movements.MovementReasons.HOSPITAL;
import static org.prisonsync.core.movements.MovementReasons.MERGE_EVENT;
import static org.prisonsync.core.movements.MovementReasons.REMOVED_FROM_HOSPITAL;
import static org.prisonsync.core.movements.MovementReasons.RP_EVENT;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans housekeeping's late matches without writing anything, in upstream's order: hospital releases, merges with no
 * POST_MERGE_ADMISSION, then the receives and releases caused by booking moves. A row is used at most once.
 */
final class BatchMatcher {
    private static final Logger log = LoggerFactory.getLogger(BatchMatcher.class);

    private final MatchingEventPairs pairs;
    private final MovementSettings settings;

    BatchMatcher(MatchingEventPairs pairs, MovementSettings settings) {
        this.pairs = pairs;
        this.settings = settings;
    }

    List<BatchMatch> plan(List<MatchingEventPair> unmatched, Instant from, Instant to, LocalDateTime nowLocal) {
        List<BatchMatch> plan = new ArrayList<>();
        Set<Long> used = new HashSet<>();
        hospitalReleases(unmatched, plan, used);
        mergesWithoutAdmission(unmatched, plan, used);
        bookingMoves(from, to, nowLocal, plan, used);
        return plan;
    }

    /** Per prisoner: the REL-after-REL-HP and its patient.removed, or a patient.removed alone (an orphan). */
    private static void hospitalReleases(List<MatchingEventPair> unmatched, List<BatchMatch> plan, Set<Long> used) {
        Map<String, List<MatchingEventPair>> byPrisoner = new LinkedHashMap<>();
        unmatched.forEach(row -> byPrisoner.computeIfAbsent(row.prisonerNumber(), p -> new ArrayList<>()).add(row));
        for (List<MatchingEventPair> rows : byPrisoner.values()) {
            if (rows.size() == 1 && isHospitalRemoval(rows.get(0))) {
                MatchingEventPair orphan = rows.get(0);
                plan.add(new BatchMatch(BatchMatchKind.RESTRICTED_PATIENT_ORPHAN,
                        orphan.withOffender(orphan.bookingId(), RP_EVENT, null)
                                .asMatched("batch: restricted patient removed without a NOMIS release"), null, false));
                used.add(orphan.id());
            } else if (rows.size() == 2) {
                MatchingEventPair domain = rows.get(0).isDomainOnly() ? rows.get(0) : rows.get(1);
                MatchingEventPair offender = domain == rows.get(0) ? rows.get(1) : rows.get(0);
                if (isHospitalRemoval(domain) && offender.matchType() == MatchType.RELEASED
                        && offender.presentHalf() == Half.OFFENDER
                        && HOSPITAL.equals(offender.previousOffenderReason())) {
                    plan.add(new BatchMatch(BatchMatchKind.HOSPITAL_RELEASE,
                            offender.completedWith(domain, "batch: release from hospital"), domain, false));
                    used.add(domain.id());
                    used.add(offender.id());
                }
            }
        }
    }

    private static boolean isHospitalRemoval(MatchingEventPair row) {
        return row.matchType() == MatchType.RELEASED && row.presentHalf() == Half.DOMAIN
                && REMOVED_FROM_HOSPITAL.equals(row.domainReason());
    }

    private static void mergesWithoutAdmission(List<MatchingEventPair> unmatched, List<BatchMatch> plan,
                                               Set<Long> used) {
        for (MatchingEventPair row : unmatched) {
            if (!used.contains(row.id()) && row.matchType() == MatchType.RECEIVED
                    && row.presentHalf() == Half.OFFENDER && MERGE_EVENT.equals(row.offenderReason())) {
                plan.add(new BatchMatch(BatchMatchKind.MERGE_WITHOUT_ADMISSION,
                        row.withDomain(MERGE_EVENT, null).asMatched("batch: merge without POST_MERGE_ADMISSION"),
                        null, false));
                used.add(row.id());
            }
        }
    }

    /**
     * For each booking move in the window: the one DPS-only receive of the prisoner it moved to and the one DPS-only
     * release of the prisoner it moved from, created just after it. More than one candidate on a side is ambiguous
     * and left for an operator.
     */
    private void bookingMoves(Instant from, Instant to, LocalDateTime nowLocal, List<BatchMatch> plan,
                              Set<Long> used) {
        for (MatchingEventPair move : pairs.findWithReason(BOOKING_MOVED_EVENT, from, to)) {
            List<MatchingEventPair> receives = followUps(move, move.prisonerNumber(), MatchType.RECEIVED, used);
            List<MatchingEventPair> releases = move.relatedPrisonerNumber() == null ? List.of()
                    : followUps(move, move.relatedPrisonerNumber(), MatchType.RELEASED, used);
            if (receives.size() > 1 || releases.size() > 1) {
                log.warn("booking move {} has {} receives and {} releases after it: left unmatched",
                        move.describe(), receives.size(), releases.size());
                continue;
            }
            for (MatchingEventPair receive : receives) {
                plan.add(new BatchMatch(BatchMatchKind.BOOKING_MOVED_RECEIVE,
                        followUpMatched(receive, move, move.relatedPrisonerNumber(), nowLocal), null, false));
                used.add(receive.id());
            }
            for (MatchingEventPair release : releases) {
                plan.add(new BatchMatch(BatchMatchKind.BOOKING_MOVED_RELEASE,
                        followUpMatched(release, move, move.prisonerNumber(), nowLocal), null, false));
                used.add(release.id());
            }
        }
    }

    private List<MatchingEventPair> followUps(MatchingEventPair move, String prisoner, MatchType type,
                                              Set<Long> used) {
        Instant until = move.created().plus(settings.bookingMoveFollowUp());
        return pairs.findByPrisoner(prisoner).stream()
                .filter(row -> !row.matched() && row.matchType() == type && row.presentHalf() == Half.DOMAIN)
                .filter(row -> !BOOKING_MOVED_EVENT.equals(row.domainReason()) && !used.contains(row.id()))
                .filter(row -> row.created().isAfter(move.created()) && row.created().isBefore(until))
                .toList();
    }

    private static MatchingEventPair followUpMatched(MatchingEventPair row, MatchingEventPair move, String related,
                                                     LocalDateTime nowLocal) {
        return row.withOffender(move.bookingId(), BOOKING_MOVED_EVENT, nowLocal).withRelated(related)
                .asMatched("batch: caused by booking move of " + move.bookingId());
    }
}
