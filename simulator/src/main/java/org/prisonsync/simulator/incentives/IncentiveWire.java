package org.prisonsync.simulator.incentives;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The incentives API's and the NOMIS prisoner API's JSON for incentives, field names as their OpenAPI documents. */
final class IncentiveWire {
    static final String IEP_LEVEL_DOMAIN = "IEP_LEVEL";

    private IncentiveWire() {
    }

    // ---- DPS ----

    /** {@code IncentiveReviewDetail}. */
    static Map<String, Object> reviewDetail(DpsReview r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", r.id());
        body.put("iepLevel", r.iepLevel());
        body.put("iepCode", r.iepCode());
        body.put("comments", r.comments());
        body.put("prisonerNumber", r.prisonerNumber());
        body.put("bookingId", r.bookingId());
        body.put("iepDate", r.iepTime().toLocalDate());
        body.put("iepTime", r.iepTime());
        body.put("agencyId", r.agencyId());
        body.put("userId", r.userId());
        body.put("reviewType", r.reviewType());
        body.put("auditModuleName", r.auditModuleName());
        body.put("isRealReview", r.isRealReview());
        return body;
    }

    /** {@code IncentiveReviewSummary}: the current review's fields, then every review (current first). */
    static Map<String, Object> reviewSummary(List<DpsReview> currentFirst, Clock clock) {
        DpsReview current = currentFirst.get(0);
        LocalDate reviewed = current.iepTime().toLocalDate();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", current.id());
        body.put("iepCode", current.iepCode());
        body.put("iepLevel", current.iepLevel());
        body.put("prisonerNumber", current.prisonerNumber());
        body.put("bookingId", current.bookingId());
        body.put("iepDate", reviewed);
        body.put("iepTime", current.iepTime());
        body.put("iepDetails", currentFirst.stream().map(IncentiveWire::reviewDetail).toList());
        body.put("nextReviewDate", reviewed.plusYears(1));
        body.put("daysSinceReview", ChronoUnit.DAYS.between(reviewed, LocalDate.now(clock)));
        return body;
    }

    /** {@code IncentiveLevel}. */
    static Map<String, Object> level(IncentiveLevel l) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", l.code());
        body.put("name", l.name());
        body.put("active", l.active());
        body.put("required", l.required());
        return body;
    }

    /** {@code PrisonIncentiveLevel}. */
    static Map<String, Object> dpsPrisonLevel(PrisonLevel p, String levelName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("levelCode", p.levelCode());
        body.put("levelName", levelName);
        body.put("prisonId", p.prisonId());
        body.put("active", p.active());
        body.put("defaultOnAdmission", p.defaultOnAdmission());
        body.put("remandTransferLimitInPence", p.remandTransferLimitInPence());
        body.put("remandSpendLimitInPence", p.remandSpendLimitInPence());
        body.put("convictedTransferLimitInPence", p.convictedTransferLimitInPence());
        body.put("convictedSpendLimitInPence", p.convictedSpendLimitInPence());
        body.put("visitOrders", p.visitOrders());
        body.put("privilegedVisitOrders", p.privilegedVisitOrders());
        return body;
    }

    // ---- NOMIS ----

    /** {@code IncentiveResponse}. */
    static Map<String, Object> iep(NomisIep i, boolean current, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("offenderNo", i.offenderNo());
        body.put("bookingId", i.bookingId());
        body.put("incentiveSequence", i.sequence());
        body.put("commentText", i.commentText());
        body.put("iepDateTime", i.iepDateTime());
        body.put("prisonId", i.prisonId());
        body.put("iepLevel", Map.of("code", i.levelCode(), "description", description));
        body.put("userId", i.userId());
        body.put("currentIep", current);
        body.put("auditModule", i.auditModule());
        body.put("whenCreated", i.whenCreated());
        body.put("whenUpdated", null);
        return body;
    }

    /** {@code ReferenceCode}. */
    static Map<String, Object> referenceCode(NomisLevelCode c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", c.code());
        body.put("domain", IEP_LEVEL_DOMAIN);
        body.put("description", c.description());
        body.put("active", c.active());
        body.put("sequence", c.sequence());
        body.put("parentCode", null);
        body.put("expiredDate", c.expiredDate());
        body.put("systemDataFlag", false);
        return body;
    }

    /** {@code PrisonIncentiveLevelDataResponse}. */
    static Map<String, Object> nomisPrisonLevel(PrisonLevel p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("prisonId", p.prisonId());
        body.put("iepLevelCode", p.levelCode());
        body.put("visitOrderAllowance", p.visitOrders());
        body.put("privilegedVisitOrderAllowance", p.privilegedVisitOrders());
        body.put("defaultOnAdmission", p.defaultOnAdmission());
        body.put("remandTransferLimitInPence", p.remandTransferLimitInPence());
        body.put("remandSpendLimitInPence", p.remandSpendLimitInPence());
        body.put("convictedTransferLimitInPence", p.convictedTransferLimitInPence());
        body.put("convictedSpendLimitInPence", p.convictedSpendLimitInPence());
        body.put("active", p.active());
        body.put("expiryDate", null);
        body.put("visitAllowanceActive", p.visitOrders() != null);
        body.put("visitAllowanceExpiryDate", null);
        return body;
    }
}
