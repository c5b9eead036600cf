/**
 * Machinery the HTTP adapter's domain packages share and nobody else should use: {@link
 * org.prisonsync.http.internal.JsonHttp} (JSON to one API's base URL with the status rules every adapter shares,
 * and the answers adapters read alike: a find's 404 as empty, a create's 200/201, a GET that must answer 200),
 * {@link org.prisonsync.http.internal.HttpReply} (with a write's 200/204 true, 404 false), the sender that repeats a
 * request only when that is safe, and the OAuth2 client-credentials token cache shared per client and credentials.
 * Public only where the domain packages need it; not an API.
 */
package org.prisonsync.http.internal;
