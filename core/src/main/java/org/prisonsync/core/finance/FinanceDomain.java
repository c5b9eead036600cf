package org.prisonsync.core.finance;

import java.util.List;
import org.prisonsync.core.kit.Direction;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.kit.SyncDomain;

/**
 * Finance as a plug-in, from NOMIS only (queue {@value #FROM_NOMIS_ID}, upstream's {@code eventfinance}): NOMIS
 * transaction row events are gathered per transaction into settling windows and each window reaches DPS in one call
 * ({@link TransactionWindows}); the delayed {@value TransactionWindows#PERFORM_TRANSACTION_SYNC} it queues to itself is
 * accepted on this queue only.
 */
public final class FinanceDomain implements SyncDomain {
    static final String FROM_NOMIS_ID = "fromnomisfinance";
    public static final QueueSpec FROM_NOMIS = QueueSpec.of(FROM_NOMIS_ID, "prison-sync-from-nomis-finance",
            Direction.FROM_NOMIS);

    private final FinanceNomisApi nomis;
    private final FinanceDpsApi dps;
    private final TransactionBuffer buffer;
    private final FinanceSettings settings;
    private FinanceRepairs repairs;

    public FinanceDomain(FinanceNomisApi nomis, FinanceDpsApi dps, TransactionBuffer buffer,
                         FinanceSettings settings) {
        this.nomis = nomis;
        this.dps = dps;
        this.buffer = buffer;
        this.settings = settings;
    }

    /**
     * What this domain registers (mapped entity types, reconciliations), readable without building it: the CLI
     * lists them from here, and the kit refuses a registration it does not name.
     */
    public static final DomainDeclaration DECLARATION = DomainDeclaration.of(FinanceSync.DOMAIN)
            .reconciles(TransactionsReconciliation.NAME, PrisonerBalancesReconciliation.NAME);

    @Override
    public DomainDeclaration declaration() {
        return DECLARATION;
    }

    @Override
    public String name() {
        return FinanceSync.DOMAIN;
    }

    @Override
    public List<QueueSpec> queues() {
        return List.of(FROM_NOMIS);
    }

    @Override
    public void install(DomainKit kit) {
        SharedPorts shared = kit.shared();
        TransactionWindows windows = new TransactionWindows(buffer, shared.queue(), shared.clock(), settings);
        TransactionRowHandler prisoner = new TransactionRowHandler(windows, false);
        TransactionRowHandler prison = new TransactionRowHandler(windows, true);
        kit.on(FinanceSync.OFFENDER_TRANSACTIONS_INSERTED, prisoner)
                .on(FinanceSync.OFFENDER_TRANSACTIONS_UPDATED, prisoner)
                .on(FinanceSync.GL_TRANSACTIONS_INSERTED, prison)
                .on(FinanceSync.GL_TRANSACTIONS_UPDATED, prison);
        kit.onInternal(TransactionWindows.PERFORM_TRANSACTION_SYNC,
                new PerformTransactionSyncHandler(windows, nomis, dps, shared.mappings()));
        repairs = new FinanceRepairs(windows, nomis, dps, shared.mappings(), kit.queue(FROM_NOMIS_ID).queueName());
        kit.reconciliation(new TransactionsReconciliation(nomis, dps, shared.mappings(), buffer, repairs));
        kit.reconciliation(new PrisonerBalancesReconciliation(nomis, dps, repairs));
    }

    /** Resend a transaction, show what DPS would receive, list the open windows. */
    public FinanceRepairs repairs() {
        if (repairs == null) {
            throw new IllegalStateException("the finance domain is not installed in a core yet");
        }
        return repairs;
    }

    /** The open windows (oldest first), for status and for a person wondering where a transaction is. */
    public List<BufferedTransaction> pendingWindows(int limit) {
        return buffer.pending(limit);
    }
}
