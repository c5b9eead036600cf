/**
 * Court sentencing to NOMIS (issue 15, second half): DPS remand and sentencing's court cases, appearances, charges,
 * sentences, period lengths (NOMIS sentence terms) and recalls become NOMIS's, each mapped per entity; NOMIS's case
 * cloning onto the latest booking is completed (mappings switched, then {@code courtsentencing.resync.*} sent) by an
 * internal message each step of which is idempotent, and from NOMIS's side by consuming those messages (cloned cases
 * rebooked in DPS, orphans copied in as {@code DUPLICATE}, cloned adjustments created once); the repairs redo a
 * clone, resend its messages and resynchronise a case. One port per party ({@link org.prisonsync.core.courtsentencing.CourtSentencingDpsApi},
 * {@link org.prisonsync.core.courtsentencing.CourtSentencingNomisApi}); the plug-in is
 * {@link org.prisonsync.core.courtsentencing.CourtSentencingDomain}.
 */
package org.prisonsync.core.courtsentencing;
