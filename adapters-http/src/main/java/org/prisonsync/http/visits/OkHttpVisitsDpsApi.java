package org.prisonsync.http.visits;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.visits.CancelResult;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.VisitsDpsApi;
import org.prisonsync.core.visits.VisitsMigrationRequest;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/** {@link VisitsDpsApi} over the DPS visit scheduler. */
final class OkHttpVisitsDpsApi implements VisitsDpsApi {
    /** What DPS shows as the cancellation note: the cancel was made by a NOMIS user, not in DPS. */
    static final String CANCELLED_IN_NOMIS = "Cancelled in NOMIS";
    private static final String VISIT_COMMENT = "VISIT_COMMENT";
    /** One prisoner's visits on one day: a page is plenty; the loop is bounded in case DPS never says "last". */
    private static final int SEARCH_PAGE_SIZE = 100;
    private static final int SEARCH_MAX_PAGES = 10;

    private final JsonHttp http;

    OkHttpVisitsDpsApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public Optional<DpsVisit> findVisit(String reference) {
        return http.find(VisitDto.class, VisitDto::toDomain, "visits", reference);
    }

    @Override
    public CancelResult cancelVisit(String reference, String outcomeStatus, String actionedBy) {
        // The migrate-visits endpoint marks the resulting domain event as NOMIS-sourced, so it is not echoed back.
        HttpReply reply = http.put(new CancelVisitDto(new OutcomeDto(outcomeStatus, CANCELLED_IN_NOMIS), actionedBy),
                "migrate-visits", reference, "cancel");
        return CancelReplies.asCancelResult(reply);
    }

    @Override
    public String migrateVisit(VisitsMigrationRequest request) {
        HttpReply reply = http.post(CreateVsipVisit.of(request), "migrate-visits");
        switch (reply.status()) {
            case 200:
            case 201:
                // Documented as a JSON string; a plain-text reference (Spring's default for a String) is read too.
                String body = reply.body() == null ? "" : reply.body().trim();
                String reference = body.startsWith("\"") ? http.read(reply, String.class, r -> r) : body;
                if (reference.isBlank()) {
                    throw new UpstreamUnavailable("POST " + reply.path() + " answered "
                            + reply.status() + " without a visit reference");
                }
                return reference;
            default:
                throw reply.rejected(); // 422 included: the visit as sent can never be accepted
        }
    }

    @Override
    public List<DpsVisit> findVisits(String prisonerId, String prisonId, LocalDate day) {
        List<DpsVisit> visits = new ArrayList<>();
        for (int page = 0; page < SEARCH_MAX_PAGES; page++) {
            Map<String, List<String>> query = new LinkedHashMap<>();
            query.put("prisonerId", List.of(prisonerId));
            query.put("prisonId", List.of(prisonId));
            query.put("visitStartDate", List.of(day.toString()));
            query.put("visitEndDate", List.of(day.toString()));
            query.put("visitStatus", List.of("BOOKED", "CANCELLED"));
            query.put("page", List.of(Integer.toString(page)));
            query.put("size", List.of(Integer.toString(SEARCH_PAGE_SIZE)));
            VisitPage found = http.fetch(query, VisitPage.class, p -> p, "visits", "search");
            if (found.content() != null) {
                found.content().forEach(v -> visits.add(v.toDomain()));
            }
            if (found.content() == null || found.content().isEmpty() || !Boolean.FALSE.equals(found.last())) {
                return visits;
            }
        }
        throw new UpstreamUnavailable("GET /visits/search: more than " + SEARCH_MAX_PAGES * SEARCH_PAGE_SIZE
                + " visits for " + prisonerId + " at " + prisonId + " on " + day);
    }

    @Override
    public boolean deleteMigratedVisit(String reference) {
        return http.delete("migrate-visits", reference).written();
    }

    /** The visit scheduler reads its timestamps with pattern {@code yyyy-MM-dd'T'HH:mm:ss}. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private static String timestamp(LocalDateTime time) {
        return time == null ? null : time.format(TIMESTAMP);
    }

    private record LegacyDataDto(Long leadVisitorId) {
    }

    private record ContactDto(String name, String telephone) {
    }

    private record CreateVsipVisit(String actionedBy, String prisonerId, String prisonId, String startTimestamp,
                                   String endTimestamp, String visitType, String visitStatus, String outcomeStatus,
                                   String visitRoom, List<VisitorDto> visitors, LegacyDataDto legacyData,
                                   ContactDto visitContact, List<VisitNoteDto> visitNotes, String visitRestriction,
                                   String createDateTime, String modifyDateTime) {
        static CreateVsipVisit of(VisitsMigrationRequest r) {
            return new CreateVsipVisit(r.actionedBy(), r.prisonerId(), r.prisonId(), timestamp(r.startTimestamp()),
                    timestamp(r.endTimestamp()), r.visitType(), r.visitStatus(), r.outcomeStatus(), r.visitRoom(),
                    r.visitorPersonIds().stream().map(VisitorDto::new).toList(),
                    r.leadVisitorId() == null ? null : new LegacyDataDto(r.leadVisitorId()),
                    r.visitContact() == null ? null
                            : new ContactDto(r.visitContact().name(), r.visitContact().telephone()),
                    r.visitNotes().stream().map(n -> new VisitNoteDto(n.type(), n.text())).toList(),
                    r.visitRestriction(), timestamp(r.createDateTime()), timestamp(r.modifyDateTime()));
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

    /** A Spring page of visits; {@code last} absent is read as the last page. */
    private record VisitPage(List<VisitDto> content, Boolean last) {
    }

    private record VisitDto(String reference, String prisonerId, String prisonId, String visitRoom, String visitType,
                            String visitStatus, String outcomeStatus, String visitRestriction,
                            LocalDateTime startTimestamp, LocalDateTime endTimestamp, List<VisitNoteDto> visitNotes,
                            List<VisitorDto> visitors, JsonNode visitorSupport) {
        DpsVisit toDomain() {
            List<Long> personIds = visitors == null ? List.of()
                    : visitors.stream().map(VisitorDto::nomisPersonId).filter(Objects::nonNull).toList();
            String comment = visitNotes == null ? null : visitNotes.stream()
                    .filter(note -> VISIT_COMMENT.equals(note.type()))
                    .map(VisitNoteDto::text)
                    .findFirst().orElse(null);
            return new DpsVisit(reference, prisonerId, prisonId, visitRoom, visitType, visitStatus, outcomeStatus,
                    visitRestriction, startTimestamp, endTimestamp, personIds, comment, supportText(visitorSupport));
        }
    }

    /**
     * The visitors' support needs: the visit scheduler writes {@code {"description": "…"}}; its earlier form, a list
     * of {@code {"type", "text"}}, is read too (the texts, or the types where there is no text, joined).
     */
    static String supportText(JsonNode support) {
        if (support == null || support.isNull()) {
            return null;
        }
        if (support.isObject()) {
            String description = support.path("description").asText("");
            return description.isBlank() ? null : description.strip();
        }
        if (support.isArray()) {
            List<String> parts = new ArrayList<>();
            support.forEach(item -> {
                String text = item.path("text").asText("");
                String part = text.isBlank() ? item.path("type").asText("") : text;
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            });
            return parts.isEmpty() ? null : String.join(", ", parts);
        }
        return null;
    }
}
