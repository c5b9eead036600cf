package org.prisonsync.core.casenotes;

import java.time.Clock;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.EventRegistrations;
import org.prisonsync.core.sync.SyncSettings;
import org.prisonsync.core.sync.UpsertFlow;

/**
 * Registers the case note handlers under the domain {@value #DOMAIN}, both directions, and the prisoner merges and
 * booking moves that carry notes between prisoners in NOMIS.
 */
public final class CaseNotesSync {
    public static final String DOMAIN = "casenotes";
    public static final String ENTITY = "casenotes";
    public static final String ENTITY_TYPE = "CASENOTE";

    public static final String CREATED = "person.case-note.created";
    public static final String UPDATED = "person.case-note.updated";
    public static final String DELETED = "person.case-note.deleted";
    public static final String NOMIS_INSERTED = "OFFENDER_CASE_NOTES-INSERTED";
    public static final String NOMIS_UPDATED = "OFFENDER_CASE_NOTES-UPDATED";
    public static final String NOMIS_DELETED = "OFFENDER_CASE_NOTES-DELETED";
    public static final String MERGED = "prison-offender-events.prisoner.merged";
    public static final String BOOKING_MOVED = "prison-offender-events.prisoner.booking.moved";

    private final CaseNotePorts ports;
    private final MappingStore mappings;
    private final WriteClaims claims;
    private final MessageQueue queue;
    private final Clock clock;
    private final SyncSettings settings;

    public CaseNotesSync(CaseNotePorts ports, MappingStore mappings, WriteClaims claims, MessageQueue queue,
                         Clock clock, SyncSettings settings) {
        this.ports = ports;
        this.mappings = mappings;
        this.claims = claims;
        this.queue = queue;
        this.clock = clock;
        this.settings = settings;
    }

    public void register(EventRegistrations routes) {
        CreateFlow create = new CreateFlow(mappings, claims, queue, clock, settings);
        CaseNoteMappings all = new CaseNoteMappings(mappings);
        NomisCaseNoteInsertedHandler inserted = new NomisCaseNoteInsertedHandler(ports, all, create);
        UpsertFlow oneAtATime = new UpsertFlow(claims, clock, settings);
        routes.on(CREATED, new CaseNoteCreatedHandler(ports, mappings, create))
                .on(UPDATED, new CaseNoteUpdatedHandler(ports, all))
                .on(DELETED, new CaseNoteDeletedHandler(ports, all))
                .on(NOMIS_INSERTED, inserted)
                .on(NOMIS_UPDATED, new NomisCaseNoteUpdatedHandler(ports, all))
                .on(NOMIS_DELETED, new NomisCaseNoteDeletedHandler(ports, all))
                .on(MERGED, new CaseNotesMergeHandler(ports, all, inserted, oneAtATime))
                .on(BOOKING_MOVED, new CaseNotesBookingMovedHandler(ports, all, inserted, oneAtATime));
    }
}
