package org.prisonsync.core.casenotes;

import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.CreateRequest;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.TargetWrite;

/**
 * {@code person.case-note.created} made in DPS → create the note in NOMIS and map it, under the create flow's claim,
 * so redelivery and two consumers write it once. NOMIS's create is not idempotent: a resumed claim first adopts an
 * unmapped NOMIS note of the prisoner with the same content, which a lost attempt wrote.
 */
final class CaseNoteCreatedHandler implements EventHandler {
    private final CaseNotePorts ports;
    private final MappingStore mappings;
    private final CreateFlow create;

    CaseNoteCreatedHandler(CaseNotePorts ports, MappingStore mappings, CreateFlow create) {
        this.ports = ports;
        this.mappings = mappings;
        this.create = create;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        String id = CaseNoteEvents.dpsId(event);
        String prisoner = event.requirePrisonerNumber();
        Map<String, String> props = CaseNoteEvents.dpsProperties(event, id);
        if (CaseNoteEvents.notForNomis(event)) {
            return new SyncOutcome.Ignored("casenotes-create-ignored", props,
                    "case note was made in NOMIS or is not for NOMIS");
        }
        return create.run(new CreateRequest<>(CaseNotesSync.ENTITY, CaseNotesSync.ENTITY_TYPE, id, prisoner,
                MappingTypes.DPS_CREATED, props, () -> ports.dps().find(prisoner, id),
                (note, resumed) -> write(prisoner, note, resumed)), context);
    }

    private TargetWrite write(String prisoner, DpsCaseNote note, boolean resumed) {
        Optional<NomisCaseNote> adopted = resumed ? unmappedMatch(prisoner, note.content()) : Optional.empty();
        if (adopted.isPresent()) {
            return TargetWrite.found(adopted.get().key());
        }
        return TargetWrite.created(ports.nomis().create(prisoner, note.content()).key());
    }

    private Optional<NomisCaseNote> unmappedMatch(String prisoner, CaseNoteContent content) {
        CaseNoteMappings all = new CaseNoteMappings(mappings);
        return ports.nomis().caseNotesOf(prisoner).stream()
                .filter(n -> n.content().equals(content) && n.writtenBySync())
                .filter(n -> all.ofNomis(n.caseNoteId()).isEmpty())
                .findFirst();
    }
}
