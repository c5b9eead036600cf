package org.prisonsync.jdbc.internal;

import org.junit.jupiter.api.extension.ExtendWith;
import org.prisonsync.core.contract.WriteClaimsContract;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.jdbc.ClassDatabase;
import org.prisonsync.jdbc.JdbcAdapters;

/**
 * {@link WriteClaimsContract} on the JDBC adapter, on the database each subclass names with {@code @OnDatabase}.
 */
@ExtendWith(ClassDatabase.class)
abstract class JdbcWriteClaimsContract extends WriteClaimsContract {
    @Override
    protected WriteClaims newClaims() {
        return JdbcAdapters.writeClaims(ClassDatabase.of(this).emptied("mapping", "write_claim"));
    }
}
