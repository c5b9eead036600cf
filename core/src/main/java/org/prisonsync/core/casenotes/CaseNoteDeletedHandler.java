package org.prisonsync.core.casenotes;

import java.util.List;
import java.util.Map;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code person.case-note.deleted} made in DPS → delete every NOMIS note mapped to it, then the mappings. NOMIS
 * deletes are idempotent, so a failure part-way is retried whole; once the mappings are gone a redelivery is skipped.
 */
final class CaseNoteDeletedHandler implements EventHandler {
    private final CaseNotePorts ports;
    private final CaseNoteMappings mappings;

    CaseNoteDeletedHandler(CaseNotePorts ports, CaseNoteMappings mappings) {
        this.ports = ports;
        this.mappings = mappings;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        String id = CaseNoteEvents.dpsId(event);
        Map<String, String> props = CaseNoteEvents.dpsProperties(event, id);
        if (CaseNoteEvents.notForNomis(event)) {
            return new SyncOutcome.Ignored("casenotes-deleted-ignored", props,
                    "case note was deleted in NOMIS or is not for NOMIS");
        }
        List<Long> nomisIds = mappings.nomisIdsOf(id);
        if (nomisIds.isEmpty()) {
            return new SyncOutcome.Ignored("casenotes-deleted-skipped", props,
                    "DPS case note " + id + " is not mapped");
        }
        props.put("nomisCaseNoteIds", nomisIds.toString());
        for (long nomisId : nomisIds) {
            ports.nomis().delete(nomisId);
        }
        mappings.deleteAll(id);
        return new SyncOutcome.Synced("casenotes-deleted-success", props);
    }
}
