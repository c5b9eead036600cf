package org.prisonsync.http.adjudications;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.prisonsync.core.adjudications.AdjudicationsDpsApi;
import org.prisonsync.core.adjudications.DpsCharge;
import org.prisonsync.http.internal.JsonHttp;

/**
 * {@link AdjudicationsDpsApi} over the DPS adjudications API: {@code GET /reported-adjudications/{chargeNumber}/v2
 * ?includeActivated=true} and {@code GET /reported-adjudications/all-by-booking/{offenderBookingId}}.
 */
final class OkHttpAdjudicationsDpsApi implements AdjudicationsDpsApi {
    private final JsonHttp http;

    OkHttpAdjudicationsDpsApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public Optional<DpsCharge> charge(String chargeNumber) {
        var reply = http.get(Map.of("includeActivated", List.of("true")), "reported-adjudications", chargeNumber, "v2");
        if (reply.status() == 404) {
            return Optional.empty();
        }
        if (reply.status() != 200) {
            throw reply.rejected();
        }
        return Optional.of(http.read(reply, ResponseDto.class, r -> r.reportedAdjudication().toDomain()));
    }

    @Override
    public List<DpsCharge> allByBooking(long bookingId) {
        return http.fetch(Map.of(), ReportedDto[].class, all -> java.util.Arrays.stream(all)
                .map(ReportedDto::toDomain).toList(), "reported-adjudications", "all-by-booking",
                Long.toString(bookingId));
    }

    /** {@code ReportedAdjudicationResponse}. */
    private record ResponseDto(ReportedDto reportedAdjudication) {
    }

    /** {@code IncidentDetailsDto}: the NOMIS location id and, when DPS has one, the DPS location uuid. */
    private record IncidentDto(Long locationId, String locationUuid, LocalDateTime dateTimeOfIncident) {
    }

    private record RuleDto(String nomisCode) {
    }

    private record OffenceDto(RuleDto offenceRule) {
    }

    private record StatementDto(String statement) {
    }

    private record DamageDto(String code, String details, String reporter) {
    }

    private record EvidenceDto(String code, String details, String reporter) {
    }

    private record HearingOutcomeDto(String code, String adjudicator, String plea) {
    }

    private record HearingDto(Long id, Long locationId, String locationUuid, LocalDateTime dateTimeOfHearing,
                              String oicHearingType, String agencyId, HearingOutcomeDto outcome) {
        DpsCharge.Hearing toDomain() {
            if (id == null || dateTimeOfHearing == null || oicHearingType == null) {
                throw new IllegalArgumentException("a hearing without its id, time or type");
            }
            return new DpsCharge.Hearing(id, locationId, locationUuid, dateTimeOfHearing, oicHearingType, agencyId,
                    outcome == null ? null : new DpsCharge.HearingOutcome(outcome.code(), outcome.adjudicator(),
                            outcome.plea()));
        }
    }

    private record OutcomeDto(String code) {
    }

    private record CombinedDto(OutcomeDto outcome, OutcomeDto referralOutcome) {
    }

    private record HistoryDto(HearingDto hearing, CombinedDto outcome) {
    }

    private record ScheduleDto(Integer days, Integer duration, LocalDate startDate, LocalDate suspendedUntil) {
    }

    private record PunishmentDto(Long id, String type, String privilegeType, Integer stoppagePercentage,
                                 ScheduleDto schedule, Double damagesOwedAmount, String consecutiveChargeNumber) {
        DpsCharge.Punishment toDomain() {
            if (id == null || type == null || schedule == null) {
                throw new IllegalArgumentException("a punishment without its id, type or schedule");
            }
            return new DpsCharge.Punishment(id, type, privilegeType, stoppagePercentage,
                    Objects.requireNonNullElse(schedule.days(), 0), schedule.duration(), schedule.startDate(),
                    schedule.suspendedUntil(), damagesOwedAmount, consecutiveChargeNumber);
        }
    }

    /** {@code ReportedAdjudicationDto}, the fields the sync reads. */
    private record ReportedDto(String chargeNumber, String prisonerNumber, String originatingAgencyId,
                               IncidentDto incidentDetails, String createdByUserId, LocalDateTime createdDateTime,
                               OffenceDto offenceDetails, StatementDto incidentStatement, String status,
                               List<DamageDto> damages, List<EvidenceDto> evidence, List<HearingDto> hearings,
                               List<HistoryDto> outcomes, List<PunishmentDto> punishments) {
        DpsCharge toDomain() {
            if (chargeNumber == null || prisonerNumber == null || incidentDetails == null) {
                throw new IllegalArgumentException("a reported adjudication without its charge, prisoner or incident");
            }
            List<DpsCharge.Outcome> history = outcomes == null ? List.of() : outcomes.stream()
                    .filter(h -> h.outcome() != null && h.outcome().outcome() != null)
                    .map(h -> new DpsCharge.Outcome(h.hearing() == null ? null : h.hearing().id(),
                            h.outcome().referralOutcome() != null ? h.outcome().referralOutcome().code()
                                    : h.outcome().outcome().code()))
                    .toList();
            return new DpsCharge(chargeNumber, prisonerNumber, originatingAgencyId,
                    incidentDetails.dateTimeOfIncident(), createdDateTime, createdByUserId,
                    incidentDetails.locationId(), incidentDetails.locationUuid(),
                    offenceDetails == null || offenceDetails.offenceRule() == null ? null
                            : offenceDetails.offenceRule().nomisCode(),
                    incidentStatement == null ? null : incidentStatement.statement(), status,
                    damages == null ? List.of() : damages.stream().map(d -> new DpsCharge.Damage(d.code(),
                            d.details(), d.reporter())).toList(),
                    evidence == null ? List.of() : evidence.stream().map(e -> new DpsCharge.Evidence(e.code(),
                            e.details(), e.reporter())).toList(),
                    hearings == null ? List.of() : hearings.stream().map(HearingDto::toDomain).toList(),
                    history,
                    punishments == null ? List.of() : punishments.stream().map(PunishmentDto::toDomain).toList());
        }
    }
}
