/**
 * Incentives (IEP) to NOMIS: the DPS review and levels, the NOMIS IEP and reference data, one port per party
 * ({@link org.prisonsync.core.incentives.IncentivesDpsApi}, {@link org.prisonsync.core.incentives.IncentivesNomisApi}),
 * the handlers of the four {@code incentives.*} events on the shared create flow, seed 000's judgement of a
 * mismatch ({@link org.prisonsync.core.incentives.IncentiveComparison}) and its repair, and the domain's plug-in
 * ({@link org.prisonsync.core.incentives.IncentivesDomain}).
 */
package org.prisonsync.core.incentives;
