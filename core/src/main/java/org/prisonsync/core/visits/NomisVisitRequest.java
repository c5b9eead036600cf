package org.prisonsync.core.visits;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The NOMIS {@code CreateVisitRequest} / {@code UpdateVisitRequest} body: {@code endTime} is {@code HH:mm};
 * {@code issueDate} and {@code visitOrderComment} are used by create only.
 */
public record NomisVisitRequest(LocalDateTime startDateTime, String endTime, String prisonId,
                                List<Long> visitorPersonIds, String visitType, LocalDate issueDate,
                                String visitComment, String visitOrderComment, String room,
                                String openClosedStatus) {
    public NomisVisitRequest {
        visitorPersonIds = List.copyOf(visitorPersonIds == null ? List.of() : visitorPersonIds);
    }
}
