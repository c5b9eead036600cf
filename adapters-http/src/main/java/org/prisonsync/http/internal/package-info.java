/**
 * Machinery the HTTP adapter's domain packages share and nobody else should use: {@link
 * org.prisonsync.http.internal.JsonHttp} (JSON to one API's base URL with the status rules every adapter shares),
 * {@link org.prisonsync.http.internal.HttpReply}, the sender that repeats a request only when that is safe, and the
 * OAuth2 client-credentials token cache shared per client and credentials. Public only where the domain packages need
 * it; not an API.
 */
package org.prisonsync.http.internal;
