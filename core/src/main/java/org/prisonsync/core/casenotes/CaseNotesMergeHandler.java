package org.prisonsync.core.casenotes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.JsonFields;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.UpsertFlow;
import org.prisonsync.core.sync.UpsertRequest;

/**
 * {@code prison-offender-events.prisoner.merged}: NOMIS has given the removed prisoner's ({@code removedNomsNumber})
 * bookings and notes to the retained one ({@code nomsNumber}) and copied the notes of the removed prisoner's latest
 * booking onto the retained prisoner's booking {@code bookingId}. As upstream: the mappings move from the removed to
 * the retained prisoner ({@code PUT /mapping/casenotes/merge/from/{old}/to/{new}}), then each copy on the booking is
 * mapped to the DPS note of the note it repeats (one DPS note, several NOMIS notes): nothing is created in DPS for a
 * copy. A note on the booking that repeats no mapped note is created in DPS once, under the same claim its own
 * {@code INSERTED} event would take. DPS notes still filed under the removed prisoner are moved with
 * {@code PUT /move/case-notes} (the case notes API moves them itself on a merge; this only finishes what it has not).
 *
 * <p>Every step reads the state it changes, so a redelivery, or a retry after a failure part-way, carries on to the
 * same end; one consumer at a time per retained prisoner (the kit's upsert claim). Telemetry
 * {@value #EVENT} with the counts; a copy whose NOMIS id another DPS note holds is
 * {@value #DUPLICATE}, as upstream names the merge path's mapping 409.
 */
final class CaseNotesMergeHandler implements EventHandler {
    static final String EVENT = "casenotes-prisoner-merge";
    static final String DUPLICATE = "nomis-migration-casenotes-duplicate";

    private final CaseNotePorts ports;
    private final CaseNoteMappings mappings;
    private final NomisCaseNoteInsertedHandler creates;
    private final UpsertFlow oneAtATime;

    CaseNotesMergeHandler(CaseNotePorts ports, CaseNoteMappings mappings, NomisCaseNoteInsertedHandler creates,
                          UpsertFlow oneAtATime) {
        this.ports = ports;
        this.mappings = mappings;
        this.creates = creates;
        this.oneAtATime = oneAtATime;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        String retained = event.requireInfoPrisoner("nomsNumber");
        String removed = event.requireInfoPrisoner("removedNomsNumber");
        long booking = JsonFields.requireId(Map.of("additionalInformation", event.additionalInformation()),
                "additionalInformation.bookingId");
        Map<String, String> props = new LinkedHashMap<>();
        props.put("offenderNo", retained);
        props.put("removedOffenderNo", removed);
        props.put("bookingId", Long.toString(booking));
        if (retained.equals(removed)) {
            return new SyncOutcome.Ignored(EVENT + "-ignored", props, "a prisoner merged into themself");
        }
        return oneAtATime.run(new UpsertRequest(CaseNotesSync.ENTITY_TYPE, "prisoner-" + retained,
                EVENT + "-awaiting-claim", props, () -> merge(retained, removed, booking, props, context)), context);
    }

    private SyncOutcome merge(String retained, String removed, long booking, Map<String, String> props,
                              MessageContext context) {
        try {
            props.put("mappingsMoved", Integer.toString(mappings.movePrisoner(removed, retained)));
            Set<String> leftInDps = new TreeSet<>();
            ports.dps().caseNotesOf(removed).forEach(note -> leftInDps.add(note.id()));
            if (!leftInDps.isEmpty()) {
                ports.dps().move(removed, retained, leftInDps);
            }
            props.put("dpsMoved", Integer.toString(leftInDps.size()));

            List<NomisCaseNote> notes = ports.nomis().caseNotesOf(retained);
            int copies = 0;
            int created = 0;
            Optional<MappingSaveResult.Conflict> duplicate = Optional.empty();
            for (NomisCaseNote note : notes) {
                if (note.bookingId() != booking || note.writtenBySync()
                        || mappings.ofNomis(note.caseNoteId()).isPresent()) {
                    continue;
                }
                Optional<Mapping> original = creates.copyOf(notes, note);
                if (original.isPresent()) {
                    MappingSaveResult saved = mappings.saveCopy(original.get().dpsId(), note.caseNoteId(), retained,
                            MappingTypes.NOMIS_CREATED);
                    if (saved instanceof MappingSaveResult.Conflict conflict) {
                        duplicate = duplicate.or(() -> Optional.of(conflict));
                    } else {
                        copies++;
                    }
                    continue;
                }
                Map<String, String> noteProps = new LinkedHashMap<>(props);
                noteProps.put("nomisCaseNoteId", note.key());
                SyncOutcome outcome = creates.createInDps(note, retained, noteProps, context);
                if (outcome instanceof SyncOutcome.RetryLater later) {
                    props.put("copiesMapped", Integer.toString(copies));
                    return new SyncOutcome.RetryLater(EVENT + "-failed", props, "case note " + note.key()
                            + " not yet created in DPS: " + later.reason(), later.minDelay());
                }
                created++;
            }
            props.put("copiesMapped", Integer.toString(copies));
            props.put("createdInDps", Integer.toString(created));
            if (duplicate.isPresent()) {
                return new SyncOutcome.Duplicate(DUPLICATE, props, duplicate.get().duplicate(),
                        duplicate.get().existing());
            }
            return new SyncOutcome.Synced(EVENT, props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(EVENT + "-failed", props, e);
        }
    }
}
