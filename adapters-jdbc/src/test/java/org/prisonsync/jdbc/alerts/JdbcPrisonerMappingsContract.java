package org.prisonsync.jdbc.alerts;

import java.time.Clock;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prisonsync.core.contract.PrisonerMappingsContract;
import org.prisonsync.jdbc.ClassDatabase;
import org.prisonsync.jdbc.JdbcAdapters;
import org.prisonsync.jdbc.TestDatabase;

/**
 * {@link PrisonerMappingsContract} on the JDBC adapter, on the database each subclass names with {@code @OnDatabase}.
 */
@ExtendWith(ClassDatabase.class)
abstract class JdbcPrisonerMappingsContract extends PrisonerMappingsContract {
    @Override
    protected Stores newStores(Clock clock) {
        TestDatabase db = ClassDatabase.of(this);
        db.clear();
        // TestDatabase.clear() does not know the alerts' lock rows
        db.database().jdbi().useHandle(handle -> handle.execute("delete from mapping_prisoner_lock"));
        return new Stores(JdbcAdapters.mappingStore(db.database(), clock),
                AlertsJdbc.prisonerMappings(db.database(), clock));
    }
}
