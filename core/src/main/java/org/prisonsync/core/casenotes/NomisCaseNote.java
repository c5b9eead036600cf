package org.prisonsync.core.casenotes;

import java.util.Objects;
import org.prisonsync.core.message.OffenderEvent;

/**
 * A NOMIS case note ({@code CaseNoteResponse}): its id, booking, prisoner (null when read by id: NOMIS's answer does
 * not carry it), prison (DPS's {@code locationId}; null when NOMIS has none), content and the audit module of its
 * last write, which says whether we wrote it ({@code DPS_SYNCHRONISATION…}); null when NOMIS recorded none.
 */
public record NomisCaseNote(long caseNoteId, long bookingId, String offenderNo, String prisonId,
                            CaseNoteContent content, String auditModuleName) {
    public NomisCaseNote {
        if (caseNoteId <= 0 || bookingId <= 0) {
            throw new IllegalArgumentException("case note and booking ids are positive");
        }
        Objects.requireNonNull(content, "content");
    }

    /** Our own write, echoed by NOMIS's trigger: never synchronised back to DPS. */
    public boolean writtenBySync() {
        return auditModuleName != null && auditModuleName.startsWith(OffenderEvent.DPS_SYNCHRONISATION);
    }

    public String key() {
        return Long.toString(caseNoteId);
    }
}
