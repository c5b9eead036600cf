package org.prisonsync.core.adjudications;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * Upstream's {@code CreateAdjudicationRequest}: the incident (reporter, dates, location, details, prison, repairs),
 * the charges' offence codes and the evidence.
 */
public record NomisAdjudicationRequest(String reportingStaffUsername, LocalDate incidentDate, LocalTime incidentTime,
                                       LocalDate reportedDate, LocalTime reportedTime, long internalLocationId,
                                       String details, String prisonId, List<NomisAdjudication.Repair> repairs,
                                       List<String> offenceCodes, List<NomisAdjudication.Evidence> evidence) {
    public NomisAdjudicationRequest {
        Objects.requireNonNull(incidentDate, "incidentDate");
        Objects.requireNonNull(prisonId, "prisonId");
        repairs = List.copyOf(Objects.requireNonNullElse(repairs, List.of()));
        offenceCodes = List.copyOf(Objects.requireNonNullElse(offenceCodes, List.of()));
        evidence = List.copyOf(Objects.requireNonNullElse(evidence, List.of()));
    }

    /** Whether a NOMIS adjudication is this one: same prisoner's incident, date, time, details and offences. */
    public boolean describes(NomisAdjudication existing) {
        return prisonId.equals(existing.prisonId()) && incidentDate.equals(existing.incidentDate())
                && Objects.equals(incidentTime, existing.incidentTime())
                && Objects.equals(details, existing.details())
                && offenceCodes.equals(existing.charges().stream().map(NomisAdjudication.Charge::offenceCode)
                        .toList());
    }
}
