package org.prisonsync.jdbc.internal;

import java.time.Clock;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prisonsync.core.contract.MappingStoreContract;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.jdbc.ClassDatabase;
import org.prisonsync.jdbc.JdbcAdapters;

/**
 * {@link MappingStoreContract} on the JDBC adapter, on the database each subclass names with {@code @OnDatabase}.
 */
@ExtendWith(ClassDatabase.class)
abstract class JdbcMappingStoreContract extends MappingStoreContract {
    @Override
    protected MappingStore newStore(Clock clock) {
        return JdbcAdapters.mappingStore(ClassDatabase.of(this).emptied("mapping", "write_claim"), clock);
    }
}
