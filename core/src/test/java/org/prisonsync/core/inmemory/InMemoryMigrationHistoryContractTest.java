package org.prisonsync.core.inmemory;

import org.prisonsync.core.contract.MigrationHistoryContract;
import org.prisonsync.core.migration.MigrationHistory;

class InMemoryMigrationHistoryContractTest extends MigrationHistoryContract {
    @Override
    protected MigrationHistory newHistory() {
        return new InMemoryMigrationHistory();
    }
}
