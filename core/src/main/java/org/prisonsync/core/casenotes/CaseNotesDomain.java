package org.prisonsync.core.casenotes;

import java.util.List;
import org.prisonsync.core.kit.Direction;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.kit.SyncDomain;

/**
 * Case notes as a plug-in, two-way: DPS {@code person.case-note.*} events to NOMIS, NOMIS
 * {@code OFFENDER_CASE_NOTES-*} to DPS. Reconciliation, repairs, merges and booking moves are not built yet.
 */
public final class CaseNotesDomain implements SyncDomain {
    public static final QueueSpec TO_NOMIS = QueueSpec.of("casenotestonomis", "prison-sync-to-nomis-casenotes",
            Direction.TO_NOMIS);
    public static final QueueSpec FROM_NOMIS = QueueSpec.of("casenotesfromnomis", "prison-sync-from-nomis-casenotes",
            Direction.FROM_NOMIS);

    private final CaseNotePorts ports;

    public CaseNotesDomain(CaseNotePorts ports) {
        this.ports = ports;
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
    }
}
