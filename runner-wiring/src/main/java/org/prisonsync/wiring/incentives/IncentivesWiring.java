package org.prisonsync.wiring.incentives;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dagger.multibindings.IntoSet;
import java.util.Set;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.incentives.IncentiveOperations;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.incentives.IncentivesDomain;
import org.prisonsync.core.incentives.IncentivesDpsApi;
import org.prisonsync.core.incentives.IncentivesNomisApi;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.incentives.IncentivesReconciliationSettings;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.http.incentives.IncentivesHttp;
import org.prisonsync.http.prisoners.PrisonersHttp;
import org.prisonsync.wiring.Env;
import org.prisonsync.wiring.PrisonSyncConfig;

/** Incentives, built from its HTTP adapters (NOMIS, and the DPS incentives API at {@code INCENTIVES_API_URL}). */
@Module(includes = {IncentivesHttp.class, PrisonersHttp.class})
public final class IncentivesWiring {
    private IncentivesWiring() {
    }

    @Provides
    @IntoSet
    static SyncDomain incentives(IncentivesNomisApi nomis, IncentivesDpsApi dps, ActivePrisoners activePrisoners,
                                 PrisonSyncConfig config) {
        return new IncentivesDomain(nomis, dps, activePrisoners, settings(config));
    }

    /** What the domain registers, listed without building it (mapping show, reconciliation runs). */
    @Provides
    @IntoSet
    static DomainDeclaration declaration() {
        return IncentivesDomain.DECLARATION;
    }

    @Provides
    @ElementsIntoSet
    static Set<Operation> operations(Lazy<PrisonSyncCore> core) {
        return Set.copyOf(IncentiveOperations.all(() -> core.get().domain(IncentivesDomain.class)));
    }

    /** {@code INCENTIVES_RECONCILIATION_PAGE_SIZE} (500) and {@code INCENTIVES_RECONCILIATION_MAX_IN_FLIGHT} (16). */
    static IncentivesReconciliationSettings settings(PrisonSyncConfig config) {
        Env env = config.variables();
        return new IncentivesReconciliationSettings(
                env.integer("INCENTIVES_RECONCILIATION_PAGE_SIZE", IncentivesReconciliationSettings.DEFAULTS.pageSize()),
                env.integer("INCENTIVES_RECONCILIATION_MAX_IN_FLIGHT",
                        IncentivesReconciliationSettings.DEFAULTS.maxInFlight()));
    }
}
