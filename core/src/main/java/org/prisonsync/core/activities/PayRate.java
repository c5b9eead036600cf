package org.prisonsync.core.activities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** NOMIS's {@code PayRateRequest}: the half-day rate in pounds for an incentive level and pay band ("1" to "10"). */
public record PayRate(String incentiveLevel, String payBand, BigDecimal rate, LocalDate startDate) {
    public PayRate {
        Activities.requireCode(incentiveLevel, 6, "incentiveLevel");
        Activities.requireCode(payBand, 2, "payBand");
        Objects.requireNonNull(rate, "rate");
        if (rate.signum() < 0) {
            throw new IllegalArgumentException("rate must not be negative, was " + rate);
        }
    }

    /** DPS pays in pence, NOMIS in pounds. */
    public static PayRate from(ActivityPay pay) {
        return new PayRate(pay.incentiveNomisCode(), Integer.toString(pay.nomisPayBand()),
                BigDecimal.valueOf(pay.rate()).movePointLeft(2), pay.startDate());
    }
}
