/**
 * Case notes: NOMIS's case note endpoints and the case notes API's sync endpoints over the in-memory twins,
 * publishing {@code person.case-note.*} and {@code OFFENDER_CASE_NOTES-*} both ways, NOMIS's all-prisoners keyset
 * page, and control routes that plant differences without events for the reconciliation.
 */
package org.prisonsync.simulator.casenotes;
