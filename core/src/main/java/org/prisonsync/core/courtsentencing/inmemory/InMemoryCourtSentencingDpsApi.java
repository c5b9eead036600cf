package org.prisonsync.core.courtsentencing.inmemory;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi;

/**
 * DPS remand and sentencing in memory: court cases, appearances (each with the charges heard there), charges,
 * sentences, period lengths and recalls by uuid, as the legacy endpoints answer them. Also the simulator's state.
 * The legacy writes a clone's completion makes are kept as DPS keeps them: a case rebooked keeps its new NOMIS booking,
 * a case {@link #createBookingCases} copies in is {@code DUPLICATE} with a new uuid for everything under it; and each
 * such write is recorded ({@link #writes}), so a test can say how often DPS was written.
 */
public final class InMemoryCourtSentencingDpsApi implements CourtSentencingDpsApi {
    /** One legacy write DPS received: {@code PUT /legacy/court-case/{uuid}} with its uuid, or the booking create. */
    public record Write(String call, String courtCaseUuid, Object body) {
    }

    private final Map<String, LegacyCourtCase> cases = new LinkedHashMap<>();
    private final Map<String, String> statuses = new HashMap<>();
    private final Map<String, Long> bookings = new HashMap<>();
    private final List<Write> writes = new ArrayList<>();
    private final Map<String, LegacyCourtAppearance> appearances = new LinkedHashMap<>();
    private final Map<String, LegacyCharge> charges = new LinkedHashMap<>();
    private final Map<String, LegacySentence> sentences = new LinkedHashMap<>();
    private final Map<String, LegacyPeriodLength> periodLengths = new LinkedHashMap<>();
    private final Map<String, LegacyRecall> recalls = new LinkedHashMap<>();

