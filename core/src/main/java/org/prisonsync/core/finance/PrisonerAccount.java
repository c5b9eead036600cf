package org.prisonsync.core.finance;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One trust account of a prisoner at one prison as NOMIS holds it ({@code PrisonerAccountDto}): the balance as of
 * {@code lastTransactionId}, which is what DPS takes when a balance is migrated, so that later transactions are
 * applied on top of it and earlier ones are not applied twice.
 */
public record PrisonerAccount(String prisonId, long lastTransactionId, LocalDateTime transactionDate,
                              long accountCode, BigDecimal balance, BigDecimal holdBalance) {
}
