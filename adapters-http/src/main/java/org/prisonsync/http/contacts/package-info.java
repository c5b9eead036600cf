/** The contacts ports over HTTP: NOMIS's {@code /persons} endpoints and the personal relationships API's {@code /sync}. */
package org.prisonsync.http.contacts;
