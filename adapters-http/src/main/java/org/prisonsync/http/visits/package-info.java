/**
 * The visits over HTTP: {@code VisitsNomisApi} on the NOMIS prisoner API's visit endpoints and {@code VisitsDpsApi}
 * on the DPS visit scheduler (including the visits migration's calls), bound by the Dagger
 * {@link org.prisonsync.http.visits.VisitsHttp}.
 */
package org.prisonsync.http.visits;
