package org.prisonsync.core.casenotes;

import java.util.Optional;
import org.prisonsync.core.mapping.MappingStore;

/**
 * Reads one prisoner's case notes on both sides with their mappings and compares them; removes a provable duplicate
 * ({@link CaseNotesComparison}) after reading it again, so a note that changed or was mapped since the compare is
 * left alone. Removal goes through the real deletes (NOMIS {@code DELETE /casenotes/{id}}, DPS
 * {@code DELETE /sync/case-notes/{id}}), both audited as synchronisation, so neither raises a sync back.
 */
public final class PrisonerCaseNotes {
    private final CaseNotePorts ports;
    private final MappingStore store;
    private final CaseNoteMappings mappings;

    public PrisonerCaseNotes(CaseNotePorts ports, MappingStore store) {
        this.ports = ports;
        this.store = store;
        this.mappings = new CaseNoteMappings(store);
    }

    public CaseNotesComparison.Result compare(String offenderNo) {
        return CaseNotesComparison.compare(offenderNo, ports.nomis().caseNotesOf(offenderNo),
                ports.dps().caseNotesOf(offenderNo), store.findByPrisoner(CaseNotesSync.ENTITY_TYPE, offenderNo),
                store.findByPrisoner(CaseNoteMappings.COPY_TYPE, offenderNo));
    }

    /**
     * Removes a provable duplicate (or, on a dry run, checks it still could be); false when it is no longer one
     * (gone, mapped, or no longer identical to its twin) and nothing was removed.
     */
    public boolean removeDuplicate(String offenderNo, CaseNoteDifference duplicate, boolean dryRun) {
        if (!duplicate.provable()) {
            throw new IllegalArgumentException(duplicate.subject() + " is not a provable duplicate");
        }
        if (duplicate.kind() == CaseNoteDifference.Kind.NOMIS_DUPLICATE) {
            long id = Long.parseLong(duplicate.nomisId());
            Optional<NomisCaseNote> note = ports.nomis().find(id);
            Optional<NomisCaseNote> twin = ports.nomis().find(Long.parseLong(duplicate.twin()));
            if (note.isEmpty() || twin.isEmpty() || mappings.ofNomis(id).isPresent()
                    || !note.get().content().equals(twin.get().content())) {
                return false;
            }
            return dryRun || ports.nomis().delete(id);
        }
        Optional<DpsCaseNote> note = ports.dps().find(offenderNo, duplicate.dpsId());
        Optional<DpsCaseNote> twin = ports.dps().find(offenderNo, duplicate.twin());
        if (note.isEmpty() || twin.isEmpty() || !mappings.nomisIdsOf(duplicate.dpsId()).isEmpty()
                || !note.get().content().equals(twin.get().content())) {
            return false;
        }
        return dryRun || ports.dps().delete(duplicate.dpsId());
    }
}
