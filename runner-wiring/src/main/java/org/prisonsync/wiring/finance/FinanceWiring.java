package org.prisonsync.wiring.finance;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dagger.multibindings.IntoSet;
import java.util.Set;
import java.time.Duration;
import org.prisonsync.core.finance.FinanceDomain;
import org.prisonsync.core.finance.FinanceDpsApi;
import org.prisonsync.core.finance.FinanceNomisApi;
import org.prisonsync.core.finance.FinanceOperations;
import org.prisonsync.core.finance.FinanceSettings;
import org.prisonsync.core.finance.TransactionBuffer;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.http.finance.FinanceHttp;
import org.prisonsync.jdbc.finance.FinanceJdbc;
import org.prisonsync.wiring.Env;
import org.prisonsync.wiring.PrisonSyncConfig;

/**
 * Finance, built from its HTTP adapters (NOMIS, the DPS finance API at {@code FINANCE_API_URL}) and its transaction
 * buffer in the runner's database.
 */
@Module(includes = {FinanceHttp.class, FinanceJdbc.class})
public final class FinanceWiring {
    /** Seconds a transaction's window absorbs row events before its sync (0 to 900; the seed's 5 by default). */
    static final String GRACE_PERIOD = "FINANCE_TRANSACTIONS_GRACE_PERIOD_SECONDS";

    private FinanceWiring() {
    }

    @Provides
    @IntoSet
    static org.prisonsync.core.kit.SyncDomain finance(FinanceNomisApi nomis, FinanceDpsApi dps,
                                                      TransactionBuffer buffer, PrisonSyncConfig config) {
        return new FinanceDomain(nomis, dps, buffer, settings(config.variables()));
    }

    /** What the domain registers, listed without building it (mapping show, reconciliation runs). */
    @Provides
    @IntoSet
    static org.prisonsync.core.kit.DomainDeclaration declaration() {
        return FinanceDomain.DECLARATION;
    }

    /** The finance operations; the core is built only when one runs, so listing them (--help) builds nothing. */
    @Provides
    @ElementsIntoSet
    static Set<Operation> operations(Lazy<PrisonSyncCore> core) {
        return Set.copyOf(FinanceOperations.all(() -> core.get().domain(FinanceDomain.class)));
    }

    static FinanceSettings settings(Env env) {
        int seconds = env.integer(GRACE_PERIOD, (int) FinanceSettings.DEFAULTS.gracePeriod().toSeconds());
        if (seconds < 0 || seconds > 900) {
            throw new IllegalArgumentException(GRACE_PERIOD + " must be 0 to 900 seconds (an SQS delay), not "
                    + seconds);
        }
        return FinanceSettings.DEFAULTS.withGracePeriod(Duration.ofSeconds(seconds));
    }
}
