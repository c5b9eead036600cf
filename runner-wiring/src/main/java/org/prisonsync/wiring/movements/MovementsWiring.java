package org.prisonsync.wiring.movements;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dagger.multibindings.IntoSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.prisonsync.core.movements.MovementOperations;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.http.movements.MovementsHttp;
import org.prisonsync.jdbc.movements.MovementsJdbc;
import java.time.Period;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.movements.MatchingEventPairs;
import org.prisonsync.core.movements.MovementSettings;
import org.prisonsync.core.movements.MovementsDomain;
import org.prisonsync.core.movements.PrisonMovements;
import org.prisonsync.wiring.PrisonSyncConfig;

/** Movement reconciliation, built from its HTTP and JDBC adapters (the modules it includes); {@code MOVEMENTS_PURGE_AFTER_MONTHS} (6). */
@Module(includes = {MovementsHttp.class, MovementsJdbc.class})
public final class MovementsWiring {
    private MovementsWiring() {
    }

    @Provides
    @IntoSet
    static SyncDomain movements(MatchingEventPairs pairs, PrisonMovements prisonMovements,
                                PrisonSyncConfig config) {
        int purgeAfter = config.variables().integer("MOVEMENTS_PURGE_AFTER_MONTHS", 6);
        return new MovementsDomain(pairs, prisonMovements,
                MovementSettings.DEFAULTS.withPurgeAfter(Period.ofMonths(purgeAfter)));
    }

    /** What the domain registers, listed without building it (mapping show, reconciliation runs). */
    @Provides
    @IntoSet
    static DomainDeclaration declaration() {
        return MovementsDomain.DECLARATION;
    }

    /** The movements operations; the core is built only when one runs, so listing them (--help) builds nothing. */
    @Provides
    @ElementsIntoSet
    static Set<Operation> operations(Lazy<PrisonSyncCore> core) {
        return new LinkedHashSet<>(MovementOperations.all(() -> core.get().domain(MovementsDomain.class)));
    }
}
