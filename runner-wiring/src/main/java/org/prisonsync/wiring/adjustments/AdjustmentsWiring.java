package org.prisonsync.wiring.adjustments;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dagger.multibindings.IntoSet;
import java.util.Set;
import org.prisonsync.core.adjustments.AdjustmentOperations;
import org.prisonsync.core.adjustments.AdjustmentsDomain;
import org.prisonsync.core.adjustments.AdjustmentsDpsApi;
import org.prisonsync.core.adjustments.AdjustmentsNomisApi;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.http.adjustments.AdjustmentsHttp;

/**
 * Sentencing adjustments, built from its HTTP adapters (NOMIS, the DPS adjustments API at
 * {@code ADJUSTMENTS_API_URL}) and NOMIS's active prisoners (the reconciliation's population), with its repairs as
 * operations.
 */
@Module(includes = AdjustmentsHttp.class)
public final class AdjustmentsWiring {
    private AdjustmentsWiring() {
    }

    @Provides
    @IntoSet
    static SyncDomain adjustments(AdjustmentsNomisApi nomis, AdjustmentsDpsApi dps, ActivePrisoners activePrisoners) {
        return new AdjustmentsDomain(nomis, dps, activePrisoners);
    }

    /** What the domain registers, listed without building it (mapping show, reconciliation runs). */
    @Provides
    @IntoSet
    static DomainDeclaration declaration() {
        return AdjustmentsDomain.DECLARATION;
    }

    @Provides
    @ElementsIntoSet
    static Set<Operation> operations(Lazy<PrisonSyncCore> core) {
        return Set.copyOf(AdjustmentOperations.all(() -> core.get().domain(AdjustmentsDomain.class)));
    }
}
