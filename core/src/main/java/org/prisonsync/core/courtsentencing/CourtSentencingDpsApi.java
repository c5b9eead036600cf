package org.prisonsync.core.courtsentencing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * DPS remand and sentencing's legacy reads (upstream's {@code /legacy/…} paths), the shapes NOMIS is written from.
 *
 * <p>Contract: a read of something DPS does not have is empty; failures throw
 * {@link org.prisonsync.core.UpstreamUnavailable}.
 */
public interface CourtSentencingDpsApi {

    /** {@code GET /legacy/court-case/{courtCaseUuid}}. */
    Optional<LegacyCourtCase> courtCase(String courtCaseUuid);

    /** {@code GET /legacy/court-appearance/{lifetimeUuid}}. */
    Optional<LegacyCourtAppearance> appearance(String appearanceUuid);

    /** {@code GET /legacy/charge/{lifetimeUuid}}. */
    Optional<LegacyCharge> charge(String chargeUuid);

    /** {@code GET /legacy/court-appearance/{lifetimeUuid}/charge/{chargeLifetimeUuid}}: the charge as heard there. */
    Optional<LegacyCharge> appearanceCharge(String appearanceUuid, String chargeUuid);

    /** {@code GET /legacy/sentence/{lifetimeUuid}}. */
    Optional<LegacySentence> sentence(String sentenceUuid);

    /** {@code GET /legacy/period-length/{periodLengthUuid}}. */
    Optional<LegacyPeriodLength> periodLength(String periodLengthUuid);

    /** {@code GET /legacy/recall/{uuid}}. */
    Optional<LegacyRecall> recall(String recallUuid);

    /** {@code GET /legacy/prisoner/{prisonerId}/court-case-uuids}. */
    List<String> courtCaseUuids(String prisonerId);

    /** {@code LegacyCourtCase}. */
    record LegacyCourtCase(String courtCaseUuid, String prisonerId, boolean active, LocalDate startDate,
                           String courtId, String caseReference) {
    }

    /** {@code LegacyCourtAppearance}: {@code courtCode} is NOMIS's court id. */
    record LegacyCourtAppearance(String lifetimeUuid, String courtCaseUuid, String prisonerId,
                                 String nomisOutcomeCode, String courtCode, LocalDate appearanceDate,
                                 LocalTime appearanceTime, List<LegacyCharge> charges,
                                 LegacyNextCourtAppearance nextCourtAppearance, String nomisAppearanceTypeCode,
                                 String comments) {
        public LegacyCourtAppearance {
            charges = List.copyOf(charges == null ? List.of() : charges);
        }
    }

    /** {@code LegacyNextCourtAppearance}. */
    record LegacyNextCourtAppearance(LocalDate appearanceDate, LocalTime appearanceTime, String courtId) {
    }

    /** {@code LegacyCharge}. */
    record LegacyCharge(String prisonerId, String courtCaseUuid, String lifetimeUuid, String nomisOutcomeCode,
                        String offenceCode, LocalDate offenceStartDate, LocalDate offenceEndDate) {
    }

    /** {@code LegacySentence}. */
    record LegacySentence(String prisonerId, String courtCaseId, String chargeLifetimeUuid, String lifetimeUuid,
                          String appearanceUuid, boolean active, String sentenceCalcType, String sentenceCategory,
                          String consecutiveToLifetimeUuid, BigDecimal fineAmount, LocalDate sentenceStartDate) {
    }

    /** {@code LegacyPeriodLength}: NOMIS's sentence term. */
    record LegacyPeriodLength(Integer periodYears, Integer periodMonths, Integer periodWeeks, Integer periodDays,
                              Boolean isLifeSentence, String sentenceTermCode, String periodLengthUuid,
                              String sentenceUuid, String prisonerId, String courtChargeId, String courtCaseId,
                              String courtAppearanceId) {
    }

    /** {@code LegacyRecall}. */
    record LegacyRecall(String recallUuid, String prisonerId, LocalDate returnToCustodyDate,
                        LocalDate revocationDate, List<String> sentenceIds, String recallType, String recallBy) {
        public LegacyRecall {
            sentenceIds = List.copyOf(sentenceIds == null ? List.of() : sentenceIds);
        }
    }
}
