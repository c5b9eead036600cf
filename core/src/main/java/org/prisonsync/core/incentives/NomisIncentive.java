package org.prisonsync.core.incentives;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A NOMIS IEP ({@code IncentiveResponse}): the level on one booking from {@code iepDateTime}, and the NOMIS module
 * that wrote it ({@code auditModule}), which tells a review made by a person from one NOMIS generated on a movement.
 */
public record NomisIncentive(NomisIncentiveId id, String offenderNo, String levelCode, String levelDescription,
                             LocalDateTime iepDateTime, String prisonId, String commentText, String userId,
                             boolean currentIep, String auditModule, LocalDateTime whenCreated) {
    public NomisIncentive {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(offenderNo, "offenderNo");
        Objects.requireNonNull(levelCode, "levelCode");
        Objects.requireNonNull(iepDateTime, "iepDateTime");
    }
}
