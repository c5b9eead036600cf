package org.prisonsync.http.adjustments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.adjustments.AdjustmentCategory;
import org.prisonsync.core.adjustments.AdjustmentsNomisApi;
import org.prisonsync.core.adjustments.NomisAdjustment;
import org.prisonsync.core.adjustments.NomisAdjustmentId;
import org.prisonsync.core.adjustments.NomisAdjustmentRequest;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/**
 * {@link AdjustmentsNomisApi} over the NOMIS prisoner API: {@code /prisoners/booking-id/{bookingId}/…adjustments},
 * {@code /sentence-adjustments/{id}}, {@code /key-date-adjustments/{id}} and
 * {@code /prisoners/booking-id/{bookingId}/sentencing-adjustments?active-only=}.
 */
final class OkHttpAdjustmentsNomisApi implements AdjustmentsNomisApi {
    private final JsonHttp http;

    OkHttpAdjustmentsNomisApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public NomisAdjustmentId createSentenceAdjustment(long bookingId, long sentenceSequence,
                                                      NomisAdjustmentRequest request) {
        HttpReply reply = http.post(CreateDto.of(request), "prisoners", "booking-id", Long.toString(bookingId),
                "sentences", Long.toString(sentenceSequence), "adjustments");
        return NomisAdjustmentId.sentence(http.readCreated(reply, CreatedDto.class, CreatedDto::toDomain));
    }

    @Override
    public NomisAdjustmentId createKeyDateAdjustment(long bookingId, NomisAdjustmentRequest request) {
        HttpReply reply = http.post(CreateDto.of(request), "prisoners", "booking-id", Long.toString(bookingId),
                "adjustments");
        return NomisAdjustmentId.keyDate(http.readCreated(reply, CreatedDto.class, CreatedDto::toDomain));
    }

    @Override
    public boolean update(NomisAdjustmentId id, NomisAdjustmentRequest request) {
        Object body = id.category() == AdjustmentCategory.SENTENCE ? UpdateSentenceDto.of(request)
                : CreateDto.of(request);
        return http.put(body, path(id), Long.toString(id.id())).written();
    }

    @Override
    public void delete(NomisAdjustmentId id) {
        HttpReply reply = http.delete(path(id), Long.toString(id.id()));
        if (reply.status() != 204 && reply.status() != 200 && reply.status() != 404) {
            throw reply.rejected();
        }
    }

    @Override
    public Optional<NomisAdjustment> find(NomisAdjustmentId id) {
        return http.find(AdjustmentDto.class, dto -> dto.toDomain(id.category()), path(id), Long.toString(id.id()));
    }

    @Override
    public List<NomisAdjustment> bookingAdjustments(long bookingId, boolean activeOnly) {
        return http.fetch(Map.of("active-only", List.of(Boolean.toString(activeOnly))), BookingDto.class,
                BookingDto::toDomain, "prisoners", "booking-id", Long.toString(bookingId), "sentencing-adjustments");
    }

    private static String path(NomisAdjustmentId id) {
        return id.category() == AdjustmentCategory.SENTENCE ? "sentence-adjustments" : "key-date-adjustments";
    }

    /** {@code CreateSentenceAdjustmentRequest}, {@code CreateKeyDateAdjustmentRequest} and the key-date update. */
    private record CreateDto(String adjustmentTypeCode, LocalDate adjustmentDate, LocalDate adjustmentFromDate,
                             long adjustmentDays, String comment, Boolean active) {
        static CreateDto of(NomisAdjustmentRequest r) {
            return new CreateDto(r.adjustmentTypeCode(), r.adjustmentDate(), r.adjustmentFromDate(),
                    r.adjustmentDays(), r.comment(), r.active());
        }
    }

    /** {@code UpdateSentenceAdjustmentRequest} (its {@code sentenceSequence} is required). */
    private record UpdateSentenceDto(String adjustmentTypeCode, LocalDate adjustmentDate,
                                     LocalDate adjustmentFromDate, long adjustmentDays, String comment,
                                     Boolean active, Long sentenceSequence) {
        static UpdateSentenceDto of(NomisAdjustmentRequest r) {
            if (r.sentenceSequence() == null) {
                throw new IllegalArgumentException("a sentence adjustment update names its sentence sequence");
            }
            return new UpdateSentenceDto(r.adjustmentTypeCode(), r.adjustmentDate(), r.adjustmentFromDate(),
                    r.adjustmentDays(), r.comment(), r.active(), r.sentenceSequence());
        }
    }

    /** {@code CreateAdjustmentResponse}. */
    private record CreatedDto(Long id) {
        long toDomain() {
            if (id == null || id < 1) {
                throw new IllegalArgumentException("no id");
            }
            return id;
        }
    }

    private record TypeDto(String code, String description) {
    }

    /** {@code SentenceAdjustmentResponse} and {@code KeyDateAdjustmentResponse} (the latter without a sentence). */
    private record AdjustmentDto(Long id, Long bookingId, Integer bookingSequence, Boolean hasBeenReleased,
                                 String prisonId, String offenderNo, Long sentenceSequence, TypeDto adjustmentType,
                                 LocalDate adjustmentDate, LocalDate adjustmentFromDate, LocalDate adjustmentToDate,
                                 Long adjustmentDays, String comment, Boolean active, Boolean hiddenFromUsers) {
        NomisAdjustment toDomain(AdjustmentCategory category) {
            if (id == null || bookingId == null || bookingSequence == null || adjustmentType == null
                    || adjustmentDays == null || active == null) {
                throw new IllegalArgumentException("an adjustment without its id, booking, type, days or active flag");
            }
            return new NomisAdjustment(new NomisAdjustmentId(category, id), bookingId, bookingSequence, offenderNo,
                    category == AdjustmentCategory.SENTENCE ? sentenceSequence : null, adjustmentType.code(),
                    adjustmentDate, adjustmentFromDate, adjustmentDays, comment, active,
                    Boolean.TRUE.equals(hasBeenReleased), prisonId, Boolean.TRUE.equals(hiddenFromUsers));
        }
    }

    /** {@code SentencingAdjustmentsResponse}. */
    private record BookingDto(List<AdjustmentDto> sentenceAdjustments, List<AdjustmentDto> keyDateAdjustments) {
        List<NomisAdjustment> toDomain() {
            if (sentenceAdjustments == null || keyDateAdjustments == null) {
                throw new IllegalArgumentException("sentenceAdjustments and keyDateAdjustments are required");
            }
            List<NomisAdjustment> all = new ArrayList<>();
            sentenceAdjustments.forEach(a -> all.add(a.toDomain(AdjustmentCategory.SENTENCE)));
            keyDateAdjustments.forEach(a -> all.add(a.toDomain(AdjustmentCategory.KEY_DATE)));
            return all;
        }
    }
}
