package org.prisonsync.http.nonassociations;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.prisonsync.core.nonassociations.DpsNonAssociation;
import org.prisonsync.core.nonassociations.LegacyNonAssociation;
import org.prisonsync.core.nonassociations.NonAssociationsDpsApi;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/** {@link NonAssociationsDpsApi} over the DPS non-associations API. */
final class OkHttpNonAssociationsDpsApi implements NonAssociationsDpsApi {
    private static final Map<String, List<String>> WITH_CLOSED = Map.of("includeClosed", List.of("true"));

    private final JsonHttp http;

    OkHttpNonAssociationsDpsApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public Optional<LegacyNonAssociation> find(long id) {
        return http.find(LegacyDto.class, LegacyDto::toDomain, "legacy", "api", "non-associations",
                Long.toString(id));
    }

    @Override
    public List<DpsNonAssociation> between(String prisonerNumber, String otherPrisonerNumber) {
        return listed("between", List.of(prisonerNumber, otherPrisonerNumber));
    }

    @Override
    public List<DpsNonAssociation> involving(List<String> prisonerNumbers) {
        return listed("involving", prisonerNumbers);
    }

    @Override
    public Page page(int page, int size) {
        return http.fetch(Map.of("includeClosed", List.of("true"), "page", List.of(Integer.toString(page)),
                        "size", List.of(Integer.toString(size)), "sort", List.of("id,ASC")), PageDto.class,
                p -> new Page(p.content().stream().map(NonAssociationDto::toDomain).toList(),
                        Objects.requireNonNull(p.totalElements(), "totalElements")), "non-associations");
    }

    private List<DpsNonAssociation> listed(String which, List<String> prisoners) {
        HttpReply reply = http.post(WITH_CLOSED, prisoners, "non-associations", which);
        if (reply.status() != 200) {
            throw reply.rejected();
        }
        return http.read(reply, NonAssociationDto[].class, all -> Arrays.stream(all)
                .map(NonAssociationDto::toDomain).sorted(java.util.Comparator.comparingLong(DpsNonAssociation::id))
                .toList());
    }

    /** {@code LegacyNonAssociationOtherPrisonerDetails}. */
    private record OtherDto(String offenderNo, String reasonCode) {
    }

    /** {@code LegacyNonAssociation}. */
    private record LegacyDto(Long id, String offenderNo, String reasonCode, String typeCode,
                             LocalDateTime effectiveDate, LocalDateTime expiryDate, String authorisedBy,
                             String comments, OtherDto offenderNonAssociation) {
        LegacyNonAssociation toDomain() {
            Objects.requireNonNull(offenderNonAssociation, "offenderNonAssociation");
            return new LegacyNonAssociation(Objects.requireNonNull(id, "id"), offenderNo, reasonCode, typeCode,
                    effectiveDate, expiryDate, authorisedBy, comments, offenderNonAssociation.offenderNo(),
                    offenderNonAssociation.reasonCode());
        }
    }

    /** {@code NonAssociation}. */
    private record NonAssociationDto(Long id, String firstPrisonerNumber, String firstPrisonerRole,
                                     String secondPrisonerNumber, String secondPrisonerRole, String reason,
                                     String restrictionType, String comment, String authorisedBy,
                                     LocalDateTime whenCreated, LocalDateTime whenUpdated, String updatedBy,
                                     Boolean isClosed, LocalDateTime closedAt) {
        DpsNonAssociation toDomain() {
            return new DpsNonAssociation(Objects.requireNonNull(id, "id"), firstPrisonerNumber, firstPrisonerRole,
                    secondPrisonerNumber, secondPrisonerRole, reason, restrictionType, comment, authorisedBy,
                    whenCreated, whenUpdated, updatedBy, Boolean.TRUE.equals(isClosed), closedAt);
        }
    }

    /** {@code PageNonAssociation}. */
    private record PageDto(List<NonAssociationDto> content, Long totalElements) {
        PageDto {
            content = content == null ? List.of() : content;
        }
    }
}
