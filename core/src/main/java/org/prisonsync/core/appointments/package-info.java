/**
 * Appointments, to NOMIS only: DPS appointment instances (activities API) become NOMIS appointments
 * ({@code OFFENDER_IND_SCHEDULES}), mapped instance id ⇄ NOMIS event id; the per-prison reconciliation over a range
 * of days (yesterday to 28 days ahead by default) with its verdicts, and the repairs: delete a NOMIS duplicate,
 * resynchronise one instance from DPS.
 */
package org.prisonsync.core.appointments;
