package org.prisonsync.core.courtsentencing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCharge;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtAppearance;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtCase;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyNextCourtAppearance;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyPeriodLength;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyRecall;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacySentence;

/** The {@link CourtSentencingDpsApi} contract, for the in-memory twin and every adapter. */
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
}
