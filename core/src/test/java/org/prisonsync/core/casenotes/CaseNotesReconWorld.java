package org.prisonsync.core.casenotes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.prisonsync.core.casenotes.inmemory.InMemoryCaseNotesDpsApi;
import org.prisonsync.core.casenotes.inmemory.InMemoryCaseNotesNomisApi;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.OffenderEvent;
import org.prisonsync.core.prisoners.inmemory.InMemoryActivePrisoners;
import org.prisonsync.core.reconciliation.ReconciliationEngine;
import org.prisonsync.core.reconciliation.inmemory.InMemoryReconciliationExclusions;
import org.prisonsync.core.reconciliation.inmemory.InMemoryReconciliationRuns;

/**
 * The case notes reconciliations and repairs over the in-memory twins, without events: tests set both sides and the
 * mappings as the sync would have left them, then plant differences as lost events and timed-out writes leave them.
 */
final class CaseNotesReconWorld implements AutoCloseable {
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T19:30:00Z"));
    final InMemoryMappingStore store = new InMemoryMappingStore(clock);
    final RecordingTelemetry telemetry = new RecordingTelemetry(clock);
    final InMemoryCaseNotesNomisApi nomis = new InMemoryCaseNotesNomisApi();
    final InMemoryCaseNotesDpsApi dps = new InMemoryCaseNotesDpsApi();
    final InMemoryActivePrisoners active = new InMemoryActivePrisoners();
    final CaseNotePorts ports = new CaseNotePorts(nomis, dps);
    final PrisonerCaseNotes notes = new PrisonerCaseNotes(ports, store);
    final CaseNoteMappings mappings = new CaseNoteMappings(store);
    final CaseNoteResyncs resyncs = new CaseNoteResyncs(ports, store);
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    final ReconciliationEngine engine = new ReconciliationEngine(List.of(
            new CaseNotesReconciliation(true, active, nomis, notes, telemetry),
            new CaseNotesReconciliation(false, active, nomis, notes, telemetry)),
            new InMemoryReconciliationRuns(), new InMemoryReconciliationExclusions(), telemetry, clock, pool);

    static CaseNoteContent content(String text) {
        return new CaseNoteContent("GEN", "OSE", LocalDateTime.parse("2026-03-01T10:15:00"), text, "OFFICER_A");
    }

    /** Booked in NOMIS; active too when asked. */
    void prisoner(String offenderNo, boolean active) {
        nomis.newBooking(offenderNo);
        if (active) {
            this.active.add(offenderNo);
        }
    }

    /** A DPS note the sync brought to NOMIS: both sides, mapped. */
    Pair synced(String offenderNo, String text) {
        DpsCaseNote d = dps.plant(offenderNo, content(text), 0);
        NomisCaseNote n = nomis.plant(offenderNo, content(text), OffenderEvent.DPS_SYNCHRONISATION);
        store.save(Mapping.of(CaseNotesSync.ENTITY_TYPE, n.key(), d.id(), offenderNo, MappingTypes.DPS_CREATED));
        return new Pair(n, d);
    }

    /** A NOMIS user's note the sync brought to DPS (DPS's legacyId is the NOMIS id), mapped. */
    Pair syncedFromNomis(String offenderNo, String text) {
        NomisCaseNote n = nomis.plant(offenderNo, content(text), InMemoryCaseNotesNomisApi.NOMIS_SCREEN);
        DpsCaseNote d = dps.plant(offenderNo, content(text), n.caseNoteId());
        store.save(Mapping.of(CaseNotesSync.ENTITY_TYPE, n.key(), d.id(), offenderNo, MappingTypes.NOMIS_CREATED));
        return new Pair(n, d);
    }

    record Pair(NomisCaseNote nomis, DpsCaseNote dps) {
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
