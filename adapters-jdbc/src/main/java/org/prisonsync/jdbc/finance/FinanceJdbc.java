package org.prisonsync.jdbc.finance;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import org.prisonsync.core.finance.TransactionBuffer;
import org.prisonsync.jdbc.Database;

/**
 * Finance's store on the runner's {@link Database}. Public so that code without Dagger (tests, benchmarks) builds it
 * the same way.
 */
@Module
public final class FinanceJdbc {
    private FinanceJdbc() {
    }

    @Provides
    @Singleton
    public static TransactionBuffer transactionBuffer(Database database) {
        return new JdbiTransactionBuffer(database.jdbi());
    }
}
