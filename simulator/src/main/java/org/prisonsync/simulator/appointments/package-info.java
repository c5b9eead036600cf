/**
 * Appointments: the activities API's appointment reads, NOMIS's appointment endpoints and the mapping service's
 * location mappings at their real paths, the events DPS publishes, and a way to plant reconciliation differences.
 */
package org.prisonsync.simulator.appointments;
