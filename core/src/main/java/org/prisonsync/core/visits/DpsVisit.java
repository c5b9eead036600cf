package org.prisonsync.core.visits;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A visit as the DPS visit scheduler holds it ({@code GET /visits/{reference}}). {@code visitType} is
 * {@code SOCIAL}/{@code FAMILY}/{@code OFFICIAL}; {@code visitStatus} {@code BOOKED}/{@code CANCELLED};
 * {@code visitRestriction} {@code OPEN}/{@code CLOSED}/{@code UNKNOWN}; {@code outcomeStatus} is set once cancelled
 * or completed; {@code visitorSupport} is the support the visitors asked for ({@code visitorSupport.description}),
 * null when none.
 */
public record DpsVisit(String reference, String prisonerId, String prisonId, String visitRoom, String visitType,
                       String visitStatus, String outcomeStatus, String visitRestriction,
                       LocalDateTime startTimestamp, LocalDateTime endTimestamp, List<Long> visitorPersonIds,
                       String visitComment, String visitorSupport) {

    /** A visit without visitor support. */
    public DpsVisit(String reference, String prisonerId, String prisonId, String visitRoom, String visitType,
                    String visitStatus, String outcomeStatus, String visitRestriction, LocalDateTime startTimestamp,
                    LocalDateTime endTimestamp, List<Long> visitorPersonIds, String visitComment) {
        this(reference, prisonerId, prisonId, visitRoom, visitType, visitStatus, outcomeStatus, visitRestriction,
                startTimestamp, endTimestamp, visitorPersonIds, visitComment, null);
    }

    public DpsVisit {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(prisonerId, "prisonerId");
        Objects.requireNonNull(startTimestamp, "startTimestamp");
        Objects.requireNonNull(endTimestamp, "endTimestamp");
        visitorPersonIds = List.copyOf(Objects.requireNonNullElse(visitorPersonIds, List.of()));
    }

    public boolean cancelled() {
        return "CANCELLED".equals(visitStatus);
    }

    public DpsVisit cancelledWith(String outcome) {
        return new DpsVisit(reference, prisonerId, prisonId, visitRoom, visitType, "CANCELLED", outcome,
                visitRestriction, startTimestamp, endTimestamp, visitorPersonIds, visitComment, visitorSupport);
    }

    public DpsVisit withVisitorSupport(String support) {
        return new DpsVisit(reference, prisonerId, prisonId, visitRoom, visitType, visitStatus, outcomeStatus,
                visitRestriction, startTimestamp, endTimestamp, visitorPersonIds, visitComment, support);
    }
}
