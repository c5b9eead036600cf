package org.prisonsync.core.inmemory;

import org.prisonsync.core.contract.MigrationFailuresContract;
import org.prisonsync.core.migration.MigrationFailures;

class InMemoryMigrationFailuresContractTest extends MigrationFailuresContract {
    @Override
    protected MigrationFailures newFailures() {
        return new InMemoryMigrationFailures();
    }
}
