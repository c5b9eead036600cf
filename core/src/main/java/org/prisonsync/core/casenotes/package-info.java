/**
 * Case notes, two-way: DPS {@code person.case-note.*} events to NOMIS and NOMIS {@code OFFENDER_CASE_NOTES-*} events
 * to DPS, skipping our own writes either way. One DPS note may map to several NOMIS notes (NOMIS copies a note onto
 * other bookings), so {@link org.prisonsync.core.casenotes.CaseNoteMappings} keeps the first pair as the note's
 * mapping and every further NOMIS note as a copy of it; a DPS change applies to all of them. The reconciliations
 * compare each prisoner's notes through those mappings ({@link org.prisonsync.core.casenotes.CaseNotesComparison},
 * which defines the provable duplicate a run deletes) and the resyncs rebuild a prisoner's notes either way.
 */
package org.prisonsync.core.casenotes;
