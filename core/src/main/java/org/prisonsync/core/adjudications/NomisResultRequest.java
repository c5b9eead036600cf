package org.prisonsync.core.adjudications;

import java.util.Objects;

/** Upstream's {@code CreateHearingResultRequest}: adjudicator, plea and finding. */
public record NomisResultRequest(String adjudicatorUsername, String pleaFindingCode, String findingCode) {
    public NomisResultRequest {
        Objects.requireNonNull(pleaFindingCode, "pleaFindingCode");
        Objects.requireNonNull(findingCode, "findingCode");
    }
}
