package org.prisonsync.core.casenotes;

import java.util.List;
import java.util.Optional;

/**
 * NOMIS case notes through the NOMIS prisoner API. Every write is audited as made by DPS synchronisation, which is
 * how the {@code OFFENDER_CASE_NOTES-*} events it raises are recognised as echoes.
 *
 * <p>Contract: {@link #create} writes onto the prisoner's latest booking and answers the new note (not idempotent:
 * callers claim first and look for a lost attempt's note when resuming). Lookups are empty on 404; update and delete
 * return false when NOMIS has no such note, and delete is idempotent. An unknown prisoner throws
 * {@link org.prisonsync.core.UpstreamRejected} 404 from create and gives an empty list. Unreachable / 5xx /
 * timeouts throw {@link org.prisonsync.core.UpstreamUnavailable} (retryable; a write's outcome is unknown).
 */
public interface CaseNotesNomisApi {

    /** {@code POST /prisoners/{offenderNo}/casenotes}. */
    NomisCaseNote create(String offenderNo, CaseNoteContent content);

    /** {@code PUT /casenotes/{caseNoteId}}; false when NOMIS has no such note. */
    boolean update(long caseNoteId, CaseNoteContent content);

    /** {@code DELETE /casenotes/{caseNoteId}}; false when there was none. */
    boolean delete(long caseNoteId);

    /** {@code GET /casenotes/{caseNoteId}}. */
    Optional<NomisCaseNote> find(long caseNoteId);

    /** {@code GET /prisoners/{offenderNo}/casenotes}: every note on every booking, in id order. */
    List<NomisCaseNote> caseNotesOf(String offenderNo);

    /**
     * {@code GET /prisoners/ids/all-from-id?offenderId=&pageSize=}: up to {@code pageSize} prisoners (every prisoner,
     * in or out of prison) whose offender id is after {@code afterOffenderId}, in id order, and the page's last id.
     */
    AllPrisonersPage allPrisonersFrom(long afterOffenderId, int pageSize);
}
