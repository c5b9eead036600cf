/**
 * The active prisoners over HTTP: {@code ActivePrisoners}, pages of the NOMIS prisoner API's active prisoners, the
 * population a prisoner-level reconciliation walks; bound by the Dagger
 * {@link org.prisonsync.http.prisoners.PrisonersHttp}.
 */
package org.prisonsync.http.prisoners;
