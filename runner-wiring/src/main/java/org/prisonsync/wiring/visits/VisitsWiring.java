package org.prisonsync.wiring.visits;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import org.prisonsync.http.visits.VisitsHttp;
import org.prisonsync.jdbc.visits.VisitsJdbc;
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
}
