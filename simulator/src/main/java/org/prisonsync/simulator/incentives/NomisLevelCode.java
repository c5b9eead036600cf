package org.prisonsync.simulator.incentives;

import java.time.LocalDate;

/** A global incentive level as a NOMIS reference code (domain {@code IEP_LEVEL}). */
public record NomisLevelCode(String code, String description, boolean active, int sequence, LocalDate expiredDate) {
}
