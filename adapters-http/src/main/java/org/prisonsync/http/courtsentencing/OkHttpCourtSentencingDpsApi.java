package org.prisonsync.http.courtsentencing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi;
import org.prisonsync.core.courtsentencing.SentenceId;
import org.prisonsync.core.courtsentencing.TermId;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/**
 * {@link CourtSentencingDpsApi} over DPS remand and sentencing's legacy endpoints: the reads
 * ({@code /legacy/court-case/{uuid}}, {@code /legacy/court-appearance/{uuid}[/charge/{uuid}]},
 * {@code /legacy/charge/{uuid}}, {@code /legacy/sentence/{uuid}}, {@code /legacy/period-length/{uuid}},
 * {@code /legacy/recall/{uuid}}, {@code /legacy/prisoner/{prisonerId}/court-case-uuids}), whose records carry
 * upstream's field names and are read as they come; and a clone's writes, in upstream's schemas:
 * {@code PUT /legacy/court-case/{uuid}} ({@code LegacyCreateCourtCase}), {@code POST /legacy/court-case/booking}
 * ({@code BookingCreateCourtCases} → {@code BookingCreateCourtCasesResponse}),
 * {@code GET /legacy/court-case/{uuid}/reconciliation} (its status and booking) and
 * {@code DELETE /legacy/court-case/{uuid}}.
 */
final class OkHttpCourtSentencingDpsApi implements CourtSentencingDpsApi {
    private final JsonHttp http;

    OkHttpCourtSentencingDpsApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public Optional<LegacyCourtCase> courtCase(String courtCaseUuid) {
        return http.find(LegacyCourtCase.class, c -> c, "legacy", "court-case", courtCaseUuid);
    }

    @Override
    public Optional<LegacyCourtAppearance> appearance(String appearanceUuid) {
        return http.find(LegacyCourtAppearance.class, a -> a, "legacy", "court-appearance", appearanceUuid);
    }

    @Override
    public Optional<LegacyCharge> charge(String chargeUuid) {
        return http.find(LegacyCharge.class, c -> c, "legacy", "charge", chargeUuid);
    }

    @Override
    public Optional<LegacyCharge> appearanceCharge(String appearanceUuid, String chargeUuid) {
        return http.find(LegacyCharge.class, c -> c, "legacy", "court-appearance", appearanceUuid, "charge",
                chargeUuid);
    }

    @Override
    public Optional<LegacySentence> sentence(String sentenceUuid) {
        return http.find(LegacySentence.class, s -> s, "legacy", "sentence", sentenceUuid);
    }

    @Override
    public Optional<LegacyPeriodLength> periodLength(String periodLengthUuid) {
        return http.find(LegacyPeriodLength.class, p -> p, "legacy", "period-length", periodLengthUuid);
    }

    @Override
    public Optional<LegacyRecall> recall(String recallUuid) {
        return http.find(LegacyRecall.class, r -> r, "legacy", "recall", recallUuid);
    }

    @Override
    public List<String> courtCaseUuids(String prisonerId) {
        return http.fetch(java.util.Map.of(), UuidsDto.class, u -> u.courtCaseUuids() == null ? List.<String>of()
                : u.courtCaseUuids(), "legacy", "prisoner", prisonerId, "court-case-uuids");
    }

    @Override
    public boolean updateCourtCase(String courtCaseUuid, LegacyCourtCaseUpdate update) {
        return http.put(CaseDto.of(update), "legacy", "court-case", courtCaseUuid).written();
    }

    @Override
    public BookingCreated createBookingCases(String prisonerId, List<BookingCourtCase> courtCases) {
        HttpReply reply = http.post(new BookingCasesDto(prisonerId, courtCases.stream().map(BookingCaseDto::of)
                .toList()), "legacy", "court-case", "booking");
        return http.readCreated(reply, BookingCreatedDto.class, BookingCreatedDto::toDomain);
    }

    @Override
    public Optional<CaseState> caseState(String courtCaseUuid) {
        return http.find(ReconciliationCaseDto.class, ReconciliationCaseDto::toDomain, "legacy", "court-case",
                courtCaseUuid, "reconciliation");
    }

    @Override
    public boolean deleteCourtCase(String courtCaseUuid) {
        return http.delete("legacy", "court-case", courtCaseUuid).written();
    }

    /** {@code LegacyCourtCaseUuids}. */
    private record UuidsDto(List<String> courtCaseUuids) {
    }

