package org.prisonsync.core.finance.inmemory;

import java.util.concurrent.atomic.AtomicLong;
import org.prisonsync.core.finance.FinanceApiContract;
import org.prisonsync.core.finance.FinanceDpsApi;
import org.prisonsync.core.finance.FinanceNomisApi;

/** The finance ports' contract, run against the in-memory twins. */
class InMemoryFinanceContractTest extends FinanceApiContract {
    private final InMemoryFinanceNomisApi nomis = new InMemoryFinanceNomisApi();
    private final InMemoryFinanceDpsApi dps = new InMemoryFinanceDpsApi();
    private final AtomicLong ids = new AtomicLong(100);

    @Override
    protected FinanceNomisApi nomis() {
        return nomis;
    }

    @Override
    protected FinanceDpsApi dps() {
        return dps;
    }

    @Override
    protected void openNomisAccount(long rootOffenderId, String prisonNumber, String prisonId, long accountCode,
                                    String balance) {
        nomis.openAccount(rootOffenderId, prisonNumber, prisonId, accountCode, new java.math.BigDecimal(balance));
    }

    @Override
    protected long nomisTransaction(String offenderNo, int rows) {
        long id = ids.incrementAndGet();
        for (int row = rows; row >= 1; row--) {
            nomis.write(row(id, row, offenderNo, "1.50"));
        }
        return id;
    }
}
