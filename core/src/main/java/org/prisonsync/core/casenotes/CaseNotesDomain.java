package org.prisonsync.core.casenotes;

import java.util.List;
import org.prisonsync.core.kit.Direction;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.prisoners.ActivePrisoners;

/**
 * Case notes as a plug-in, two-way: DPS {@code person.case-note.*} events to NOMIS, NOMIS
 * {@code OFFENDER_CASE_NOTES-*} to DPS; the reconciliations over active and all prisoners, which remove provable
 * duplicates; the resynchronise repairs; prisoner merges ({@code prison-offender-events.prisoner.merged}) and booking
 * moves ({@code prison-offender-events.prisoner.booking.moved}), which arrive on the from-NOMIS queue.
 */
public final class CaseNotesDomain implements SyncDomain {
    public static final QueueSpec TO_NOMIS = QueueSpec.of("casenotestonomis", "prison-sync-to-nomis-casenotes",
            Direction.TO_NOMIS);
    public static final QueueSpec FROM_NOMIS = QueueSpec.of("casenotesfromnomis", "prison-sync-from-nomis-casenotes",
            Direction.FROM_NOMIS);

    private final CaseNotePorts ports;
    private final ActivePrisoners activePrisoners;
    private CaseNoteResyncs resyncs;

    /** @param activePrisoners NOMIS's active prisoners, the population of {@value CaseNotesReconciliation#ACTIVE} */
    public CaseNotesDomain(CaseNotePorts ports, ActivePrisoners activePrisoners) {
        this.ports = ports;
        this.activePrisoners = activePrisoners;
    }

    /**
     * What this domain registers (mapped entity types, reconciliations), readable without building it: the CLI
     * lists them from here, and the kit refuses a registration it does not name.
     */
    public static final DomainDeclaration DECLARATION = DomainDeclaration.of(CaseNotesSync.DOMAIN)
            .reconciles(CaseNotesReconciliation.ACTIVE, CaseNotesReconciliation.ALL);

    @Override
    public DomainDeclaration declaration() {
        return DECLARATION;
    }

    @Override
    public String name() {
        return CaseNotesSync.DOMAIN;
    }

    @Override
    public List<QueueSpec> queues() {
        return List.of(TO_NOMIS, FROM_NOMIS);
    }

    @Override
    public void install(DomainKit kit) {
        SharedPorts shared = kit.shared();
        new CaseNotesSync(ports, shared.mappings(), shared.claims(), shared.queue(), shared.clock(), kit.settings())
                .register(kit);
        PrisonerCaseNotes notes = new PrisonerCaseNotes(ports, shared.mappings());
        kit.reconciliation(new CaseNotesReconciliation(true, activePrisoners, ports.nomis(), notes,
                shared.telemetry()));
        kit.reconciliation(new CaseNotesReconciliation(false, activePrisoners, ports.nomis(), notes,
                shared.telemetry()));
        resyncs = new CaseNoteResyncs(ports, shared.mappings());
    }

    /** The resynchronise repairs (dry run first). */
    public CaseNoteResyncs resyncs() {
        if (resyncs == null) {
            throw new IllegalStateException("the case notes domain is not installed in a core yet");
        }
        return resyncs;
    }
}
