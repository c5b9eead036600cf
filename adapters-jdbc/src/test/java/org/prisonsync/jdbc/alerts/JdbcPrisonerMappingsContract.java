package org.prisonsync.jdbc.alerts;

import java.time.Clock;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prisonsync.core.contract.PrisonerMappingsContract;
import org.prisonsync.jdbc.ClassDatabase;
import org.prisonsync.jdbc.Database;
import org.prisonsync.jdbc.JdbcAdapters;

/**
 * {@link PrisonerMappingsContract} on the JDBC adapter, on the database each subclass names with {@code @OnDatabase}.
 */
@ExtendWith(ClassDatabase.class)
abstract class JdbcPrisonerMappingsContract extends PrisonerMappingsContract {
    @Override
    protected Stores newStores(Clock clock) {
        Database db = ClassDatabase.of(this).emptied("mapping", "write_claim", "mapping_prisoner_lock");
        return new Stores(JdbcAdapters.mappingStore(db, clock), AlertsJdbc.prisonerMappings(db, clock));
    }
}
