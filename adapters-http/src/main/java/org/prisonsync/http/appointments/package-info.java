/** The appointments' ports over HTTP: NOMIS's appointment endpoints, the activities API's appointments. */
package org.prisonsync.http.appointments;
