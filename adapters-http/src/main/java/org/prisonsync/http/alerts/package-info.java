/**
 * The alerts over HTTP: {@code AlertsNomisApi} on the NOMIS prisoner API's alert endpoints and {@code AlertsDpsApi}
 * on the DPS alerts API, bound by the Dagger {@link org.prisonsync.http.alerts.AlertsHttp}.
 */
package org.prisonsync.http.alerts;
