package org.prisonsync.http.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.finance.FinanceApiContract;
import org.prisonsync.core.finance.FinanceDpsApi;
import org.prisonsync.core.finance.FinanceNomisApi;
import org.prisonsync.core.finance.OffenderTransactionSync;
import org.prisonsync.http.SimulatedUpstream;
import org.prisonsync.simulator.finance.FinanceSimulation;

/**
 * The finance ports' contract through the OkHttp adapters, over real HTTP with client-credentials auth, against the
 * simulator's NOMIS transaction routes and DPS finance sync route (which reads its body strictly).
 */
class OkHttpFinanceContractIT extends FinanceApiContract {
    private static SimulatedUpstream upstream;
    private static FinanceNomisApi nomis;
    private static FinanceDpsApi dps;

    @BeforeAll
    static void startSimulator() {
        upstream = new SimulatedUpstream();
        nomis = FinanceHttp.financeNomisApi(upstream.client, upstream.settings);
        dps = FinanceHttp.financeDpsApi(upstream.client, upstream.settings);
    }

    @AfterAll
    static void stopSimulator() {
        if (upstream != null) {
            upstream.close();
        }
    }

    private static FinanceSimulation simulation() {
        return upstream.simulator.domain(FinanceSimulation.class);
    }

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
        simulation().nomis().openAccount(rootOffenderId, prisonNumber, prisonId, accountCode,
                new java.math.BigDecimal(balance));
    }

    @Override
    protected long nomisTransaction(String offenderNo, int rows) {
        long id = simulation().nextTransactionId();
        simulation().writeRows(id, offenderNo, 1234, "SWI", 1, rows, Duration.ZERO, "1.50");
        return id;
    }

    @Test
    void aTransactionOfThousandsOfRowsGoesInOneCall() {
        long id = nomisTransaction("A3864DZ", 3_000);
        List<org.prisonsync.core.finance.OffenderTransactionEntry> rows = nomis.offenderTransaction(id);

        dps.syncOffenderTransaction(new OffenderTransactionSync(java.util.UUID.randomUUID(), id, "SWI", rows));

        assertThat(simulation().dps().latest(id).offenderTransactions()).hasSize(3_000);
    }

    @Test
    void dpsRefusesATransactionWithoutRows() {
        assertThatThrownBy(() -> dps.syncOffenderTransaction(new OffenderTransactionSync(java.util.UUID.randomUUID(),
                77L, "SWI", List.of()))).isInstanceOf(UpstreamRejected.class).hasMessageContaining("400");
    }
}
