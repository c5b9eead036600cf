package org.prisonsync.core.adjudications;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** Upstream's {@code CreateHearingRequest} (and, without the agency, {@code UpdateHearingRequest}). */
public record NomisHearingRequest(String hearingType, LocalDate hearingDate, LocalTime hearingTime, String agencyId,
                                  long internalLocationId) {
    public NomisHearingRequest {
        Objects.requireNonNull(hearingType, "hearingType");
        Objects.requireNonNull(hearingDate, "hearingDate");
        Objects.requireNonNull(hearingTime, "hearingTime");
    }

    /** Whether a NOMIS hearing is this one: type, date, time and location. */
    public boolean describes(NomisAdjudication.Hearing hearing) {
        return hearingType.equals(hearing.hearingType()) && hearingDate.equals(hearing.hearingDate())
                && hearingTime.equals(hearing.hearingTime()) && internalLocationId == hearing.internalLocationId();
    }
}
