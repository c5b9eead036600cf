package org.prisonsync.core.casenotes;

import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.message.OffenderEvent;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * NOMIS {@code OFFENDER_CASE_NOTES-UPDATED} → replace the mapped DPS note's content, then bring the DPS note's other
 * NOMIS notes (copies on other bookings) to the same content, as upstream does. Our own writes are skipped; not
 * mapped yet → retry later (its insert may still be on its way).
 */
final class NomisCaseNoteUpdatedHandler implements EventHandler {
    private final CaseNotePorts ports;
    private final CaseNoteMappings mappings;

    NomisCaseNoteUpdatedHandler(CaseNotePorts ports, CaseNoteMappings mappings) {
        this.ports = ports;
        this.mappings = mappings;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        long id = CaseNoteEvents.nomisId(event);
        Map<String, String> props = CaseNoteEvents.nomisProperties(event, id);
        try {
            Optional<NomisCaseNote> found = ports.nomis().find(id);
            if (found.isEmpty()) {
                return new SyncOutcome.Ignored("casenotes-synchronisation-updated-ignored-deleted", props,
                        "NOMIS case note " + id + " no longer exists");
            }
            NomisCaseNote note = found.get();
            if (note.writtenBySync()) {
                return new SyncOutcome.Ignored("casenotes-synchronisation-updated-skipped", props,
                        "case note was updated by DPS synchronisation");
            }
            Optional<Mapping> mapping = mappings.ofNomis(id);
            if (mapping.isEmpty()) {
                return new SyncOutcome.RetryLater("casenotes-synchronisation-updated-mapping-missing", props,
                        "NOMIS case note " + id + " is not mapped yet");
            }
            String dpsId = mapping.get().dpsId();
            props.put("dpsCaseNoteId", dpsId);
            ports.dps().sync(event.requireOffender(), dpsId, id, note.prisonId(), note.content());
            for (long other : mappings.nomisIdsOf(dpsId)) {
                if (other != id) {
                    ports.nomis().update(other, note.content());
                }
            }
            return new SyncOutcome.Synced("casenotes-synchronisation-updated-success", props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed("casenotes-synchronisation-updated-failed", props, e);
        }
    }
}
