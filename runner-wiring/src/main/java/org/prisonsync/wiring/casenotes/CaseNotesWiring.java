package org.prisonsync.wiring.casenotes;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import org.prisonsync.core.casenotes.CaseNotePorts;
import org.prisonsync.core.casenotes.CaseNotesDomain;
import org.prisonsync.core.casenotes.CaseNotesDpsApi;
import org.prisonsync.core.casenotes.CaseNotesNomisApi;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.http.casenotes.CaseNotesHttp;

/** Case notes, built from its HTTP adapters; the mappings are the shared store's. */
@Module(includes = CaseNotesHttp.class)
public final class CaseNotesWiring {
    private CaseNotesWiring() {
    }

    @Provides
    @IntoSet
    static SyncDomain caseNotes(CaseNotesNomisApi nomis, CaseNotesDpsApi dps) {
        return new CaseNotesDomain(new CaseNotePorts(nomis, dps));
    }
}
