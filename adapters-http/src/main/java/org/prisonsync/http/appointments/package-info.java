/** The appointments' ports over HTTP: NOMIS's appointment endpoints, the activities API's appointments, the mapping service's location mappings. */
package org.prisonsync.http.appointments;
