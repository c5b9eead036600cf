package org.prisonsync.core.casenotes;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The case notes API's sync endpoints. A write through them is recorded with system NOMIS, so the
 * {@code person.case-note.*} event it raises carries {@code source: NOMIS} and is not sent back.
 *
 * <p>Contract: {@link #sync} is {@code PUT /sync/case-notes}, an upsert: without an id it creates and answers the new
 * uuid, with one it replaces that note's content (an unknown id throws {@link org.prisonsync.core.UpstreamRejected}
 * 404). {@link #delete} is idempotent and false when there was none. Lookups are empty when absent. Unreachable /
 * 5xx / timeouts throw {@link org.prisonsync.core.UpstreamUnavailable} (retryable).
 */
public interface CaseNotesDpsApi {

    /** {@code PUT /sync/case-notes}: the note's uuid. */
    String sync(String personIdentifier, String id, long legacyId, String locationId, CaseNoteContent content);

    /** {@code DELETE /sync/case-notes/{id}}. */
    boolean delete(String id);

    /**
     * {@code PUT /move/case-notes} ({@code MoveCaseNotesRequest}): the notes, moved with their booking in NOMIS,
     * become {@code toPersonIdentifier}'s.
     */
    void move(String fromPersonIdentifier, String toPersonIdentifier, Set<String> caseNoteIds);

    /** {@code GET /case-notes/{personIdentifier}/{caseNoteIdentifier}}. */
    Optional<DpsCaseNote> find(String personIdentifier, String id);

    /** {@code GET /sync/case-notes/{personIdentifier}}: every note of the prisoner. */
    List<DpsCaseNote> caseNotesOf(String personIdentifier);
}
