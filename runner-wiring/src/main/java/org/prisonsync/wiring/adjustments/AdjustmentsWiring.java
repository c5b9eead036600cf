package org.prisonsync.wiring.adjustments;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import org.prisonsync.core.adjustments.AdjustmentsDomain;
import org.prisonsync.core.adjustments.AdjustmentsDpsApi;
import org.prisonsync.core.adjustments.AdjustmentsNomisApi;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.http.adjustments.AdjustmentsHttp;

/**
 * Sentencing adjustments, built from its HTTP adapters (NOMIS, the DPS adjustments API at
 * {@code ADJUSTMENTS_API_URL}).
 */
@Module(includes = AdjustmentsHttp.class)
public final class AdjustmentsWiring {
    private AdjustmentsWiring() {
    }

    @Provides
    @IntoSet
    static SyncDomain adjustments(AdjustmentsNomisApi nomis, AdjustmentsDpsApi dps) {
        return new AdjustmentsDomain(nomis, dps);
    }
}
