package org.prisonsync.wiring.visits;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dagger.multibindings.IntoSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.prisonsync.core.visits.VisitOperations;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.migration.MigrationDescriptor;
import org.prisonsync.core.visits.VisitsMigration;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.http.visits.VisitsHttp;
import org.prisonsync.jdbc.visits.VisitsJdbc;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.visits.VisitRoomMappings;
import org.prisonsync.core.visits.VisitsDomain;
import org.prisonsync.core.visits.VisitsDpsApi;
import org.prisonsync.core.visits.VisitsNomisApi;

/** Visits, built from its HTTP and JDBC adapters (the modules it includes). */
@Module(includes = {VisitsHttp.class, VisitsJdbc.class})
public final class VisitsWiring {
    private VisitsWiring() {
    }

    @Provides
    @IntoSet
    static SyncDomain visits(VisitsNomisApi nomis, VisitsDpsApi dps, VisitRoomMappings rooms) {
        return new VisitsDomain(nomis, dps, rooms);
    }

    /** What the domain registers, listed without building it (mapping show, reconciliation runs). */
    @Provides
    @IntoSet
    static DomainDeclaration declaration() {
        return VisitsDomain.DECLARATION;
    }

    /** The visits migration, as {@code migrate visits} offers it. */
    @Provides
    @IntoSet
    static MigrationDescriptor migration() {
        return VisitsMigration.DESCRIPTOR;
    }

    /** The visits operations; the core is built only when one runs, so listing them (--help) builds nothing. */
    @Provides
    @ElementsIntoSet
    static Set<Operation> operations(Lazy<PrisonSyncCore> core) {
        return new LinkedHashSet<>(VisitOperations.all(() -> core.get().domain(VisitsDomain.class)));
    }
}
