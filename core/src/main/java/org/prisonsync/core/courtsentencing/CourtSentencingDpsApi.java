package org.prisonsync.core.courtsentencing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * DPS remand and sentencing's legacy endpoints (upstream's {@code /legacy/…} paths): the reads NOMIS is written from,
 * and the writes that finish a clone from NOMIS's side (a cloned case rebooked, its orphaned source copied in as a
 * {@code DUPLICATE}).
 *
 * <p>Contract: a read of something DPS does not have is empty; an update or delete of something DPS does not have
 * answers false; a refusal throws {@link org.prisonsync.core.UpstreamRejected}; failures throw
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

    /**
     * {@code PUT /legacy/court-case/{courtCaseUuid}} ({@code LegacyCreateCourtCase}): the case as NOMIS holds it now,
     * on NOMIS's booking (a clone's DPS case rebooked onto the latest booking); false when DPS has no such case.
     */
    boolean updateCourtCase(String courtCaseUuid, LegacyCourtCaseUpdate update);

    /**
     * {@code POST /legacy/court-case/booking} ({@code BookingCreateCourtCases}): DPS creates each case with its
     * appearances, charges, sentences and period lengths as NOMIS holds them on an earlier booking, as a copy it marks
     * {@code DUPLICATE} (hidden from its users, still synchronised); the DPS ids of everything it created. Not
     * idempotent: every call creates.
     */
    BookingCreated createBookingCases(String prisonerId, List<BookingCourtCase> courtCases);

    /**
     * {@code GET /legacy/court-case/{courtCaseUuid}/reconciliation} ({@code ReconciliationCourtCase}), of which only
     * the case's state is read: its status ({@code DUPLICATE} for a copy {@link #createBookingCases} made) and the
     * NOMIS booking its legacy data names.
     */
    Optional<CaseState> caseState(String courtCaseUuid);

    /** {@code DELETE /legacy/court-case/{courtCaseUuid}}: the case with everything under it; false when DPS had none. */
    boolean deleteCourtCase(String courtCaseUuid);

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

    /** DPS's status of a copy of a case NOMIS holds on an earlier booking ({@link #createBookingCases}). */
    String DUPLICATE = "DUPLICATE";

    /** {@code CaseReferenceLegacyData}. */
    record CaseReference(String offenderCaseReference, LocalDateTime updatedDate) {
        public CaseReference {
            Objects.requireNonNull(offenderCaseReference, "offenderCaseReference");
            Objects.requireNonNull(updatedDate, "updatedDate");
        }
    }

    /** {@code LegacyCreateCourtCase}: NOMIS's booking goes in its {@code bookingId} and its legacy data's. */
    record LegacyCourtCaseUpdate(String prisonerId, boolean active, long bookingId,
                                 List<CaseReference> caseReferences) {
        public LegacyCourtCaseUpdate {
            Objects.requireNonNull(prisonerId, "prisonerId");
            caseReferences = List.copyOf(caseReferences);
        }
    }

    /** {@code BookingCreateCourtCase}, its legacy data (references, booking) flattened. */
    record BookingCourtCase(long caseId, boolean active, long bookingId, List<CaseReference> caseReferences,
                            List<BookingAppearance> appearances) {
        public BookingCourtCase {
            caseReferences = List.copyOf(caseReferences);
            appearances = List.copyOf(appearances);
        }
    }

    /** {@code BookingCreateCourtAppearance}: NOMIS's court event, with the charges heard there. */
    record BookingAppearance(long eventId, String courtCode, LocalDate appearanceDate, LocalTime appearanceTime,
                             String nomisOutcomeCode, String nomisAppearanceTypeCode,
                             LocalDateTime nextEventDateTime, List<BookingCharge> charges) {
        public BookingAppearance {
            Objects.requireNonNull(courtCode, "courtCode");
            Objects.requireNonNull(appearanceDate, "appearanceDate");
            charges = List.copyOf(charges);
        }
    }

    /** {@code BookingCreateCharge}: an offender charge as heard at the appearance, with its sentence there. */
    record BookingCharge(long chargeNomisId, String offenceCode, LocalDate offenceStartDate,
                         LocalDate offenceEndDate, String nomisOutcomeCode, BookingSentence sentence) {
        public BookingCharge {
            Objects.requireNonNull(offenceCode, "offenceCode");
        }
    }

    /**
     * {@code BookingCreateSentence}: {@code postedDate} is its legacy data's (required there; NOMIS's case read here
     * carries no creation time, so the sentence's start date stands for it).
     */
    record BookingSentence(SentenceId sentenceId, boolean active, String sentenceCalcType, String sentenceCategory,
                           LocalDate postedDate, BigDecimal fineAmount, List<BookingPeriodLength> periodLengths) {
        public BookingSentence {
            Objects.requireNonNull(sentenceId, "sentenceId");
            periodLengths = List.copyOf(periodLengths);
        }
    }

    /** {@code BookingCreatePeriodLength}: a NOMIS sentence term. */
    record BookingPeriodLength(TermId periodLengthId, Integer periodYears, Integer periodMonths, Integer periodWeeks,
                               Integer periodDays, boolean lifeSentence, String sentenceTermCode) {
        public BookingPeriodLength {
            Objects.requireNonNull(periodLengthId, "periodLengthId");
        }
    }

    /**
     * {@code BookingCreateCourtCasesResponse}: each NOMIS id (written as the mappings key it: a case, court event or
     * offender charge id, {@code <bookingId>:<sentenceSeq>}, {@code <bookingId>:<sentenceSeq>:<termSeq>}) with the DPS
     * uuid DPS gave it.
     */
    record BookingCreated(List<Created> courtCases, List<Created> appearances, List<Created> charges,
                          List<Created> sentences, List<Created> sentenceTerms) {
        public BookingCreated {
            courtCases = List.copyOf(courtCases);
            appearances = List.copyOf(appearances);
            charges = List.copyOf(charges);
            sentences = List.copyOf(sentences);
            sentenceTerms = List.copyOf(sentenceTerms);
        }
    }

    /** One NOMIS id and the DPS uuid DPS created for it. */
    record Created(String nomisId, String dpsId) {
        public Created {
            Objects.requireNonNull(nomisId, "nomisId");
            Objects.requireNonNull(dpsId, "dpsId");
        }
    }

    /** What {@code ReconciliationCourtCase} says of a case's state; {@code bookingId} null when its legacy data has none. */
    record CaseState(String courtCaseUuid, String prisonerId, boolean active, String status, Long bookingId) {
        public boolean duplicate() {
            return DUPLICATE.equals(status);
        }
    }
}
