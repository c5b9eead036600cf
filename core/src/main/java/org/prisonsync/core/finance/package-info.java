/**
 * Finance from NOMIS: prisoner ({@code OFFENDER_TRANSACTIONS}) and prison ({@code GL_TRANSACTIONS}) transactions to
 * the DPS finance sync API, one call per transaction per settling window. One NOMIS transaction is many rows, each
 * raising its own event, while DPS wants the whole transaction at once: the first event of a transaction opens a
 * window in the {@link org.prisonsync.core.finance.TransactionBuffer} and queues one delayed
 * {@code PERFORM_TRANSACTION_SYNC}; the events that follow are absorbed; the delayed message reads the whole
 * transaction and sends it. Every step is a conditional write on the buffer row, so two instances, redeliveries and a
 * crash at any point neither lose a row nor send a window twice (see {@code docs/adr/} on the transaction window).
 */
package org.prisonsync.core.finance;
