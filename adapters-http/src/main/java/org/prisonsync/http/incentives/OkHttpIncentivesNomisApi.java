package org.prisonsync.http.incentives;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.prisonsync.core.incentives.IncentivesNomisApi;
import org.prisonsync.core.incentives.NomisIncentive;
import org.prisonsync.core.incentives.NomisIncentiveId;
import org.prisonsync.core.incentives.NomisIncentiveLevel;
import org.prisonsync.core.incentives.NomisIncentiveRequest;
import org.prisonsync.core.incentives.NomisPrisonIncentiveLevel;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/** {@link IncentivesNomisApi} over the NOMIS prisoner API's incentive endpoints. */
final class OkHttpIncentivesNomisApi implements IncentivesNomisApi {
    private final JsonHttp http;

    OkHttpIncentivesNomisApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public NomisIncentiveId createIncentive(String prisonNumber, NomisIncentiveRequest request) {
        HttpReply reply = http.post(CreateIncentiveDto.of(request), "prisoners", prisonNumber, "incentives");
        // a 404 is rejected: an unknown prisoner, or one without bookings
        return http.readCreated(reply, CreatedDto.class, CreatedDto::toDomain);
    }

    @Override
    public Optional<NomisIncentive> findIncentive(NomisIncentiveId id) {
        return http.find(IncentiveDto.class, IncentiveDto::toDomain, "incentives", "booking-id",
                Long.toString(id.bookingId()), "incentive-sequence", Long.toString(id.sequence()));
    }

    @Override
    public Optional<NomisIncentive> currentIncentive(long bookingId) {
        return http.find(IncentiveDto.class, IncentiveDto::toDomain, "incentives", "booking-id",
                Long.toString(bookingId), "current");
    }

    @Override
    public Optional<NomisIncentiveLevel> findLevel(String code) {
        return http.find(ReferenceCodeDto.class, ReferenceCodeDto::toDomain, "incentives", "reference-codes", code);
    }

    @Override
    public void createLevel(NomisIncentiveLevel level) {
        succeeded(http.post(new CreateLevelDto(level.code(), level.description(), level.active()),
                "incentives", "reference-codes"));
    }

    @Override
    public boolean updateLevel(NomisIncentiveLevel level) {
        return updated(http.put(new UpdateLevelDto(level.description(), level.active()),
                "incentives", "reference-codes", level.code()));
    }

    @Override
    public void reorderLevels(List<String> codes) {
        succeeded(http.post(new ReorderDto(codes), "incentives", "reference-codes", "reorder"));
    }

    @Override
    public Optional<NomisPrisonIncentiveLevel> findPrisonLevel(String prisonId, String levelCode) {
        return http.find(PrisonLevelDto.class, PrisonLevelDto::toDomain, "incentives", "prison", prisonId, "code",
                levelCode);
    }

    @Override
    public void createPrisonLevel(NomisPrisonIncentiveLevel level) {
        succeeded(http.post(CreatePrisonLevelDto.of(level), "incentives", "prison", level.prisonId()));
    }

    @Override
    public boolean updatePrisonLevel(NomisPrisonIncentiveLevel level) {
        return updated(http.put(UpdatePrisonLevelDto.of(level), "incentives", "prison", level.prisonId(), "code",
                level.levelCode()));
    }

    private static void succeeded(HttpReply reply) {
        if (reply.status() < 200 || reply.status() > 299) {
            throw reply.rejected();
        }
    }

    private static boolean updated(HttpReply reply) {
        if (reply.status() == 404) {
            return false;
        }
        succeeded(reply);
        return true;
    }

    /** {@code CreateIncentiveRequest}: {@code iepLevel} carries the level code. */
    private record CreateIncentiveDto(String iepLevel, String comments, LocalDateTime iepDateTime, String prisonId,
                                      String userId) {
        static CreateIncentiveDto of(NomisIncentiveRequest r) {
            return new CreateIncentiveDto(r.iepLevel(), r.comments(), r.iepDateTime(), r.prisonId(), r.userId());
        }
    }

    /** {@code CreateIncentiveResponse}. */
    private record CreatedDto(Long bookingId, Long sequence) {
        NomisIncentiveId toDomain() {
            if (bookingId == null || sequence == null) {
                throw new IllegalArgumentException("no bookingId or sequence");
            }
            return new NomisIncentiveId(bookingId, sequence);
        }
    }

