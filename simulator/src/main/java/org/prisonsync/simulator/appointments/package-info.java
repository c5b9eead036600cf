/**
 * Appointments: the activities API's appointment reads, NOMIS's appointment endpoints at their real paths (over
 * the shared location mappings), the events DPS publishes, and a way to plant reconciliation differences.
 */
package org.prisonsync.simulator.appointments;
