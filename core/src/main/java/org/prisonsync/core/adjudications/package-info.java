/**
 * Adjudications to NOMIS (one way, as upstream): the DPS adjudications API and NOMIS's adjudication endpoints, one
 * port per party ({@link org.prisonsync.core.adjudications.AdjudicationsDpsApi},
 * {@link org.prisonsync.core.adjudications.AdjudicationsNomisApi}); the handlers of the {@code adjudication.*}
 * events on the shared flows; seed 000's punishment repair; the reconciliation of additional days awarded; and the
 * domain's plug-in ({@link org.prisonsync.core.adjudications.AdjudicationsDomain}).
 */
package org.prisonsync.core.adjudications;
