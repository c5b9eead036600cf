package org.prisonsync.wiring.casenotes;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dagger.multibindings.IntoSet;
import java.util.Set;
import org.prisonsync.core.casenotes.CaseNoteOperations;
import org.prisonsync.core.casenotes.CaseNotePorts;
import org.prisonsync.core.casenotes.CaseNotesDomain;
import org.prisonsync.core.casenotes.CaseNotesDpsApi;
import org.prisonsync.core.casenotes.CaseNotesNomisApi;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.http.casenotes.CaseNotesHttp;
import org.prisonsync.http.prisoners.PrisonersHttp;

/**
 * Case notes, built from its HTTP adapters and NOMIS's active prisoners (the active reconciliation's population);
 * the mappings are the shared store's; the resynchronise repairs as operations.
 */
@Module(includes = {CaseNotesHttp.class, PrisonersHttp.class})
public final class CaseNotesWiring {
    private CaseNotesWiring() {
    }

    @Provides
    @IntoSet
    static SyncDomain caseNotes(CaseNotesNomisApi nomis, CaseNotesDpsApi dps, ActivePrisoners activePrisoners) {
        return new CaseNotesDomain(new CaseNotePorts(nomis, dps), activePrisoners);
    }

    /** What the domain registers, listed without building it (mapping show, reconciliation runs). */
    @Provides
    @IntoSet
    static DomainDeclaration declaration() {
        return CaseNotesDomain.DECLARATION;
    }

    @Provides
    @ElementsIntoSet
    static Set<Operation> operations(Lazy<PrisonSyncCore> core) {
        return Set.copyOf(CaseNoteOperations.all(() -> core.get().domain(CaseNotesDomain.class)));
    }
}
