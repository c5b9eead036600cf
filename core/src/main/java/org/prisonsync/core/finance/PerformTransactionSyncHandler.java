package org.prisonsync.core.finance;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.sync.InternalHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.Steps;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * The delayed {@code PERFORM_TRANSACTION_SYNC} of one window: claims the window, reads the whole transaction from
 * NOMIS, sends it to DPS in one call, maps it once, then closes the window (or opens the next one when rows arrived
 * meanwhile). A message for a window already synced, or for an older generation, changes nothing.
 */
final class PerformTransactionSyncHandler implements InternalHandler {
    private static final Set<String> FIELDS = Set.of("transactionId", "generation");

    private final TransactionWindows windows;
    private final FinanceNomisApi nomis;
    private final FinanceDpsApi dps;
    private final MappingStore mappings;

    PerformTransactionSyncHandler(TransactionWindows windows, FinanceNomisApi nomis, FinanceDpsApi dps,
                                  MappingStore mappings) {
        this.windows = windows;
        this.nomis = nomis;
        this.dps = dps;
        this.mappings = mappings;
    }

    @Override
    public SyncOutcome handle(InternalMessage message, MessageContext context) {
        Map<String, Object> payload = message.payload();
        if (!FIELDS.containsAll(payload.keySet())) {
            throw new InvalidMessageException("unknown fields " + payload.keySet().stream()
                    .filter(k -> !FIELDS.contains(k)).sorted().toList());
        }
        long transactionId = Ids.requirePositiveLong(payload.get("transactionId"), "transactionId");
        int generation = Ids.requirePositiveInt(payload.get("generation"), "generation");
        Map<String, String> props = new LinkedHashMap<>();
        props.put("nomisTransactionId", Long.toString(transactionId));
        props.put("generation", Integer.toString(generation));
        TransactionBuffer buffer = windows.buffer();
        Instant now = windows.clock().instant();
        Optional<BufferedTransaction> found = buffer.find(transactionId);
        if (found.isEmpty() || found.get().generation() < generation) {
            return new SyncOutcome.Ignored("transactions-synchronisation-window-settled", props,
                    "transaction " + transactionId + "'s window " + generation + " is already synced");
        }
        BufferedTransaction row = found.get();
        if (row.generation() > generation) {
            return newerGeneration(row, context, props, now);
        }
        if (!buffer.claimSync(transactionId, generation, now, now.plus(windows.settings().syncLease()))) {
            Duration wait = row.leaseUntil().map(until -> Duration.between(now, until)).orElse(Duration.ZERO);
            return new SyncOutcome.RetryLater("transactions-synchronisation-window-busy", props,
                    "another instance is syncing transaction " + transactionId, wait);
        }
        context.step("window-claimed");
        try {
            return sync(row, context, props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            buffer.releaseLease(transactionId, generation, windows.clock().instant());
            // the reason a dead letter keeps: which transaction and window, and what refused it
            return SyncOutcome.RetryLater.upstreamFailed("transactions-synchronisation-failed", props,
                    new UpstreamUnavailable("transaction " + transactionId + " window " + generation + ": "
                            + e.getMessage(), e));
        }
    }

    private SyncOutcome sync(BufferedTransaction row, MessageContext context, Map<String, String> props) {
        long transactionId = row.transactionId();
        List<OffenderTransactionEntry> entries = nomis.offenderTransaction(transactionId);
        context.step(Steps.NOMIS_READ);
        Optional<Mapping> mapping = mappings.findByNomisId(FinanceSync.ENTITY_TYPE, Long.toString(transactionId));
        String change = mapping.isPresent() ? "updated" : "created";
        String event;
        if (entries.isEmpty()) {
            // a prison-only (general ledger) transaction: upstream's DPS sync takes prisoner transactions only
            props.put("generalLedgerRows", Integer.toString(nomis.generalLedger(transactionId).size()));
            event = "transactions-synchronisation-gl-" + change + "-ignored";
        } else {
            OffenderTransactionSync sync = new OffenderTransactionSync(OffenderTransactionSync.requestIdOf(
                    transactionId, row.generation(), row.openedAt().toEpochMilli()), transactionId,
                    entries.get(0).caseloadId(), entries);
            SyncReceipt receipt = dps.syncOffenderTransaction(sync);
            context.step(Steps.DPS_WRITTEN);
            props.put("offenderNo", sync.offenderNo());
            props.put("dpsTransactionId", receipt.synchronizedTransactionId());
            props.put("rows", Integer.toString(entries.size()));
            props.put("requestId", sync.requestId().toString());
            if (mapping.isEmpty()) {
                mappings.save(Mapping.of(FinanceSync.ENTITY_TYPE, Long.toString(transactionId),
                        receipt.synchronizedTransactionId(), sync.offenderNo(), FinanceSync.MAPPING_TYPE));
                context.step(Steps.MAPPING_WRITTEN);
            }
            event = "transactions-synchronisation-" + change + "-success";
        }
        Instant now = windows.clock().instant();
        props.put("windowMillis", Long.toString(Duration.between(row.openedAt(), now).toMillis()));
        WindowClose close = windows.whileScheduling(transactionId, () -> {
            WindowClose closed = windows.buffer().finish(transactionId, row.generation(), now,
                    now.plus(windows.settings().scheduleLease()));
            if (closed == WindowClose.REOPENED) {
                windows.schedule(transactionId, row.generation() + 1, context.queueName());
            }
            return closed;
        });
        props.put("window", close.name().toLowerCase(java.util.Locale.ROOT));
        return entries.isEmpty() ? new SyncOutcome.Ignored(event, props, "transaction " + transactionId
                + " has no prisoner rows") : new SyncOutcome.Synced(event, props);
    }

    /**
     * A message for an older generation while a newer one is open: normally nothing to do, but if the newer
     * generation's opener died before queuing its sync (a sync that reopened it, then crashed), this queues it.
     */
    private SyncOutcome newerGeneration(BufferedTransaction row, MessageContext context, Map<String, String> props,
                                        Instant now) {
        if (row.state() == WindowState.OPEN && row.leaseExpired(now) && windows.buffer().takeOverScheduling(
                row.transactionId(), row.generation(), now, now.plus(windows.settings().scheduleLease()))) {
            windows.schedule(row.transactionId(), row.generation(), context.queueName());
            props.put("rescheduledGeneration", Integer.toString(row.generation()));
            return new SyncOutcome.Deferred("transactions-synchronisation-window-rescheduled", props,
                    "queued the sync of window " + row.generation() + ", which its opener did not");
        }
        return new SyncOutcome.Ignored("transactions-synchronisation-window-settled", props,
                "transaction " + row.transactionId() + " is on window " + row.generation());
    }
}
