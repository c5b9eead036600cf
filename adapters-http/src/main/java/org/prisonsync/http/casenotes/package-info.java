/**
 * The case notes ports over HTTP: NOMIS's case note endpoints of the prisoner API and the case notes API's sync
 * endpoints, with the upstream paths and field names; wire types stay private to the adapters.
 */
package org.prisonsync.http.casenotes;