    // --- upstream's request schemas

    /** {@code CaseReferenceLegacyData}. */
    private record CaseReferenceDto(String offenderCaseReference, LocalDateTime updatedDate) {
        static List<CaseReferenceDto> of(List<CaseReference> references) {
            return references.stream().map(r -> new CaseReferenceDto(r.offenderCaseReference(), r.updatedDate()))
                    .toList();
        }
    }

    /** {@code CourtCaseLegacyData}. */
    private record CaseLegacyDataDto(List<CaseReferenceDto> caseReferences, Long bookingId) {
    }

    /** {@code LegacyCreateCourtCase}. */
    private record CaseDto(String prisonerId, boolean active, CaseLegacyDataDto legacyData, Long bookingId) {
        static CaseDto of(LegacyCourtCaseUpdate u) {
            return new CaseDto(u.prisonerId(), u.active(), new CaseLegacyDataDto(CaseReferenceDto.of(
                    u.caseReferences()), u.bookingId()), u.bookingId());
        }
    }

    /** {@code BookingCreateCourtCases}. */
    private record BookingCasesDto(String prisonerId, List<BookingCaseDto> courtCases) {
    }

    /** {@code BookingCreateCourtCase}. */
    private record BookingCaseDto(long caseId, boolean active, CaseLegacyDataDto courtCaseLegacyData,
                                  List<AppearanceDto> appearances, boolean merged) {
        static BookingCaseDto of(BookingCourtCase c) {
            return new BookingCaseDto(c.caseId(), c.active(), new CaseLegacyDataDto(CaseReferenceDto.of(
                    c.caseReferences()), c.bookingId()), c.appearances().stream().map(AppearanceDto::of).toList(),
                    false);
        }
    }

    /** {@code BookingCreateCourtAppearance} with its {@code CourtAppearanceLegacyData}. */
    private record AppearanceDto(long eventId, String courtCode, LocalDate appearanceDate,
                                 AppearanceLegacyDto legacyData, List<ChargeDto> charges) {
        static AppearanceDto of(BookingAppearance a) {
            return new AppearanceDto(a.eventId(), a.courtCode(), a.appearanceDate(), new AppearanceLegacyDto(
                    a.nomisOutcomeCode(), a.nextEventDateTime(), a.appearanceTime(), a.nomisAppearanceTypeCode()),
                    a.charges().stream().map(ChargeDto::of).toList());
        }
    }

    /** {@code CourtAppearanceLegacyData}. */
    private record AppearanceLegacyDto(String nomisOutcomeCode, LocalDateTime nextEventDateTime,
                                       LocalTime appearanceTime, String nomisAppearanceTypeCode) {
    }

    /** {@code BookingCreateCharge} with its {@code ChargeLegacyData}. */
    private record ChargeDto(long chargeNOMISId, String offenceCode, LocalDate offenceStartDate,
                             LocalDate offenceEndDate, ChargeLegacyDto legacyData, SentenceDto sentence) {
        static ChargeDto of(BookingCharge x) {
            return new ChargeDto(x.chargeNomisId(), x.offenceCode(), x.offenceStartDate(), x.offenceEndDate(),
                    new ChargeLegacyDto(x.nomisOutcomeCode()), x.sentence() == null ? null
                    : SentenceDto.of(x.sentence()));
        }
    }

    /** {@code ChargeLegacyData}. */
    private record ChargeLegacyDto(String nomisOutcomeCode) {
    }

    /** {@code BookingSentenceId}. */
    private record SentenceIdDto(long offenderBookingId, long sequence) {
        static SentenceIdDto of(SentenceId id) {
            return new SentenceIdDto(id.offenderBookingId(), id.sentenceSequence());
        }
    }

    /** {@code BookingCreateSentence}. */
    private record SentenceDto(SentenceIdDto sentenceId, FineDto fine, boolean active, SentenceLegacyDto legacyData,
                               List<PeriodLengthDto> periodLengths) {
        static SentenceDto of(BookingSentence s) {
            return new SentenceDto(SentenceIdDto.of(s.sentenceId()), s.fineAmount() == null ? null
                    : new FineDto(s.fineAmount()), s.active(), new SentenceLegacyDto(s.sentenceCalcType(),
                    s.sentenceCategory(), s.postedDate() == null ? null : s.postedDate().toString(), s.active(),
                    s.sentenceId().offenderBookingId()), s.periodLengths().stream().map(PeriodLengthDto::of)
                    .toList());
        }
    }

