package org.prisonsync.core.adjudications;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Upstream's {@code AdjudicationADAAwardSummaryResponse}: a booking's additional days awarded, one per award. */
public record AdaSummary(long bookingId, String offenderNo, List<Ada> adaSummaries) {
    public AdaSummary {
        adaSummaries = List.copyOf(Objects.requireNonNullElse(adaSummaries, List.of()));
    }

    /** {@code ADASummary}: the award, its days, effective date and status code. */
    public record Ada(long adjudicationNumber, int sanctionSequence, int days, LocalDate effectiveDate,
                      String sanctionStatus) {
    }
}
