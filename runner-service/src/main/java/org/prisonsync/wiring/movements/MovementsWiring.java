package org.prisonsync.wiring.movements;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import java.time.Period;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.movements.MatchingEventPairs;
import org.prisonsync.core.movements.MovementSettings;
import org.prisonsync.core.movements.MovementsDomain;
import org.prisonsync.core.movements.PrisonMovements;
import org.prisonsync.service.ServiceConfig;

/** Movement reconciliation, built from its HTTP and JDBC adapters; {@code MOVEMENTS_PURGE_AFTER_MONTHS} (6). */
@Module
public final class MovementsWiring {
    private MovementsWiring() {
    }

    @Provides
    @IntoSet
    static SyncDomain movements(MatchingEventPairs pairs, PrisonMovements prisonMovements, ServiceConfig config) {
        String months = config.env().getOrDefault("MOVEMENTS_PURGE_AFTER_MONTHS", "6").trim();
        int purgeAfter;
        try {
            purgeAfter = Integer.parseInt(months);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MOVEMENTS_PURGE_AFTER_MONTHS must be a whole number, was '" + months
                    + "'");
        }
        return new MovementsDomain(pairs, prisonMovements,
                MovementSettings.DEFAULTS.withPurgeAfter(Period.ofMonths(purgeAfter)));
    }
}
