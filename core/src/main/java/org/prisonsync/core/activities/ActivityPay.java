package org.prisonsync.core.activities;

import java.time.LocalDate;

/**
 * One pay rate of a DPS activity ({@code ActivityPay}): for an incentive level (its NOMIS code) and a NOMIS pay band
 * (1 to 10), in pence per session; {@code startDate} null means "before every other rate".
 */
public record ActivityPay(String incentiveNomisCode, int nomisPayBand, int rate, LocalDate startDate) {
    public ActivityPay {
        Activities.requireCode(incentiveNomisCode, 6, "incentiveNomisCode");
        if (nomisPayBand < 1 || nomisPayBand > 10) {
            throw new IllegalArgumentException("nomisPayBand must be 1 to 10, was " + nomisPayBand);
        }
        if (rate < 0) {
            throw new IllegalArgumentException("rate must not be negative, was " + rate);
        }
    }
}
