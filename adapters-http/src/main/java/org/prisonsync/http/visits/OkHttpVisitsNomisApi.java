package org.prisonsync.http.visits;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.visits.CancelResult;
import org.prisonsync.core.visits.NomisVisit;
import org.prisonsync.core.visits.NomisVisitCreated;
import org.prisonsync.core.visits.NomisVisitRequest;
import org.prisonsync.core.visits.VisitRoomUsage;
import org.prisonsync.core.visits.VisitsMigrationFilter;
import org.prisonsync.core.visits.VisitsMigrationPage;
import org.prisonsync.core.visits.VisitsMigrationSource;
import org.prisonsync.core.visits.VisitsNomisApi;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/** {@link VisitsNomisApi} over the NOMIS prisoner API's visit endpoints. */
final class OkHttpVisitsNomisApi implements VisitsNomisApi {
    private final JsonHttp http;

    OkHttpVisitsNomisApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public NomisVisitCreated createVisit(String offenderNo, NomisVisitRequest request) {
        HttpReply reply = http.post(CreateVisitRequest.of(request), "prisoners", offenderNo, "visits");
        switch (reply.status()) {
            case 200:
            case 201:
                return http.read(reply, CreateVisitResponse.class,
                        created -> new NomisVisitCreated(Objects.requireNonNull(created.visitId(), "visitId"), false));
            case 409:
                // NOMIS already holds a visit for this booking and names it in moreInfo: the create's natural-key
                // idempotency, which is how a retried create finds what a lost earlier attempt wrote.
                Long existing = existingVisitId(reply);
                if (existing == null) {
                    throw reply.rejected();
                }
                return new NomisVisitCreated(existing, true);
            default:
                throw reply.rejected();
        }
    }

    @Override
    public boolean updateVisit(String offenderNo, long visitId, NomisVisitRequest request) {
        return http.put(UpdateVisitRequest.of(request), "prisoners", offenderNo, "visits", Long.toString(visitId))
                .written();
    }

    @Override
    public CancelResult cancelVisit(String offenderNo, long visitId, String outcome) {
        HttpReply reply = http.put(new CancelVisitRequest(outcome), "prisoners", offenderNo, "visits",
                Long.toString(visitId), "cancel");
        return CancelReplies.asCancelResult(reply);
    }

    @Override
    public Optional<NomisVisit> findVisit(long visitId) {
        return http.find(VisitResponse.class, VisitResponse::toDomain, "visits", Long.toString(visitId));
    }

    @Override
    public VisitsMigrationPage findVisitIds(VisitsMigrationFilter filter, int page, int size) {
        Map<String, List<String>> query = filterQuery(filter);
        query.put("ignoreMissingRoom", List.of(Boolean.toString(filter.ignoreMissingRoom())));
        query.put("page", List.of(Integer.toString(page)));
        query.put("size", List.of(Integer.toString(size)));
        return http.fetch(query, PageVisitIdResponse.class, PageVisitIdResponse::toDomain, "visits", "ids");
    }

    @Override
    public List<VisitRoomUsage> roomUsage(VisitsMigrationFilter filter) {
        Map<String, List<String>> query = filterQuery(filter);
        query.put("futureVisitsOnly", List.of("true"));
        return http.fetch(query, VisitRoomCountResponse[].class, rooms -> {
            List<VisitRoomUsage> usage = new ArrayList<>();
            for (VisitRoomCountResponse room : rooms) {
                usage.add(new VisitRoomUsage(room.prisonId(), room.agencyInternalLocationDescription(),
                        room.count() == null ? 0 : room.count(), null));
            }
            return usage;
        }, "visits", "rooms", "usage-count");
    }

    @Override
    public Optional<VisitsMigrationSource> findVisitForMigration(long visitId) {
        return http.find(VisitResponse.class, VisitResponse::toMigrationSource, "visits", Long.toString(visitId));
    }

