package org.prisonsync.core.casenotes;

import java.util.Objects;

/**
 * A prisoner the case notes reconciliation checks. {@code position} is where a keyset page of all prisoners ended
 * (its last offender id, which NOMIS answers per page, not per prisoner), so the page after starts there; 0 for an
 * active prisoner read by offset pages.
 */
public record CaseNotePrisoner(String offenderNo, long position) {
    public CaseNotePrisoner {
        Objects.requireNonNull(offenderNo, "offenderNo");
    }
}
