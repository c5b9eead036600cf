/**
 * The visits ports in memory, public and framework-free: the DPS visits API, NOMIS's visits and visit rooms, and the
 * room mappings, for core's tests, for library users testing their own rules, and for the simulator to serve over
 * HTTP.
 */
package org.prisonsync.core.visits.inmemory;
