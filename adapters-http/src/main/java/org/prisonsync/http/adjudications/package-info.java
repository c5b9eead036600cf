/** The adjudications ports over HTTP: NOMIS's adjudication endpoints and the DPS adjudications API. */
package org.prisonsync.http.adjudications;
