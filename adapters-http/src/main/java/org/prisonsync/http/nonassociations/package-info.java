/** The non-associations' ports over HTTP: NOMIS's non-association endpoints and the DPS non-associations API. */
package org.prisonsync.http.nonassociations;