    /** {@code BookingCreateFine}. */
    private record FineDto(BigDecimal fineAmount) {
    }

    /** {@code SentenceLegacyData}. */
    private record SentenceLegacyDto(String sentenceCalcType, String sentenceCategory, String postedDate,
                                     Boolean active, Long bookingId) {
    }

    /** {@code NomisPeriodLengthId}. */
    private record PeriodLengthIdDto(long offenderBookingId, long sentenceSequence, long termSequence) {
    }

    /** {@code BookingCreatePeriodLength} with its {@code PeriodLengthLegacyData}. */
    private record PeriodLengthDto(PeriodLengthIdDto periodLengthId, Integer periodYears, Integer periodMonths,
                                   Integer periodWeeks, Integer periodDays, PeriodLengthLegacyDto legacyData) {
        static PeriodLengthDto of(BookingPeriodLength p) {
            TermId id = p.periodLengthId();
            return new PeriodLengthDto(new PeriodLengthIdDto(id.sentence().offenderBookingId(),
                    id.sentence().sentenceSequence(), id.termSequence()), p.periodYears(), p.periodMonths(),
                    p.periodWeeks(), p.periodDays(), new PeriodLengthLegacyDto(p.lifeSentence(),
                    p.sentenceTermCode()));
        }
    }

    /** {@code PeriodLengthLegacyData}. */
    private record PeriodLengthLegacyDto(Boolean lifeSentence, String sentenceTermCode) {
    }

    // --- upstream's answers

    /** {@code BookingCreateCourtCasesResponse}; each NOMIS id written as the mappings key it. */
    private record BookingCreatedDto(List<CaseIdDto> courtCases, List<AppearanceIdDto> appearances,
                                     List<ChargeIdDto> charges, List<SentenceCreatedDto> sentences,
                                     List<TermCreatedDto> sentenceTerms) {
        BookingCreated toDomain() {
            return new BookingCreated(all(courtCases, c -> new Created(Long.toString(c.caseId()), c.courtCaseUuid())),
                    all(appearances, a -> new Created(Long.toString(a.eventId()), a.appearanceUuid())),
                    all(charges, x -> new Created(Long.toString(x.chargeNOMISId()), x.chargeUuid())),
                    all(sentences, s -> new Created(new SentenceId(s.sentenceNOMISId().offenderBookingId(),
                            s.sentenceNOMISId().sequence()).key(), s.sentenceUuid())),
                    all(sentenceTerms, t -> new Created(new TermId(new SentenceId(
                            t.sentenceTermNOMISId().offenderBookingId(), t.sentenceTermNOMISId().sentenceSequence()),
                            t.sentenceTermNOMISId().termSequence()).key(), t.periodLengthUuid())));
        }

        private static <W> List<Created> all(List<W> wire, Function<W, Created> toDomain) {
            if (wire == null) {
                throw new IllegalArgumentException("a list the answer requires is missing");
            }
            return wire.stream().map(toDomain).toList();
        }
    }

    /** {@code BookingCreateCourtCaseResponse}. */
    private record CaseIdDto(String courtCaseUuid, long caseId) {
    }

    /** {@code BookingCreateCourtAppearanceResponse}. */
    private record AppearanceIdDto(String appearanceUuid, long eventId) {
    }

    /** {@code BookingCreateChargeResponse}. */
    private record ChargeIdDto(String chargeUuid, long chargeNOMISId) {
    }

    /** {@code BookingCreateSentenceResponse}. */
    private record SentenceCreatedDto(String sentenceUuid, SentenceIdDto sentenceNOMISId) {
    }

    /** {@code BookingCreatePeriodLengthResponse}. */
    private record TermCreatedDto(String periodLengthUuid, PeriodLengthIdDto sentenceTermNOMISId) {
    }

    /** {@code ReconciliationCourtCase}: only the case's state is read, not its appearances. */
    private record ReconciliationCaseDto(String courtCaseUuid, String prisonerId, Boolean active, String status,
                                         CaseLegacyDataDto courtCaseLegacyData) {
        CaseState toDomain() {
            if (courtCaseUuid == null || status == null || active == null) {
                throw new IllegalArgumentException("a case without its uuid, status or active flag");
            }
            return new CaseState(courtCaseUuid, prisonerId, active, status, courtCaseLegacyData == null ? null
                    : courtCaseLegacyData.bookingId());
        }
    }
}
