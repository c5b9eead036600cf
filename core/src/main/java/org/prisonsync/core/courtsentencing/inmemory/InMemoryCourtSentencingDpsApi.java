package org.prisonsync.core.courtsentencing.inmemory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi;

/**
 * DPS remand and sentencing in memory: court cases, appearances (each with the charges heard there), charges,
 * sentences, period lengths and recalls by uuid, as the legacy endpoints answer them. Also the simulator's state.
 */
public final class InMemoryCourtSentencingDpsApi implements CourtSentencingDpsApi {
    private final Map<String, LegacyCourtCase> cases = new LinkedHashMap<>();
    private final Map<String, LegacyCourtAppearance> appearances = new LinkedHashMap<>();
    private final Map<String, LegacyCharge> charges = new LinkedHashMap<>();
    private final Map<String, LegacySentence> sentences = new LinkedHashMap<>();
    private final Map<String, LegacyPeriodLength> periodLengths = new LinkedHashMap<>();
    private final Map<String, LegacyRecall> recalls = new LinkedHashMap<>();

    public synchronized void put(LegacyCourtCase courtCase) {
        cases.put(courtCase.courtCaseUuid(), courtCase);
    }

    public synchronized void put(LegacyCourtAppearance appearance) {
        appearances.put(appearance.lifetimeUuid(), appearance);
    }

    public synchronized void put(LegacyCharge charge) {
        charges.put(charge.lifetimeUuid(), charge);
    }

    public synchronized void put(LegacySentence sentence) {
        sentences.put(sentence.lifetimeUuid(), sentence);
    }

    public synchronized void put(LegacyPeriodLength periodLength) {
        periodLengths.put(periodLength.periodLengthUuid(), periodLength);
    }

    public synchronized void put(LegacyRecall recall) {
        recalls.put(recall.recallUuid(), recall);
    }

    /** Removes whatever DPS held under the uuid (a deletion in DPS); false when nothing. */
    public synchronized boolean remove(String uuid) {
        boolean removed = cases.remove(uuid) != null;
        removed |= appearances.remove(uuid) != null;
        removed |= charges.remove(uuid) != null;
        removed |= sentences.remove(uuid) != null;
        removed |= periodLengths.remove(uuid) != null;
        removed |= recalls.remove(uuid) != null;
        return removed;
    }

    @Override
    public synchronized Optional<LegacyCourtCase> courtCase(String courtCaseUuid) {
        return Optional.ofNullable(cases.get(courtCaseUuid));
    }

    @Override
    public synchronized Optional<LegacyCourtAppearance> appearance(String appearanceUuid) {
        return Optional.ofNullable(appearances.get(appearanceUuid));
    }

    @Override
    public synchronized Optional<LegacyCharge> charge(String chargeUuid) {
        return Optional.ofNullable(charges.get(chargeUuid));
    }

    /** The charge as its appearance lists it (its outcome there), else as stored; empty if either is missing. */
    @Override
    public synchronized Optional<LegacyCharge> appearanceCharge(String appearanceUuid, String chargeUuid) {
        LegacyCourtAppearance appearance = appearances.get(appearanceUuid);
        if (appearance == null) {
            return Optional.empty();
        }
        return appearance.charges().stream().filter(c -> c.lifetimeUuid().equals(chargeUuid)).findFirst()
                .or(() -> Optional.ofNullable(charges.get(chargeUuid)));
    }

    @Override
    public synchronized Optional<LegacySentence> sentence(String sentenceUuid) {
        return Optional.ofNullable(sentences.get(sentenceUuid));
    }

    @Override
    public synchronized Optional<LegacyPeriodLength> periodLength(String periodLengthUuid) {
        return Optional.ofNullable(periodLengths.get(periodLengthUuid));
    }

    @Override
    public synchronized Optional<LegacyRecall> recall(String recallUuid) {
        return Optional.ofNullable(recalls.get(recallUuid));
    }

    @Override
    public synchronized List<String> courtCaseUuids(String prisonerId) {
        List<String> found = new ArrayList<>();
        cases.values().stream().filter(c -> c.prisonerId().equals(prisonerId))
                .forEach(c -> found.add(c.courtCaseUuid()));
        return found;
    }
}
