/**
 * Sentencing adjustments, both ways: DPS adjustments ({@code release-date-adjustments.adjustment.*}) become NOMIS
 * sentence adjustments or key-date adjustments (by whether DPS names a sentence sequence, as upstream decides), and
 * NOMIS's {@code SENTENCE_ADJUSTMENT_*} and {@code KEY_DATE_ADJUSTMENT_*} events become DPS legacy adjustments; both
 * creates go through the kit's claim-before-write {@code CreateFlow}, and each side skips the other's echoes. The
 * nightly {@code sentencing} reconciliation compares each active prisoner's latest booking; the repairs delete a
 * duplicate on either side, resynchronise a booking, or (upstream's) write one DPS adjustment to NOMIS again.
 */
package org.prisonsync.core.adjustments;
