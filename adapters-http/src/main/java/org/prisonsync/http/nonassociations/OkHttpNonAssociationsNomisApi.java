package org.prisonsync.http.nonassociations;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.prisonsync.core.nonassociations.NomisNonAssociation;
import org.prisonsync.core.nonassociations.NomisNonAssociationId;
import org.prisonsync.core.nonassociations.NomisNonAssociationRequest;
import org.prisonsync.core.nonassociations.NonAssociationPair;
import org.prisonsync.core.nonassociations.NonAssociationsNomisApi;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/** {@link NonAssociationsNomisApi} over the NOMIS prisoner API's non-association endpoints. */
final class OkHttpNonAssociationsNomisApi implements NonAssociationsNomisApi {
    private final JsonHttp http;

    OkHttpNonAssociationsNomisApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public int create(NomisNonAssociationRequest r) {
        HttpReply reply = http.post(new CreateDto(r.offenderNo(), r.nsOffenderNo(), r.reason(), r.recipReason(),
                r.type(), r.authorisedBy(), r.effectiveDate(), r.comment()), "non-associations");
        return http.readCreated(reply, CreatedDto.class, c -> Objects.requireNonNull(c.typeSequence(),
                "typeSequence"));
    }

    @Override
    public boolean amend(NomisNonAssociationId id, NomisNonAssociationRequest r) {
        return http.put(new UpdateDto(r.reason(), r.recipReason(), r.type(), r.authorisedBy(), r.effectiveDate(),
                r.expiryDate(), r.comment()), path(id)).written();
    }

    @Override
    public boolean close(NomisNonAssociationId id) {
        return http.put(Map.of(), path(id, "close")).written();
    }

    @Override
    public boolean delete(NomisNonAssociationId id) {
        return http.delete(path(id)).written();
    }

    @Override
    public Optional<NomisNonAssociation> find(NomisNonAssociationId id) {
        HttpReply reply = http.get(Map.of("typeSequence", List.of(Integer.toString(id.typeSequence()))),
                "non-associations", "offender", id.firstOffenderNo(), "ns-offender", id.secondOffenderNo());
        return switch (reply.status()) {
            case 200 -> Optional.of(http.read(reply, RecordDto.class, RecordDto::toDomain));
            case 404 -> Optional.empty();
            default -> throw reply.rejected();
        };
    }

    @Override
    public List<NomisNonAssociation> all(String offenderNo, String nsOffenderNo) {
        HttpReply reply = http.get("non-associations", "offender", offenderNo, "ns-offender", nsOffenderNo, "all");
        return switch (reply.status()) {
            case 200 -> http.read(reply, RecordDto[].class, all -> Arrays.stream(all).map(RecordDto::toDomain)
                    .toList());
            case 404 -> List.of();
            default -> throw reply.rejected();
        };
    }

    @Override
    public List<NonAssociationPair> onBooking(long bookingId) {
        return http.fetch(Map.of(), PairDto[].class, all -> Arrays.stream(all).map(PairDto::toDomain).toList(),
                "non-associations", "booking", Long.toString(bookingId));
    }

    @Override
    public PairPage pairs(int page, int size) {
        return http.fetch(Map.of("page", List.of(Integer.toString(page)), "size", List.of(Integer.toString(size))),
                PageDto.class, p -> new PairPage(p.content().stream().map(PairDto::toDomain).toList(),
                        Objects.requireNonNull(p.totalElements(), "totalElements")), "non-associations", "ids");
    }

    private static String[] path(NomisNonAssociationId id, String... more) {
        String[] base = {"non-associations", "offender", id.firstOffenderNo(), "ns-offender", id.secondOffenderNo(),
            "sequence", Integer.toString(id.typeSequence())};
        String[] all = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    /** {@code CreateNonAssociationRequest}. */
    private record CreateDto(String offenderNo, String nsOffenderNo, String reason, String recipReason, String type,
                             String authorisedBy, LocalDate effectiveDate, String comment) {
    }

    /** {@code UpdateNonAssociationRequest}. */
    private record UpdateDto(String reason, String recipReason, String type, String authorisedBy,
                             LocalDate effectiveDate, LocalDate expiryDate, String comment) {
    }

    /** {@code CreateNonAssociationResponse}. */
    private record CreatedDto(Integer typeSequence) {
    }

    /** {@code NonAssociationResponse}. */
    private record RecordDto(String offenderNo, String nsOffenderNo, Integer typeSequence, String reason,
                             String recipReason, String type, String authorisedBy, String updatedBy,
                             LocalDate effectiveDate, LocalDate expiryDate, String comment) {
        NomisNonAssociation toDomain() {
            return new NomisNonAssociation(offenderNo, nsOffenderNo,
                    Objects.requireNonNull(typeSequence, "typeSequence"), reason, recipReason, type, authorisedBy,
                    updatedBy, effectiveDate, expiryDate, comment);
        }
    }

    /** {@code NonAssociationIdResponse}. */
    private record PairDto(String offenderNo1, String offenderNo2) {
        NonAssociationPair toDomain() {
            return NonAssociationPair.of(Objects.requireNonNull(offenderNo1, "offenderNo1"),
                    Objects.requireNonNull(offenderNo2, "offenderNo2"));
        }
    }

    /** {@code PageNonAssociationIdResponse}. */
    private record PageDto(List<PairDto> content, Long totalElements) {
        PageDto {
            content = content == null ? List.of() : content;
        }
    }
}
