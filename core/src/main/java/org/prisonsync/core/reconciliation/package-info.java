/**
 * The reconciliation engine, which names no domain. A domain declares a {@link
 * org.prisonsync.core.reconciliation.Reconciliation}: its population (offset pages, keyset pages or a whole list)
 * and a compare of one item. The {@link org.prisonsync.core.reconciliation.ReconciliationEngine} pages through it with
 * bounded concurrency, survives failing pages and items, skips excluded keys, emits the upstream telemetry
 * ({@code <prefix>-requested|mismatch|mismatch-error|mismatch-page-error|report}), persists every run and its
 * mismatches ({@link org.prisonsync.core.reconciliation.ReconciliationRuns}) and repairs a mismatch on request, with a
 * dry run first.
 */
package org.prisonsync.core.reconciliation;
