package org.prisonsync.core.visits;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A visit as NOMIS holds it ({@code GET /visits/{visitId}}, {@code VisitResponse}). Codes, not descriptions:
 * {@code visitType} {@code SCON}/{@code OFFI}; {@code visitStatus} {@code SCH}/{@code CANC}/…; {@code visitOutcome}
 * a cancellation or completion code; {@code room} the internal location description.
 */
public record NomisVisit(long visitId, String offenderNo, String prisonId, LocalDateTime startDateTime,
                         LocalDateTime endDateTime, String visitType, String visitStatus, String visitOutcome,
                         String room, String commentText, String visitorConcernText, List<Long> visitorPersonIds,
                         Long leadVisitorPersonId, String createUserId, String modifyUserId,
                         LocalDateTime whenCreated, LocalDateTime whenUpdated) {

    public NomisVisit {
        Objects.requireNonNull(offenderNo, "offenderNo");
        visitorPersonIds = List.copyOf(Objects.requireNonNullElse(visitorPersonIds, List.of()));
    }

    public boolean cancelled() {
        return "CANC".equals(visitStatus);
    }
}
