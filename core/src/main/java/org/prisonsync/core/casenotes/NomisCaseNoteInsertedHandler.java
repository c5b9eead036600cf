package org.prisonsync.core.casenotes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.message.OffenderEvent;
import org.prisonsync.core.sync.CreateDirection;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.CreateNames;
import org.prisonsync.core.sync.CreateRequest;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.TargetWrite;

/**
 * NOMIS {@code OFFENDER_CASE_NOTES-INSERTED} → create the note in DPS through {@code PUT /sync/case-notes} and map
 * it. Skipped: our own writes (the note's audit module, as upstream reads it from the note, not the event), and a
 * note without an audit module whose mapping we created from DPS. A note NOMIS copied onto another booking of the
 * prisoner (same content as a mapped note there) becomes a copy of that DPS note, not a second DPS note. A resumed
 * claim adopts the DPS note whose {@code legacyId} is this note: provably what a lost attempt wrote.
 */
final class NomisCaseNoteInsertedHandler implements EventHandler {
    static final String ENTITY_NAME = "casenotes-synchronisation";
    static final CreateNames NAMES = new CreateNames("casenotes-synchronisation-created-ignored",
            "casenotes-synchronisation-created-awaiting-claim", "casenotes-synchronisation-created-failed",
            "casenotes-mapping-created-synchronisation-failed", "casenotes-synchronisation-created-success",
            "from-nomis-synch-casenote-duplicate", ENTITY_NAME);

    private final CaseNotePorts ports;
    private final CaseNoteMappings mappings;
    private final CreateFlow create;

    NomisCaseNoteInsertedHandler(CaseNotePorts ports, CaseNoteMappings mappings, CreateFlow create) {
        this.ports = ports;
        this.mappings = mappings;
        this.create = create;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        long id = CaseNoteEvents.nomisId(event);
        String offenderNo = event.requireOffender();
        Map<String, String> props = CaseNoteEvents.nomisProperties(event, id);
        Optional<NomisCaseNote> found = ports.nomis().find(id);
        if (found.isEmpty()) {
            return new SyncOutcome.Ignored("casenotes-synchronisation-created-ignored-deleted", props,
                    "NOMIS case note " + id + " no longer exists");
        }
        NomisCaseNote note = found.get();
        if (note.writtenBySync()) {
            return new SyncOutcome.Ignored("casenotes-synchronisation-created-skipped", props,
                    "case note was created by DPS synchronisation");
        }
        Optional<Mapping> mapped = mappings.ofNomis(id);
        if (mapped.isPresent()) {
            if (note.auditModuleName() == null && MappingTypes.DPS_CREATED.equals(mapped.get().mappingType())) {
                return new SyncOutcome.Ignored("casenotes-synchronisation-created-skipped-null", props,
                        "no audit module, and the mapping was created from DPS");
            }
            return new SyncOutcome.AlreadyMapped("casenotes-synchronisation-created-ignored", props);
        }
        Optional<Mapping> original = copyOf(ports.nomis().caseNotesOf(offenderNo), note);
        if (original.isPresent()) {
            mappings.saveCopy(original.get().dpsId(), id, offenderNo, MappingTypes.NOMIS_CREATED);
            props.put("dpsCaseNoteId", original.get().dpsId());
            return new SyncOutcome.Synced("casenotes-synchronisation-created-copy", props);
        }
        return createInDps(note, offenderNo, props, context);
    }

    /**
     * Creates the NOMIS note in DPS and maps it, under the create flow's claim on the NOMIS id: the same claim its own
     * {@code INSERTED} event takes, so a merge or booking move that meets the note unmapped creates it at most once
     * with that event.
     */
    SyncOutcome createInDps(NomisCaseNote note, String offenderNo, Map<String, String> props,
                            MessageContext context) {
        return create.run(new CreateRequest<>(ENTITY_NAME, CaseNotesSync.ENTITY_TYPE, note.key(), offenderNo,
                MappingTypes.NOMIS_CREATED, props, () -> Optional.of(note),
                (source, resumed) -> write(offenderNo, source, resumed), CreateDirection.FROM_NOMIS, NAMES), context);
    }

    /**
     * The mapping of the note of another booking (among the prisoner's {@code notes}) this one repeats exactly:
     * NOMIS copying a note onto a new booking, or onto the retained prisoner's booking in a merge.
     */
    Optional<Mapping> copyOf(List<NomisCaseNote> notes, NomisCaseNote note) {
        return notes.stream()
                .filter(other -> other.bookingId() != note.bookingId() && other.content().equals(note.content()))
                .map(other -> mappings.ofNomis(other.caseNoteId()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private TargetWrite write(String offenderNo, NomisCaseNote note, boolean resumed) {
        if (resumed) {
            Optional<DpsCaseNote> written = ports.dps().caseNotesOf(offenderNo).stream()
                    .filter(d -> d.legacyId() == note.caseNoteId()).findFirst();
            if (written.isPresent()) {
                return TargetWrite.found(written.get().id());
            }
        }
        return TargetWrite.created(ports.dps().sync(offenderNo, null, note.caseNoteId(), note.prisonId(),
                note.content()));
    }
}
