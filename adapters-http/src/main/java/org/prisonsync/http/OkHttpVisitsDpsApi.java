package org.prisonsync.http;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.prisonsync.core.visits.CancelResult;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.VisitsDpsApi;

/** {@link VisitsDpsApi} over the DPS visit scheduler. */
final class OkHttpVisitsDpsApi implements VisitsDpsApi {
    /** What DPS shows as the cancellation note: the cancel was made by a NOMIS user, not in DPS. */
    static final String CANCELLED_IN_NOMIS = "Cancelled in NOMIS";
    private static final String VISIT_COMMENT = "VISIT_COMMENT";

    private final JsonHttp http;

    OkHttpVisitsDpsApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public Optional<DpsVisit> findVisit(String reference) {
        HttpReply reply = http.get("visits", reference);
        switch (reply.status()) {
            case 200:
                return Optional.of(http.read(reply, VisitDto.class, VisitDto::toDomain));
            case 404:
                return Optional.empty();
            default:
                throw reply.rejected();
        }
    }

    @Override
    public CancelResult cancelVisit(String reference, String outcomeStatus, String actionedBy) {
        // The migrate-visits endpoint marks the resulting domain event as NOMIS-sourced, so it is not echoed back.
        HttpReply reply = http.put(new CancelVisitDto(new OutcomeDto(outcomeStatus, CANCELLED_IN_NOMIS), actionedBy),
                "migrate-visits", reference, "cancel");
        switch (reply.status()) {
            case 200:
            case 204:
                return CancelResult.CANCELLED;
            case 409:
                return CancelResult.ALREADY_CANCELLED;
            case 404:
                return CancelResult.NOT_FOUND;
            default:
                throw reply.rejected();
        }
    }

    private record CancelVisitDto(OutcomeDto cancelOutcome, String actionedBy) {
    }

    private record OutcomeDto(String outcomeStatus, String text) {
    }

    private record VisitNoteDto(String type, String text) {
    }

    private record VisitorDto(Long nomisPersonId) {
    }

    private record VisitDto(String reference, String prisonerId, String prisonId, String visitRoom, String visitType,
                            String visitStatus, String outcomeStatus, String visitRestriction,
                            LocalDateTime startTimestamp, LocalDateTime endTimestamp, List<VisitNoteDto> visitNotes,
                            List<VisitorDto> visitors) {
        DpsVisit toDomain() {
            List<Long> personIds = visitors == null ? List.of()
                    : visitors.stream().map(VisitorDto::nomisPersonId).filter(Objects::nonNull).toList();
            String comment = visitNotes == null ? null : visitNotes.stream()
                    .filter(note -> VISIT_COMMENT.equals(note.type()))
                    .map(VisitNoteDto::text)
                    .findFirst().orElse(null);
            return new DpsVisit(reference, prisonerId, prisonId, visitRoom, visitType, visitStatus, outcomeStatus,
                    visitRestriction, startTimestamp, endTimestamp, personIds, comment);
        }
    }
}
