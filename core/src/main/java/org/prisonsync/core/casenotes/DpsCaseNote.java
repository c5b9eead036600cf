package org.prisonsync.core.casenotes;

import java.util.Objects;

/**
 * A case note as the case notes API holds it ({@code GET /sync/case-notes/{personIdentifier}}): its uuid, the
 * prisoner, the content and the NOMIS id it was created with or synchronised from ({@code legacyId}, 0 when none).
 */
public record DpsCaseNote(String id, String personIdentifier, CaseNoteContent content, long legacyId) {
    public DpsCaseNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personIdentifier, "personIdentifier");
        Objects.requireNonNull(content, "content");
    }
}
