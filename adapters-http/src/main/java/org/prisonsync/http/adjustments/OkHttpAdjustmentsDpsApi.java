package org.prisonsync.http.adjustments;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.adjustments.AdjustmentsDpsApi;
import org.prisonsync.core.adjustments.LegacyAdjustment;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/**
 * {@link AdjustmentsDpsApi} over the DPS adjustments API's legacy endpoints ({@code /legacy/adjustments}), every call
 * with {@code Content-Type: application/vnd.nomis-offence+json} as the API requires.
 */
final class OkHttpAdjustmentsDpsApi implements AdjustmentsDpsApi {
    static final String LEGACY_CONTENT_TYPE = "application/vnd.nomis-offence+json";
    private static final Map<String, String> HEADERS = Map.of("Content-Type", LEGACY_CONTENT_TYPE);

    private final JsonHttp http;

    OkHttpAdjustmentsDpsApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public Optional<LegacyAdjustment> find(String adjustmentId) {
        HttpReply reply = http.call("GET", null, HEADERS, "legacy", "adjustments", adjustmentId);
        if (reply.status() == 404) {
            return Optional.empty();
        }
        if (reply.status() != 200) {
            throw reply.rejected();
        }
        return Optional.of(http.read(reply, LegacyDto.class, LegacyDto::toDomain));
    }

    @Override
    public String create(LegacyAdjustment adjustment) {
        HttpReply reply = http.call("POST", LegacyDto.of(adjustment), HEADERS, "legacy", "adjustments");
        return http.readCreated(reply, CreatedDto.class, CreatedDto::toDomain);
    }

    @Override
    public boolean update(String adjustmentId, LegacyAdjustment adjustment) {
        return http.call("PUT", LegacyDto.of(adjustment), HEADERS, "legacy", "adjustments", adjustmentId).written();
    }

    @Override
    public boolean delete(String adjustmentId) {
        return http.call("DELETE", null, HEADERS, "legacy", "adjustments", adjustmentId).written();
    }

    @Override
    public List<String> adjustmentIds(String offenderNo) {
        HttpReply reply = http.get(Map.of("person", List.of(offenderNo)), "adjustments");
        if (reply.status() == 404 || reply.status() == 422) {
            return List.of();
        }
        if (reply.status() != 200) {
            throw reply.rejected();
        }
        return http.read(reply, AdjustmentDto[].class, all -> Arrays.stream(all).map(AdjustmentDto::toDomain)
                .toList());
    }

    /** {@code AdjustmentDto}: only its id is read; the rest is read in NOMIS's shape by {@link #find}. */
    private record AdjustmentDto(String id) {
        String toDomain() {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("an adjustment without its id");
            }
            return id;
        }
    }

    /** {@code LegacyAdjustment}. */
    private record LegacyDto(Long bookingId, Integer sentenceSequence, String offenderNo, String adjustmentType,
                             LocalDate adjustmentDate, LocalDate adjustmentFromDate, Integer adjustmentDays,
                             String comment, Boolean active, Boolean bookingReleased, String agencyId,
                             Boolean currentTerm) {
        static LegacyDto of(LegacyAdjustment a) {
            return new LegacyDto(a.bookingId(), a.sentenceSequence(), a.offenderNo(), a.adjustmentType(),
                    a.adjustmentDate(), a.adjustmentFromDate(), a.adjustmentDays(), a.comment(), a.active(),
                    a.bookingReleased(), a.agencyId(), a.currentTerm());
        }

        LegacyAdjustment toDomain() {
            if (bookingId == null || adjustmentDays == null || active == null) {
                throw new IllegalArgumentException("a legacy adjustment without its booking, days or active flag");
            }
            return new LegacyAdjustment(bookingId, sentenceSequence, offenderNo, adjustmentType, adjustmentDate,
                    adjustmentFromDate, adjustmentDays, comment, active, Boolean.TRUE.equals(bookingReleased),
                    agencyId, Boolean.TRUE.equals(currentTerm));
        }
    }

    /** {@code LegacyAdjustmentCreatedResponse}. */
    private record CreatedDto(String adjustmentId) {
        String toDomain() {
            if (adjustmentId == null || adjustmentId.isBlank()) {
                throw new IllegalArgumentException("no adjustmentId");
            }
            return adjustmentId;
        }
    }
}
