/**
 * The HTTP adapter: OkHttp + Jackson clients for the NOMIS prisoner API's visit and alert endpoints and its active
 * prisoners ({@code VisitsNomisApi}, {@code AlertsNomisApi}, {@code ActivePrisoners}), the DPS visit scheduler
 * ({@code VisitsDpsApi}), the DPS alerts API ({@code AlertsDpsApi}) and the Prison API's booking movements
 * ({@code PrisonMovements}), authenticated with OAuth2 client-credentials tokens. Only
 * {@link org.prisonsync.http.HttpSettings}, the {@link org.prisonsync.http.HttpAdapters} factory and the Dagger
 * {@link org.prisonsync.http.HttpModule} are public; the adapters, the token cache and the wire records stay
 * package-private, so core's ports are the only way in.
 */
package org.prisonsync.http;