    public synchronized void put(LegacyCourtCase courtCase) {
        cases.put(courtCase.courtCaseUuid(), courtCase);
        statuses.putIfAbsent(courtCase.courtCaseUuid(), courtCase.active() ? "ACTIVE" : "INACTIVE");
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
        statuses.remove(uuid);
        bookings.remove(uuid);
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

    // --- the legacy writes of a clone's completion

    /** Rewrites the case's active flag and reference, and keeps NOMIS's booking; false when DPS has no such case. */
    @Override
    public synchronized boolean updateCourtCase(String courtCaseUuid, LegacyCourtCaseUpdate update) {
        writes.add(new Write("PUT /legacy/court-case/{courtCaseUuid}", courtCaseUuid, update));
        LegacyCourtCase current = cases.get(courtCaseUuid);
        if (current == null) {
            return false;
        }
        String reference = update.caseReferences().isEmpty() ? current.caseReference()
                : update.caseReferences().get(0).offenderCaseReference();
        cases.put(courtCaseUuid, new LegacyCourtCase(courtCaseUuid, update.prisonerId(), update.active(),
                current.startDate(), current.courtId(), reference));
        if (!DUPLICATE.equals(statuses.get(courtCaseUuid))) {
            statuses.put(courtCaseUuid, update.active() ? "ACTIVE" : "INACTIVE");
        }
        bookings.put(courtCaseUuid, update.bookingId());
        return true;
    }

    /**
     * Creates each case as a {@code DUPLICATE} on its booking, its start date and court those of its first appearance,
     * with a uuid for every appearance, charge (one per NOMIS offender charge, however many appearances hear it),
     * sentence and period length, as DPS answers.
     */
    @Override
    public synchronized BookingCreated createBookingCases(String prisonerId, List<BookingCourtCase> courtCases) {
        writes.add(new Write("POST /legacy/court-case/booking", null, courtCases));
        List<Created> caseIds = new ArrayList<>();
        List<Created> appearanceIds = new ArrayList<>();
        List<Created> chargeIds = new ArrayList<>();
        List<Created> sentenceIds = new ArrayList<>();
        List<Created> termIds = new ArrayList<>();
        for (BookingCourtCase c : courtCases) {
            String caseUuid = UUID.randomUUID().toString();
            BookingAppearance first = c.appearances().stream()
                    .min(Comparator.comparing(BookingAppearance::appearanceDate)).orElse(null);
            cases.put(caseUuid, new LegacyCourtCase(caseUuid, prisonerId, c.active(),
                    first == null ? null : first.appearanceDate(), first == null ? null : first.courtCode(),
                    c.caseReferences().isEmpty() ? null : c.caseReferences().get(0).offenderCaseReference()));
            statuses.put(caseUuid, DUPLICATE);
            bookings.put(caseUuid, c.bookingId());
            caseIds.add(new Created(Long.toString(c.caseId()), caseUuid));
            Map<Long, String> chargeUuids = new LinkedHashMap<>();
            for (BookingAppearance a : c.appearances()) {
                String appearanceUuid = UUID.randomUUID().toString();
                appearanceIds.add(new Created(Long.toString(a.eventId()), appearanceUuid));
                List<LegacyCharge> heard = new ArrayList<>();
                for (BookingCharge x : a.charges()) {
                    String chargeUuid = chargeUuids.computeIfAbsent(x.chargeNomisId(), id -> {
                        String uuid = UUID.randomUUID().toString();
                        chargeIds.add(new Created(Long.toString(id), uuid));
                        return uuid;
                    });
                    LegacyCharge charge = new LegacyCharge(prisonerId, caseUuid, chargeUuid, x.nomisOutcomeCode(),
                            x.offenceCode(), x.offenceStartDate(), x.offenceEndDate());
                    charges.put(chargeUuid, charge);
                    heard.add(charge);
                    if (x.sentence() != null) {
                        BookingSentence s = x.sentence();
                        String sentenceUuid = UUID.randomUUID().toString();
                        sentenceIds.add(new Created(s.sentenceId().key(), sentenceUuid));
                        sentences.put(sentenceUuid, new LegacySentence(prisonerId, caseUuid, chargeUuid, sentenceUuid,
                                appearanceUuid, s.active(), s.sentenceCalcType(), s.sentenceCategory(), null,
                                s.fineAmount(), a.appearanceDate()));
                        for (BookingPeriodLength p : s.periodLengths()) {
                            String termUuid = UUID.randomUUID().toString();
                            termIds.add(new Created(p.periodLengthId().key(), termUuid));
                            periodLengths.put(termUuid, new LegacyPeriodLength(p.periodYears(), p.periodMonths(),
                                    p.periodWeeks(), p.periodDays(), p.lifeSentence(), p.sentenceTermCode(), termUuid,
                                    sentenceUuid, prisonerId, chargeUuid, caseUuid, appearanceUuid));
                        }
                    }
                }
                LocalTime time = a.appearanceTime() == null ? LocalTime.MIDNIGHT : a.appearanceTime();
                appearances.put(appearanceUuid, new LegacyCourtAppearance(appearanceUuid, caseUuid, prisonerId,
                        a.nomisOutcomeCode(), a.courtCode(), a.appearanceDate(), time, heard,
                        a.nextEventDateTime() == null ? null : new LegacyNextCourtAppearance(
                                a.nextEventDateTime().toLocalDate(), a.nextEventDateTime().toLocalTime(), null),
                        a.nomisAppearanceTypeCode(), null));
            }
        }
        return new BookingCreated(caseIds, appearanceIds, chargeIds, sentenceIds, termIds);
    }

    @Override
    public synchronized Optional<CaseState> caseState(String courtCaseUuid) {
        LegacyCourtCase c = cases.get(courtCaseUuid);
        return c == null ? Optional.empty() : Optional.of(new CaseState(courtCaseUuid, c.prisonerId(), c.active(),
                statuses.getOrDefault(courtCaseUuid, c.active() ? "ACTIVE" : "INACTIVE"), bookings.get(courtCaseUuid)));
    }

    /** Deletes the case with its appearances, charges, sentences and period lengths. */
    @Override
    public synchronized boolean deleteCourtCase(String courtCaseUuid) {
        writes.add(new Write("DELETE /legacy/court-case/{courtCaseUuid}", courtCaseUuid, null));
        if (cases.remove(courtCaseUuid) == null) {
            return false;
        }
        statuses.remove(courtCaseUuid);
        bookings.remove(courtCaseUuid);
        appearances.values().removeIf(a -> courtCaseUuid.equals(a.courtCaseUuid()));
        charges.values().removeIf(c -> courtCaseUuid.equals(c.courtCaseUuid()));
        sentences.values().removeIf(s -> courtCaseUuid.equals(s.courtCaseId()));
        periodLengths.values().removeIf(p -> courtCaseUuid.equals(p.courtCaseId()));
        return true;
    }

    /** The legacy writes DPS received, in order. */
    public synchronized List<Write> writes() {
        return List.copyOf(writes);
    }

    /** The prisoner's cases DPS holds as {@code DUPLICATE}, in creation order. */
    public synchronized List<String> duplicates(String prisonerId) {
        List<String> found = new ArrayList<>();
        cases.values().stream().filter(c -> c.prisonerId().equals(prisonerId)
                && DUPLICATE.equals(statuses.get(c.courtCaseUuid()))).forEach(c -> found.add(c.courtCaseUuid()));
        return found;
    }

    /** The NOMIS booking DPS holds the case on (the last one a legacy write named); empty when none was named. */
    public synchronized Optional<Long> booking(String courtCaseUuid) {
        return Optional.ofNullable(bookings.get(courtCaseUuid));
    }

    /** The case's appearances, in creation order (what its reconciliation view lists). */
    public synchronized List<LegacyCourtAppearance> appearancesOf(String courtCaseUuid) {
        return appearances.values().stream().filter(a -> courtCaseUuid.equals(a.courtCaseUuid())).toList();
    }

    /** The sentence passed on the charge at the appearance, if any. */
    public synchronized Optional<LegacySentence> sentenceOf(String appearanceUuid, String chargeUuid) {
        return sentences.values().stream().filter(s -> appearanceUuid.equals(s.appearanceUuid())
                && chargeUuid.equals(s.chargeLifetimeUuid())).findFirst();
    }

    /** The sentence's period lengths, in creation order. */
    public synchronized List<LegacyPeriodLength> periodLengthsOf(String sentenceUuid) {
        return periodLengths.values().stream().filter(p -> sentenceUuid.equals(p.sentenceUuid())).toList();
    }
}