    /** The filter as NOMIS's query parameters; absent values are left out (NOMIS then does not filter on them). */
    private static Map<String, List<String>> filterQuery(VisitsMigrationFilter filter) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("prisonIds", filter.prisonIds());
        query.put("visitTypes", filter.visitTypes());
        if (filter.fromDateTime() != null) {
            query.put("fromDateTime", List.of(filter.fromDateTime().toString()));
        }
        if (filter.toDateTime() != null) {
            query.put("toDateTime", List.of(filter.toDateTime().toString()));
        }
        return query;
    }

    private record VisitIdResponse(Long visitId) {
    }

    private record PageVisitIdResponse(List<VisitIdResponse> content, Long totalElements) {
        VisitsMigrationPage toDomain() {
            List<Long> ids = content == null ? List.of()
                    : content.stream().map(VisitIdResponse::visitId).map(id -> Objects.requireNonNull(id, "visitId"))
                    .toList();
            return new VisitsMigrationPage(ids, Objects.requireNonNull(totalElements, "totalElements"));
        }
    }

    private record VisitRoomCountResponse(String agencyInternalLocationDescription, Long count, String prisonId) {
    }

    /** {@code ErrorResponse.moreInfo} as a visit id; NOMIS has sent it both as a JSON number and as a string. */
    private Long existingVisitId(HttpReply reply) {
        ErrorResponse error;
        try {
            error = http.read(reply, ErrorResponse.class, e -> e);
        } catch (UpstreamUnavailable unreadable) {
            return null;
        }
        JsonNode moreInfo = error.moreInfo();
        if (moreInfo == null) {
            return null;
        }
        if (moreInfo.isIntegralNumber()) {
            return moreInfo.asLong();
        }
        if (moreInfo.isTextual()) {
            OptionalLong id = Ids.parsePositiveLong(moreInfo.asText().trim());
            return id.isPresent() ? id.getAsLong() : null;
        }
        return null;
    }

    private record CreateVisitRequest(LocalDateTime startDateTime, String endTime, String prisonId,
                                      List<Long> visitorPersonIds, String visitType, LocalDate issueDate,
                                      String visitComment, String visitOrderComment, String room,
                                      String openClosedStatus) {
        static CreateVisitRequest of(NomisVisitRequest r) {
            return new CreateVisitRequest(r.startDateTime(), r.endTime(), r.prisonId(), r.visitorPersonIds(),
                    r.visitType(), r.issueDate(), r.visitComment(), r.visitOrderComment(), r.room(),
                    r.openClosedStatus());
        }
    }

    private record CreateVisitResponse(Long visitId) {
    }

    private record UpdateVisitRequest(LocalDateTime startDateTime, String endTime, List<Long> visitorPersonIds,
                                      String room, String openClosedStatus, String visitComment) {
        static UpdateVisitRequest of(NomisVisitRequest r) {
            return new UpdateVisitRequest(r.startDateTime(), r.endTime(), r.visitorPersonIds(), r.room(),
                    r.openClosedStatus(), r.visitComment());
        }
    }

    private record CancelVisitRequest(String outcome) {
    }

    private record ErrorResponse(Integer status, String userMessage, JsonNode moreInfo) {
    }

    private record CodeDescription(String code, String description) {
    }

    private record Visitor(Long personId, Boolean leadVisitor) {
    }

    private record LeadVisitor(Long personId, String fullName, List<String> telephones) {
    }

    private record VisitResponse(Long visitId, String offenderNo, LocalDateTime startDateTime,
                                 LocalDateTime endDateTime, String prisonId, List<Visitor> visitors,
                                 LeadVisitor leadVisitor, CodeDescription visitType, CodeDescription visitStatus,
                                 CodeDescription visitOutcome, CodeDescription agencyInternalLocation,
                                 String commentText, String visitorConcernText, LocalDateTime whenCreated,
                                 LocalDateTime whenUpdated, String createUserId, String modifyUserId) {
        NomisVisit toDomain() {
            List<Long> personIds = visitors == null ? List.of()
                    : visitors.stream().map(Visitor::personId).filter(Objects::nonNull).toList();
            return new NomisVisit(Objects.requireNonNull(visitId, "visitId"), offenderNo, prisonId, startDateTime, endDateTime, code(visitType),
                    code(visitStatus), code(visitOutcome),
                    agencyInternalLocation == null ? null : agencyInternalLocation.description(), commentText,
                    visitorConcernText, personIds, leadVisitor == null ? null : leadVisitor.personId(),
                    createUserId, modifyUserId, whenCreated, whenUpdated);
        }

        /** The visit, and the lead visitor's name and first (latest) telephone for DPS's visit contact. */
        VisitsMigrationSource toMigrationSource() {
            String telephone = leadVisitor == null || leadVisitor.telephones() == null
                    || leadVisitor.telephones().isEmpty() ? null : leadVisitor.telephones().get(0);
            return new VisitsMigrationSource(toDomain(), leadVisitor == null ? null : leadVisitor.fullName(),
                    telephone);
        }

        private static String code(CodeDescription value) {
            return value == null ? null : value.code();
        }
    }
}
