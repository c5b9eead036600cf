package org.prisonsync.core.casenotes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code person.case-note.updated} made in DPS → write the note's content to every NOMIS note mapped to it (its own
 * and its copies on other bookings). Not mapped yet → retry later: the create may still be on its way. A NOMIS note
 * already gone is skipped, since its delete event will remove the copy's mapping. Rewriting the same content is
 * harmless, so redelivery needs no claim.
 */
final class CaseNoteUpdatedHandler implements EventHandler {
    private final CaseNotePorts ports;
    private final CaseNoteMappings mappings;

    CaseNoteUpdatedHandler(CaseNotePorts ports, CaseNoteMappings mappings) {
        this.ports = ports;
        this.mappings = mappings;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        String id = CaseNoteEvents.dpsId(event);
        String prisoner = event.requirePrisonerNumber();
        Map<String, String> props = CaseNoteEvents.dpsProperties(event, id);
        if (CaseNoteEvents.notForNomis(event)) {
            return new SyncOutcome.Ignored("casenotes-update-ignored", props,
                    "case note was changed in NOMIS or is not for NOMIS");
        }
        List<Long> nomisIds = mappings.nomisIdsOf(id);
        if (nomisIds.isEmpty()) {
            return new SyncOutcome.RetryLater("casenotes-update-awaiting-parent", props,
                    "no mapping yet for DPS case note " + id);
        }
        props.put("nomisCaseNoteIds", nomisIds.toString());
        try {
            Optional<DpsCaseNote> note = ports.dps().find(prisoner, id);
            if (note.isEmpty()) {
                return new SyncOutcome.RetryLater("casenotes-update-failed", props,
                        "DPS case note " + id + " not found");
            }
            for (long nomisId : nomisIds) {
                ports.nomis().update(nomisId, note.get().content());
            }
            return new SyncOutcome.Synced("casenotes-update-success", props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed("casenotes-update-failed", props, e);
        }
    }
}
