/**
 * The HTTP adapter's public face: {@link org.prisonsync.http.HttpSettings} (base URLs keyed by API id, timeouts,
 * OAuth2 client credentials), the one shared client ({@link org.prisonsync.http.HttpAdapters#client} and the Dagger
 * {@link org.prisonsync.http.HttpModule}). Each domain's OkHttp + Jackson adapters live in a package of their own
 * ({@code visits}, {@code alerts}, {@code movements}, {@code prisoners}) with one Dagger module that binds core's
 * ports and includes the shared client; the adapters and their wire records stay package-private, so core's ports are
 * the only way in. JSON over HTTP, the safe repeat and the client-credentials tokens are in {@code internal}.
 */
package org.prisonsync.http;
