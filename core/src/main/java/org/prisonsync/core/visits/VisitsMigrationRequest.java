package org.prisonsync.core.visits;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The DPS visit scheduler's {@code CreateVsipVisit}, the body of {@code POST /migrate-visits}. {@code visitType}
 * {@code SOCIAL}/{@code OFFICIAL}; {@code visitStatus} {@code BOOKED}/{@code CANCELLED}; {@code visitRestriction}
 * {@code OPEN}/{@code CLOSED}/{@code UNKNOWN}; {@code visitNotes} only for future visits.
 */
public record VisitsMigrationRequest(String actionedBy, String prisonerId, String prisonId,
                                     LocalDateTime startTimestamp, LocalDateTime endTimestamp, String visitType,
                                     String visitStatus, String outcomeStatus, String visitRoom,
                                     List<Long> visitorPersonIds, Long leadVisitorId, Contact visitContact,
                                     List<Note> visitNotes, String visitRestriction, LocalDateTime createDateTime,
                                     LocalDateTime modifyDateTime) {

    /** {@code visitContact}: the lead visitor's name and telephone. */
    public record Contact(String name, String telephone) {
    }

    /** {@code visitNotes[]}: {@code VISIT_COMMENT} or {@code VISITOR_CONCERN}. */
    public record Note(String type, String text) {
    }

    public VisitsMigrationRequest {
        Objects.requireNonNull(prisonerId, "prisonerId");
        Objects.requireNonNull(startTimestamp, "startTimestamp");
        Objects.requireNonNull(endTimestamp, "endTimestamp");
        visitorPersonIds = List.copyOf(visitorPersonIds == null ? List.of() : visitorPersonIds);
        visitNotes = List.copyOf(visitNotes == null ? List.of() : visitNotes);
    }
}
