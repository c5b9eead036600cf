package org.prisonsync.core.casenotes;

import java.util.Objects;

/** The outside parties the case notes domain needs, beyond the engine's shared ports. */
public record CaseNotePorts(CaseNotesNomisApi nomis, CaseNotesDpsApi dps) {
    public CaseNotePorts {
        Objects.requireNonNull(nomis, "nomis");
        Objects.requireNonNull(dps, "dps");
    }
}
