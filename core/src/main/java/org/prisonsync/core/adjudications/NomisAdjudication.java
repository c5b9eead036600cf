package org.prisonsync.core.adjudications;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One NOMIS adjudication (upstream's {@code AdjudicationResponse}), as the sync reads it: its charges, and its
 * hearings with each charge's result and that result's awards. A hearing may hold results for several charges of
 * the adjudication: deleting it deletes them all, with their awards (the cascade of seed 000).
 */
public record NomisAdjudication(long adjudicationNumber, long bookingId, String offenderNo, String prisonId,
                                LocalDate incidentDate, LocalTime incidentTime, String details,
                                List<Charge> charges, List<Hearing> hearings, List<Repair> repairs,
                                List<Evidence> evidence) {

    public NomisAdjudication {
        Objects.requireNonNull(offenderNo, "offenderNo");
        charges = List.copyOf(Objects.requireNonNullElse(charges, List.of()));
        hearings = List.copyOf(Objects.requireNonNullElse(hearings, List.of()));
        repairs = List.copyOf(Objects.requireNonNullElse(repairs, List.of()));
        evidence = List.copyOf(Objects.requireNonNullElse(evidence, List.of()));
    }

    /** {@code AdjudicationCharge}: sequence and offence code. */
    public record Charge(int chargeSequence, String offenceCode) {
    }

    /** {@code Hearing}: id, type, date, time, location and its results. */
    public record Hearing(long hearingId, String hearingType, LocalDate hearingDate, LocalTime hearingTime,
                          long internalLocationId, List<Result> results) {
        public Hearing {
            results = List.copyOf(Objects.requireNonNullElse(results, List.of()));
        }

        public Optional<Result> resultFor(int chargeSequence) {
            return results.stream().filter(r -> r.chargeSequence() == chargeSequence).findFirst();
        }
    }

    /** {@code HearingResult} of one charge: plea, finding and its awards. */
    public record Result(int chargeSequence, String pleaFindingCode, String findingCode, List<Award> awards) {
        public Result {
            awards = List.copyOf(Objects.requireNonNullElse(awards, List.of()));
        }
    }

    /** {@code HearingResultAward}: its id (booking, sanction sequence) and what it awards. */
    public record Award(NomisAwardId id, NomisAwardRequest award) {
    }

    /** {@code Repair}: type and comment. */
    public record Repair(String typeCode, String comment) {
    }

    /** {@code Evidence}: type and detail. */
    public record Evidence(String typeCode, String detail) {
    }

    public Optional<Hearing> hearing(long hearingId) {
        return hearings.stream().filter(h -> h.hearingId() == hearingId).findFirst();
    }

    public boolean hasCharge(int chargeSequence) {
        return charges.stream().anyMatch(c -> c.chargeSequence() == chargeSequence);
    }

    /** Every award of one charge, across its hearings' results. */
    public List<Award> awardsOf(int chargeSequence) {
        List<Award> awards = new ArrayList<>();
        for (Hearing hearing : hearings) {
            hearing.resultFor(chargeSequence).ifPresent(r -> awards.addAll(r.awards()));
        }
        return awards;
    }

    /** Whether any hearing holds a result for the charge (awards need one). */
    public boolean hasResultFor(int chargeSequence) {
        return hearings.stream().anyMatch(h -> h.resultFor(chargeSequence).isPresent());
    }
}
