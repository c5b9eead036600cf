/**
 * Visits, the first domain: DPS visit scheduler ⇄ NOMIS visits. To NOMIS on {@code prison-visit.booked|changed|
 * cancelled}; from NOMIS on {@code VISIT_CANCELLED} made by a NOMIS user; the records, the two ports, the handlers,
 * the DPS→NOMIS translation and the repairs that replace the seed runbook's visit steps.
 */
package org.prisonsync.core.visits;