    private record CodeDescriptionDto(String code, String description) {
    }

    /** {@code IncentiveResponse}. */
    private record IncentiveDto(String offenderNo, Long bookingId, Long incentiveSequence, String commentText,
                                LocalDateTime iepDateTime, String prisonId, CodeDescriptionDto iepLevel,
                                String userId, Boolean currentIep, String auditModule, LocalDateTime whenCreated) {
        NomisIncentive toDomain() {
            if (bookingId == null || incentiveSequence == null || iepLevel == null) {
                throw new IllegalArgumentException("an IEP without its booking, sequence or level");
            }
            return new NomisIncentive(new NomisIncentiveId(bookingId, incentiveSequence), offenderNo, iepLevel.code(),
                    iepLevel.description(), iepDateTime, prisonId, commentText, userId,
                    Boolean.TRUE.equals(currentIep), auditModule, whenCreated);
        }
    }

    /** {@code ReferenceCode} of domain {@code IEP_LEVEL}. */
    private record ReferenceCodeDto(String code, String description, Boolean active) {
        NomisIncentiveLevel toDomain() {
            return new NomisIncentiveLevel(code, description, Boolean.TRUE.equals(active));
        }
    }

    /** {@code CreateGlobalIncentiveRequest}. */
    private record CreateLevelDto(String code, String description, boolean active) {
    }

    /** {@code UpdateGlobalIncentiveRequest}. */
    private record UpdateLevelDto(String description, boolean active) {
    }

    /** {@code ReorderRequest}. */
    private record ReorderDto(List<String> codeList) {
    }

    /** {@code PrisonIncentiveLevelDataResponse}. */
    private record PrisonLevelDto(String prisonId, String iepLevelCode, Boolean active, Boolean defaultOnAdmission,
                                  Integer visitOrderAllowance, Integer privilegedVisitOrderAllowance,
                                  Integer remandTransferLimitInPence, Integer remandSpendLimitInPence,
                                  Integer convictedTransferLimitInPence, Integer convictedSpendLimitInPence) {
        NomisPrisonIncentiveLevel toDomain() {
            return new NomisPrisonIncentiveLevel(prisonId, iepLevelCode, Boolean.TRUE.equals(active),
                    Boolean.TRUE.equals(defaultOnAdmission), visitOrderAllowance, privilegedVisitOrderAllowance,
                    remandTransferLimitInPence, remandSpendLimitInPence, convictedTransferLimitInPence,
                    convictedSpendLimitInPence);
        }
    }

    /** {@code CreatePrisonIncentiveRequest}. */
    private record CreatePrisonLevelDto(String levelCode, boolean active, boolean defaultOnAdmission,
                                        Integer visitOrderAllowance, Integer privilegedVisitOrderAllowance,
                                        Integer remandTransferLimitInPence, Integer remandSpendLimitInPence,
                                        Integer convictedTransferLimitInPence,
                                        Integer convictedSpendLimitInPence) {
        static CreatePrisonLevelDto of(NomisPrisonIncentiveLevel l) {
            return new CreatePrisonLevelDto(l.levelCode(), l.active(), l.defaultOnAdmission(),
                    l.visitOrderAllowance(), l.privilegedVisitOrderAllowance(), l.remandTransferLimitInPence(),
                    l.remandSpendLimitInPence(), l.convictedTransferLimitInPence(), l.convictedSpendLimitInPence());
        }
    }

    /** {@code UpdatePrisonIncentiveRequest}. */
    private record UpdatePrisonLevelDto(boolean active, boolean defaultOnAdmission, Integer visitOrderAllowance,
                                        Integer privilegedVisitOrderAllowance, Integer remandTransferLimitInPence,
                                        Integer remandSpendLimitInPence, Integer convictedTransferLimitInPence,
                                        Integer convictedSpendLimitInPence) {
        static UpdatePrisonLevelDto of(NomisPrisonIncentiveLevel l) {
            return new UpdatePrisonLevelDto(l.active(), l.defaultOnAdmission(), l.visitOrderAllowance(),
                    l.privilegedVisitOrderAllowance(), l.remandTransferLimitInPence(), l.remandSpendLimitInPence(),
                    l.convictedTransferLimitInPence(), l.convictedSpendLimitInPence());
        }
    }
}
