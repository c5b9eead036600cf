package org.prisonsync.jdbc;

import org.junit.jupiter.api.extension.ExtendWith;
import org.prisonsync.core.contract.ReconciliationExclusionsContract;
import org.prisonsync.core.reconciliation.ReconciliationExclusions;
import org.prisonsync.jdbc.reconciliation.ReconciliationJdbcAdapters;

/**
 * {@link ReconciliationExclusionsContract} on the JDBC adapter, on the database each subclass names with
 * {@code @OnDatabase}.
 */
@ExtendWith(ClassDatabase.class)
abstract class JdbcReconciliationExclusionsContract extends ReconciliationExclusionsContract {
    @Override
    protected ReconciliationExclusions newExclusions() {
        return ReconciliationJdbcAdapters.exclusions(ClassDatabase.of(this).emptied("reconciliation_exclusion"));
    }
}
