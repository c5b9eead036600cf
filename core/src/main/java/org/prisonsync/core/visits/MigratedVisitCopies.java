package org.prisonsync.core.visits;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The DPS visits that are copies of one migration request, found by the visit's natural key (prisoner, prison,
 * start day) and then matched on everything the request sets that DPS keeps. A resumed migration adopts an unmapped
 * copy instead of writing another; a visit booked in DPS for the same slot differs at least in its visitors or room
 * as a rule, and a mapped visit is never adopted.
 */
final class MigratedVisitCopies {
    private MigratedVisitCopies() {
    }

    /** The unmapped copies, oldest reference first (a stable choice of the one to keep). */
    static List<DpsVisit> unmapped(VisitsDpsApi dps, VisitsMigrationRequest request, Predicate<String> mapped) {
        return dps.findVisits(request.prisonerId(), request.prisonId(), request.startTimestamp().toLocalDate())
                .stream()
                .filter(v -> sameVisit(request, v))
                .filter(v -> !mapped.test(v.reference()))
                .sorted(Comparator.comparing(DpsVisit::reference))
                .toList();
    }

    static boolean sameVisit(VisitsMigrationRequest request, DpsVisit visit) {
        return request.prisonerId().equals(visit.prisonerId())
                && Objects.equals(request.prisonId(), visit.prisonId())
                && request.startTimestamp().equals(visit.startTimestamp())
                && request.endTimestamp().equals(visit.endTimestamp())
                && Objects.equals(request.visitType(), visit.visitType())
                && Objects.equals(request.visitRoom(), visit.visitRoom())
                && Objects.equals(request.visitRestriction(), visit.visitRestriction())
                && Objects.equals(request.visitStatus(), visit.visitStatus())
                && Objects.equals(request.outcomeStatus(), visit.outcomeStatus())
                && Set.copyOf(request.visitorPersonIds()).equals(Set.copyOf(visit.visitorPersonIds()));
    }
}
