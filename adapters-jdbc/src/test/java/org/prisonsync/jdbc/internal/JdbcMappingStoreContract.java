package org.prisonsync.jdbc.internal;

import java.time.Clock;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prisonsync.core.contract.MappingStoreContract;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.jdbc.ClassDatabase;
import org.prisonsync.jdbc.Database;
import org.prisonsync.jdbc.JdbcAdapters;

/**
 * {@link MappingStoreContract} on the JDBC adapter, on the database each subclass names with {@code @OnDatabase}.
 */
@ExtendWith(ClassDatabase.class)
abstract class JdbcMappingStoreContract extends MappingStoreContract {
    private Database database;

    @Override
    protected MappingStore newStore(Clock clock) {
        database = ClassDatabase.of(this).emptied("mapping", "write_claim");
        return JdbcAdapters.mappingStore(database, clock);
    }

    protected Database database() {
        return database;
    }

    /** The claims in the store's own database: what the service wires, and what lets one statement change both. */
    @Override
    protected WriteClaims claimsBeside() {
        return JdbcAdapters.writeClaims(database);
    }
}
