package org.prisonsync.core.courtsentencing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.BookingAppearance;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.BookingCharge;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.BookingCourtCase;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.BookingCreated;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.BookingPeriodLength;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.BookingSentence;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.CaseReference;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCharge;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtAppearance;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtCase;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtCaseUpdate;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyNextCourtAppearance;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyPeriodLength;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyRecall;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacySentence;

/**
 * The {@link CourtSentencingDpsApi} contract, for the in-memory twin and every adapter: the legacy reads, and the
 * writes a clone's completion makes (a case rebooked, an earlier booking's case created as a {@code DUPLICATE}, a case
 * deleted).
 */
public abstract class CourtSentencingDpsApiContract {

    protected abstract CourtSentencingDpsApi api();

    /** Stores a record in DPS by the implementation's own means. */
    protected abstract void put(Object record);

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    @Test
    void everyLegacyRecordIsReadBackWithItsFieldsAndAnUnknownOneIsEmpty() {
        String prisoner = "E1234FG";
        LegacyCourtCase courtCase = new LegacyCourtCase(uuid(), prisoner, true, LocalDate.of(2026, 1, 10), "LEEDCC",
                "T2026001");
        LegacyCharge charge = new LegacyCharge(prisoner, courtCase.courtCaseUuid(), uuid(), "1002", "TH68010",
                LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 2));
        LegacyCourtAppearance appearance = new LegacyCourtAppearance(uuid(), courtCase.courtCaseUuid(), prisoner,
                "4531", "LEEDCC", LocalDate.of(2026, 2, 1), LocalTime.of(10, 0), List.of(charge),
                new LegacyNextCourtAppearance(LocalDate.of(2026, 4, 1), LocalTime.of(9, 30), "LEEDMC"), "CRT",
                "first hearing");
        LegacySentence sentence = new LegacySentence(prisoner, courtCase.courtCaseUuid(), charge.lifetimeUuid(),
                uuid(), appearance.lifetimeUuid(), true, "ADIMP", "2020", null, new BigDecimal("10.50"),
                LocalDate.of(2026, 2, 1));
        LegacyPeriodLength period = new LegacyPeriodLength(2, 6, null, null, false, "IMP", uuid(),
                sentence.lifetimeUuid(), prisoner, charge.lifetimeUuid(), courtCase.courtCaseUuid(),
                appearance.lifetimeUuid());
        LegacyRecall recall = new LegacyRecall(uuid(), prisoner, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 27),
                List.of(sentence.lifetimeUuid()), "FTR_14", "OFFICER_A");
        for (Object record : List.of(courtCase, charge, appearance, sentence, period, recall)) {
            put(record);
        }

        assertThat(api().courtCase(courtCase.courtCaseUuid())).contains(courtCase);
        assertThat(api().charge(charge.lifetimeUuid())).contains(charge);
        assertThat(api().appearance(appearance.lifetimeUuid())).contains(appearance);
        assertThat(api().appearanceCharge(appearance.lifetimeUuid(), charge.lifetimeUuid())).contains(charge);
        assertThat(api().sentence(sentence.lifetimeUuid())).contains(sentence);
        assertThat(api().periodLength(period.periodLengthUuid())).contains(period);
        assertThat(api().recall(recall.recallUuid())).contains(recall);
        assertThat(api().courtCaseUuids(prisoner)).contains(courtCase.courtCaseUuid());
        assertThat(api().courtCase(uuid())).isEmpty();
        assertThat(api().sentence(uuid())).isEmpty();
        assertThat(api().courtCaseUuids("Z9999ZZ")).isEmpty();
    }

    @Test
    void aCaseIsRebookedWithItsStatusAndAnUnknownOneIsNotUpdated() {
        String prisoner = "E1235FG";
        LegacyCourtCase courtCase = new LegacyCourtCase(uuid(), prisoner, false, LocalDate.of(2026, 1, 10), "LEEDCC",
                "T2026002");
        put(courtCase);

        assertThat(api().updateCourtCase(courtCase.courtCaseUuid(), new LegacyCourtCaseUpdate(prisoner, true, 5002,
                List.of(new CaseReference("T2026002", LocalDateTime.of(2026, 3, 2, 10, 0)))))).isTrue();

        assertThat(api().courtCase(courtCase.courtCaseUuid())).hasValueSatisfying(c -> {
            assertThat(c.active()).isTrue();
            assertThat(c.caseReference()).isEqualTo("T2026002");
            assertThat(c.courtId()).isEqualTo("LEEDCC");
        });
        assertThat(api().caseState(courtCase.courtCaseUuid())).hasValueSatisfying(s -> {
            assertThat(s.status()).isNotEqualTo(CourtSentencingDpsApi.DUPLICATE);
            assertThat(s.bookingId()).isEqualTo(5002L);
            assertThat(s.prisonerId()).isEqualTo(prisoner);
        });
        assertThat(api().updateCourtCase(uuid(), new LegacyCourtCaseUpdate(prisoner, true, 5002, List.of())))
                .isFalse();
        assertThat(api().caseState(uuid())).isEmpty();
    }

    @Test
    void aCaseOfAnEarlierBookingIsCreatedAsADuplicateWithEverythingUnderItAndCanBeDeleted() {
        String prisoner = "E1236FG";
        SentenceId sentenceId = new SentenceId(5001, 3);
        TermId termId = new TermId(sentenceId, 1);
        BookingCourtCase copy = new BookingCourtCase(101, true, 5001, List.of(new CaseReference("T2025009",
                LocalDateTime.of(2026, 3, 2, 10, 0))), List.of(new BookingAppearance(201, "LEEDCC",
                LocalDate.of(2025, 6, 1), LocalTime.of(10, 0), "4531", "CRT", LocalDateTime.of(2025, 7, 1, 9, 30),
                List.of(new BookingCharge(301, "TH68010", LocalDate.of(2025, 5, 1), null, "1002",
                        new BookingSentence(sentenceId, true, "ADIMP", "2020", LocalDate.of(2025, 6, 1),
                                new BigDecimal("10.50"), List.of(new BookingPeriodLength(termId, 2, null, null, null,
                                false, "IMP"))))))));

        BookingCreated created = api().createBookingCases(prisoner, List.of(copy));

        assertThat(created.courtCases()).singleElement().satisfies(c -> assertThat(c.nomisId()).isEqualTo("101"));
        assertThat(created.appearances()).singleElement().satisfies(a -> assertThat(a.nomisId()).isEqualTo("201"));
        assertThat(created.charges()).singleElement().satisfies(x -> assertThat(x.nomisId()).isEqualTo("301"));
        assertThat(created.sentences()).singleElement().satisfies(x -> assertThat(x.nomisId())
                .isEqualTo(sentenceId.key()));
        assertThat(created.sentenceTerms()).singleElement().satisfies(x -> assertThat(x.nomisId())
                .isEqualTo(termId.key()));
        String caseUuid = created.courtCases().get(0).dpsId();
        assertThat(CourtSentencingEvents.isUuid(caseUuid)).isTrue();
        assertThat(api().caseState(caseUuid)).hasValueSatisfying(s -> {
            assertThat(s.duplicate()).isTrue();
            assertThat(s.bookingId()).isEqualTo(5001L);
        });
        assertThat(api().courtCase(caseUuid)).hasValueSatisfying(c -> {
            assertThat(c.prisonerId()).isEqualTo(prisoner);
            assertThat(c.caseReference()).isEqualTo("T2025009");
        });
        assertThat(api().appearance(created.appearances().get(0).dpsId())).hasValueSatisfying(a -> {
            assertThat(a.courtCaseUuid()).isEqualTo(caseUuid);
            assertThat(a.courtCode()).isEqualTo("LEEDCC");
            assertThat(a.appearanceDate()).isEqualTo(LocalDate.of(2025, 6, 1));
            assertThat(a.charges()).singleElement().satisfies(x ->
                    assertThat(x.lifetimeUuid()).isEqualTo(created.charges().get(0).dpsId()));
        });
        assertThat(api().sentence(created.sentences().get(0).dpsId())).hasValueSatisfying(x -> {
            assertThat(x.chargeLifetimeUuid()).isEqualTo(created.charges().get(0).dpsId());
            assertThat(x.sentenceCalcType()).isEqualTo("ADIMP");
        });
        assertThat(api().periodLength(created.sentenceTerms().get(0).dpsId())).hasValueSatisfying(p ->
                assertThat(p.periodYears()).isEqualTo(2));
        assertThat(api().courtCaseUuids(prisoner)).contains(caseUuid);

        assertThat(api().deleteCourtCase(caseUuid)).isTrue();
        assertThat(api().courtCase(caseUuid)).isEmpty();
        assertThat(api().caseState(caseUuid)).isEmpty();
        assertThat(api().appearance(created.appearances().get(0).dpsId())).isEmpty();
        assertThat(api().deleteCourtCase(caseUuid)).isFalse();
    }
}
