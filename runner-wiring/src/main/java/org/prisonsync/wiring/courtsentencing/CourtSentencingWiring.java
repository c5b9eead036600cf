package org.prisonsync.wiring.courtsentencing;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dagger.multibindings.IntoSet;
import java.util.Set;
import org.prisonsync.core.courtsentencing.CourtSentencingDomain;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi;
import org.prisonsync.core.courtsentencing.CourtSentencingOperations;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.http.courtsentencing.CourtSentencingHttp;

/**
 * Court sentencing, built from its HTTP adapters (NOMIS, DPS remand and sentencing at {@code COURTSENTENCING_API_URL}),
 * with the clone and case repairs as operations and NOMIS's active prisoners (the court case reconciliation's
 * population).
 */
@Module(includes = CourtSentencingHttp.class)
public final class CourtSentencingWiring {
    private CourtSentencingWiring() {
    }

    @Provides
    @IntoSet
    static SyncDomain courtSentencing(CourtSentencingNomisApi nomis, CourtSentencingDpsApi dps,
                                      ActivePrisoners activePrisoners) {
        return new CourtSentencingDomain(nomis, dps, activePrisoners);
    }

    /** What the domain registers, listed without building it (mapping show, reconciliation runs). */
    @Provides
    @IntoSet
    static DomainDeclaration declaration() {
        return CourtSentencingDomain.DECLARATION;
    }

    @Provides
    @ElementsIntoSet
    static Set<Operation> operations(Lazy<PrisonSyncCore> core) {
        return Set.copyOf(CourtSentencingOperations.all(() -> core.get().domain(CourtSentencingDomain.class)));
    }
}
