/** Finance's ports over HTTP: NOMIS's transaction endpoints and the DPS finance sync API. */
package org.prisonsync.http.finance;
