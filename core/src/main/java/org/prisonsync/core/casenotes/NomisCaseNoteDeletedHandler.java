package org.prisonsync.core.casenotes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.message.OffenderEvent;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * NOMIS {@code OFFENDER_CASE_NOTES-DELETED} → delete the mapped DPS note and the DPS note's other NOMIS notes (its
 * copies), then every mapping of it. The note is gone, so our own deletes are recognised by the event's audit
 * module; a note that is not mapped (never synchronised, or already deleted from DPS) is skipped.
 */
final class NomisCaseNoteDeletedHandler implements EventHandler {
    private final CaseNotePorts ports;
    private final CaseNoteMappings mappings;

    NomisCaseNoteDeletedHandler(CaseNotePorts ports, CaseNoteMappings mappings) {
        this.ports = ports;
        this.mappings = mappings;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        long id = CaseNoteEvents.nomisId(event);
        Map<String, String> props = CaseNoteEvents.nomisProperties(event, id);
        if (event.originatesInDps()) {
            return new SyncOutcome.Ignored("casenotes-synchronisation-deleted-skipped", props,
                    "case note was deleted by DPS synchronisation");
        }
        Optional<Mapping> mapping = mappings.ofNomis(id);
        if (mapping.isEmpty()) {
            return new SyncOutcome.Ignored("casenotes-synchronisation-deleted-ignored", props,
                    "NOMIS case note " + id + " is not mapped");
        }
        String dpsId = mapping.get().dpsId();
        props.put("dpsCaseNoteId", dpsId);
        List<Long> all = mappings.nomisIdsOf(dpsId);
        ports.dps().delete(dpsId);
        for (long other : all) {
            if (other != id) {
                ports.nomis().delete(other);
            }
        }
        mappings.deleteAll(dpsId);
        return new SyncOutcome.Synced("casenotes-synchronisation-deleted-success", props);
    }
}
