package org.prisonsync.http.incentives;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.incentives.IncentiveLevel;
import org.prisonsync.core.incentives.IncentiveReview;
import org.prisonsync.core.incentives.IncentivesDpsApi;
import org.prisonsync.core.incentives.PrisonIncentiveLevel;
import org.prisonsync.http.internal.JsonHttp;

/** {@link IncentivesDpsApi} over the DPS incentives API. */
final class OkHttpIncentivesDpsApi implements IncentivesDpsApi {
    private final JsonHttp http;

    OkHttpIncentivesDpsApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public Optional<IncentiveReview> findReview(long id) {
        return http.find(ReviewDto.class, ReviewDto::toDomain, "incentive-reviews", "id", Long.toString(id));
    }

    @Override
    public Optional<IncentiveReview> currentReview(String prisonerNumber) {
        return http.find(SummaryDto.class, SummaryDto::current, "incentive-reviews", "prisoner", prisonerNumber);
    }

    @Override
    public Optional<IncentiveLevel> findLevel(String code) {
        return http.find(LevelDto.class, LevelDto::toDomain, "incentive", "levels", code);
    }

    @Override
    public List<IncentiveLevel> levels() {
        return http.fetch(Map.of("with-inactive", List.of("true")), LevelDto[].class,
                levels -> Arrays.stream(levels).map(LevelDto::toDomain).toList(), "incentive", "levels");
    }

    @Override
    public Optional<PrisonIncentiveLevel> findPrisonLevel(String prisonId, String levelCode) {
        return http.find(PrisonLevelDto.class, PrisonLevelDto::toDomain, "incentive", "prison-levels", prisonId,
                "level", levelCode);
    }

    /** {@code IncentiveReviewDetail}. */
    private record ReviewDto(Long id, String prisonerNumber, Long bookingId, String iepCode, String iepLevel,
                             LocalDate iepDate, LocalDateTime iepTime, String agencyId, String comments,
                             String userId, String reviewType, String auditModuleName) {
        IncentiveReview toDomain() {
            if (id == null || bookingId == null) {
                throw new IllegalArgumentException("a review without its id or booking id");
            }
            return new IncentiveReview(id, prisonerNumber, bookingId, iepCode, iepLevel, iepDate, iepTime, agencyId,
                    comments, userId, reviewType, auditModuleName);
        }
    }

    /**
     * {@code IncentiveReviewSummary}: the current review's id heads the prisoner's history ({@code iepDetails},
     * latest first), whose entry carries what the summary lacks (prison, comments, reviewer).
     */
    private record SummaryDto(Long id, List<ReviewDto> iepDetails) {
        IncentiveReview current() {
            if (iepDetails == null || iepDetails.isEmpty()) {
                throw new IllegalArgumentException("a review summary without its reviews");
            }
            return iepDetails.stream().filter(d -> d.id() != null && d.id().equals(id)).findFirst()
                    .orElse(iepDetails.get(0)).toDomain();
        }
    }

    /** {@code IncentiveLevel}. */
    private record LevelDto(String code, String name, Boolean active, Boolean required) {
        IncentiveLevel toDomain() {
            return new IncentiveLevel(code, name, Boolean.TRUE.equals(active), Boolean.TRUE.equals(required));
        }
    }

    /** {@code PrisonIncentiveLevel}. */
    private record PrisonLevelDto(String prisonId, String levelCode, String levelName, Boolean active,
                                  Boolean defaultOnAdmission, Integer remandTransferLimitInPence,
                                  Integer remandSpendLimitInPence, Integer convictedTransferLimitInPence,
                                  Integer convictedSpendLimitInPence, Integer visitOrders,
                                  Integer privilegedVisitOrders) {
        PrisonIncentiveLevel toDomain() {
            if (remandTransferLimitInPence == null || remandSpendLimitInPence == null
                    || convictedTransferLimitInPence == null || convictedSpendLimitInPence == null
                    || visitOrders == null || privilegedVisitOrders == null) {
                throw new IllegalArgumentException("a prison level without its limits or allowances");
            }
            return new PrisonIncentiveLevel(prisonId, levelCode, levelName, Boolean.TRUE.equals(active),
                    Boolean.TRUE.equals(defaultOnAdmission), remandTransferLimitInPence, remandSpendLimitInPence,
                    convictedTransferLimitInPence, convictedSpendLimitInPence, visitOrders, privilegedVisitOrders);
        }
    }
}
