package org.prisonsync.core.adjudications;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One DPS reported adjudication (upstream's {@code ReportedAdjudicationDto}), as much of it as NOMIS needs: a DPS
 * adjudication is one charge, named by its charge number. A historic NOMIS adjudication with several charges is
 * several DPS adjudications ({@code <adjudicationNumber>-<chargeSequence>}).
 *
 * @param incidentLocationId the incident's NOMIS location id as DPS still carries it ({@code incidentDetails.locationId})
 * @param incidentLocationUuid the incident's DPS location ({@code incidentDetails.locationUuid}), which NOMIS is
 *                             written through the mapping service's location mapping when DPS has one
 * @param outcomes upstream's outcome history: each outcome with the id of the hearing it follows (null for one made
 *                 without a hearing, such as a police referral straight from the report)
 */
public record DpsCharge(String chargeNumber, String prisonerNumber, String originatingAgencyId,
                        LocalDateTime dateTimeOfIncident, LocalDateTime createdDateTime, String createdByUserId,
                        Long incidentLocationId, String incidentLocationUuid, String offenceCode,
                        String incidentStatement, String status,
                        List<Damage> damages, List<Evidence> evidence, List<Hearing> hearings,
                        List<Outcome> outcomes, List<Punishment> punishments) {

    public DpsCharge {
        Objects.requireNonNull(chargeNumber, "chargeNumber");
        Objects.requireNonNull(prisonerNumber, "prisonerNumber");
        requireUuid(incidentLocationUuid, "incidentDetails.locationUuid");
        damages = List.copyOf(Objects.requireNonNullElse(damages, List.of()));
        evidence = List.copyOf(Objects.requireNonNullElse(evidence, List.of()));
        hearings = List.copyOf(Objects.requireNonNullElse(hearings, List.of()));
        outcomes = List.copyOf(Objects.requireNonNullElse(outcomes, List.of()));
        punishments = List.copyOf(Objects.requireNonNullElse(punishments, List.of()));
    }

    /** A charge whose incident DPS locates by its NOMIS id only, as before DPS locations. */
    public DpsCharge(String chargeNumber, String prisonerNumber, String originatingAgencyId,
                     LocalDateTime dateTimeOfIncident, LocalDateTime createdDateTime, String createdByUserId,
                     Long incidentLocationId, String offenceCode, String incidentStatement, String status,
                     List<Damage> damages, List<Evidence> evidence, List<Hearing> hearings,
                     List<Outcome> outcomes, List<Punishment> punishments) {
        this(chargeNumber, prisonerNumber, originatingAgencyId, dateTimeOfIncident, createdDateTime, createdByUserId,
                incidentLocationId, null, offenceCode, incidentStatement, status, damages, evidence, hearings,
                outcomes, punishments);
    }

    /** This charge with its incident at DPS location {@code uuid}. */
    public DpsCharge withIncidentLocationUuid(String uuid) {
        return new DpsCharge(chargeNumber, prisonerNumber, originatingAgencyId, dateTimeOfIncident, createdDateTime,
                createdByUserId, incidentLocationId, uuid, offenceCode, incidentStatement, status, damages, evidence,
                hearings, outcomes, punishments);
    }

    /** A DPS location uuid is an id (letters, digits, '-'), checked where DPS's answer becomes a record. */
    static void requireUuid(String uuid, String field) {
        if (uuid != null && !org.prisonsync.core.message.Ids.isTextId(uuid)) {
            throw new IllegalArgumentException(field + " is not a uuid: " + org.prisonsync.core.message.Ids.quote(uuid));
        }
    }

    /** {@code ReportedDamageDto}: code, details, reporter. */
    public record Damage(String code, String details, String reporter) {
    }

    /** {@code ReportedEvidenceDto}: code, details, reporter. */
    public record Evidence(String code, String details, String reporter) {
    }

    /**
     * {@code HearingDto} with its {@code HearingOutcomeDto} (null until the hearing has one); its location as DPS's
     * NOMIS id ({@code locationId}) and DPS location ({@code locationUuid}), which wins when DPS has one.
     */
    public record Hearing(long id, Long locationId, String locationUuid, LocalDateTime dateTimeOfHearing,
                          String oicHearingType, String agencyId, HearingOutcome outcome) {
        public Hearing {
            requireUuid(locationUuid, "hearings.locationUuid");
        }

        /** A hearing DPS locates by its NOMIS id only. */
        public Hearing(long id, Long locationId, LocalDateTime dateTimeOfHearing, String oicHearingType,
                       String agencyId, HearingOutcome outcome) {
            this(id, locationId, null, dateTimeOfHearing, oicHearingType, agencyId, outcome);
        }

        public Hearing withOutcome(HearingOutcome newOutcome) {
            return new Hearing(id, locationId, locationUuid, dateTimeOfHearing, oicHearingType, agencyId, newOutcome);
        }

        /** This hearing at DPS location {@code uuid}. */
        public Hearing withLocationUuid(String uuid) {
            return new Hearing(id, locationId, uuid, dateTimeOfHearing, oicHearingType, agencyId, outcome);
        }
    }

    /** {@code HearingOutcomeDto}: code ({@code COMPLETE}, {@code ADJOURN}, {@code REFER_POLICE} …), adjudicator, plea. */
    public record HearingOutcome(String code, String adjudicator, String plea) {
    }

    /** {@code OutcomeDto}'s code ({@code CHARGE_PROVED}, {@code QUASHED} …) and the hearing it follows. */
    public record Outcome(Long hearingId, String code) {
    }

    /** {@code PunishmentDto} with its {@code PunishmentScheduleDto} (days, duration, start, suspended until). */
    public record Punishment(long id, String type, String privilegeType, Integer stoppagePercentage, int days,
                             Integer duration, LocalDate startDate, LocalDate suspendedUntil,
                             Double damagesOwedAmount, String consecutiveChargeNumber) {
        /** The days the schedule awards: its duration when it has one, else its days. */
        public int awardedDays() {
            return duration != null ? duration : days;
        }
    }

    public Optional<Hearing> hearing(long hearingId) {
        return hearings.stream().filter(h -> h.id() == hearingId).findFirst();
    }

    /** The latest outcome that follows this hearing, if any. */
    public Optional<Outcome> outcomeOf(long hearingId) {
        Outcome found = null;
        for (Outcome outcome : outcomes) {
            if (outcome.hearingId() != null && outcome.hearingId() == hearingId) {
                found = outcome;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The latest outcome made without a hearing, if any. */
    public Optional<Outcome> outcomeWithoutHearing() {
        Outcome found = null;
        for (Outcome outcome : outcomes) {
            if (outcome.hearingId() == null) {
                found = outcome;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The hearing awards hang off in NOMIS: the latest hearing that has an outcome. */
    public Optional<Hearing> latestHearingWithOutcome() {
        Hearing latest = null;
        for (Hearing hearing : hearings) {
            if (hearing.outcome() != null && (latest == null
                    || !hearing.dateTimeOfHearing().isBefore(latest.dateTimeOfHearing()))) {
                latest = hearing;
            }
        }
        return Optional.ofNullable(latest);
    }

    public boolean quashed() {
        return "QUASHED".equals(status);
    }
}
