package org.prisonsync.http.courtsentencing;

import java.util.List;
import java.util.Optional;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi;
import org.prisonsync.http.internal.JsonHttp;

/**
 * {@link CourtSentencingDpsApi} over DPS remand and sentencing's legacy reads ({@code /legacy/court-case/{uuid}},
 * {@code /legacy/court-appearance/{uuid}[/charge/{uuid}]}, {@code /legacy/charge/{uuid}},
 * {@code /legacy/sentence/{uuid}}, {@code /legacy/period-length/{uuid}}, {@code /legacy/recall/{uuid}},
 * {@code /legacy/prisoner/{prisonerId}/court-case-uuids}); the records carry upstream's field names, so they are
 * read as they come.
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

    /** {@code LegacyCourtCaseUuids}. */
    private record UuidsDto(List<String> courtCaseUuids) {
    }
}
