package org.prisonsync.core.finance;

import java.util.Map;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.message.OffenderEvent;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * A NOMIS transaction row event: our own writes are skipped; every other one opens, joins or dirties its
 * transaction's window ({@link TransactionWindows}), never calling DPS itself.
 */
final class TransactionRowHandler implements EventHandler {
    private final TransactionWindows windows;
    private final boolean generalLedger;

    TransactionRowHandler(TransactionWindows windows, boolean generalLedger) {
        this.windows = windows;
        this.generalLedger = generalLedger;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        TransactionRowEvent row = TransactionRowEvent.of(event, generalLedger);
        Map<String, String> props = row.properties();
        String kind = generalLedger ? "gl-" : "";
        if (event.originatesInDps()) {
            return new SyncOutcome.Ignored("transactions-synchronisation-" + kind + "skipped", props,
                    "the transaction row was written by DPS synchronisation");
        }
        TransactionWindows.Arrival arrival;
        try {
            arrival = windows.arrive(row.transactionId(), context.queueName(), context.receiveCount() > 1);
        } catch (UpstreamUnavailable e) {
            return SyncOutcome.RetryLater.upstreamFailed("transactions-synchronisation-window-failed", props, e);
        }
        if (arrival.effect() == TransactionWindows.Effect.WAIT) {
            return new SyncOutcome.RetryLater("transactions-synchronisation-window-busy", props,
                    "another instance is queuing transaction " + row.transactionId() + "'s sync", arrival.atLeast());
        }
        String effect = arrival.effect().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        context.step("window-" + effect);
        props.put("window", effect);
        props.put("generation", Integer.toString(arrival.generation()));
        return new SyncOutcome.Deferred("transactions-synchronisation-" + kind + "row-" + effect, props,
                reason(arrival.effect(), row.transactionId()));
    }

    private String reason(TransactionWindows.Effect effect, long transactionId) {
        switch (effect) {
            case OPENED:
                return "opened transaction " + transactionId + "'s window; its sync is queued for "
                        + windows.settings().gracePeriod().toSeconds() + " s";
            case ABSORBED:
                return "transaction " + transactionId + "'s queued sync will read this row";
            case NEXT_WINDOW:
                return "transaction " + transactionId + " is syncing; its next window will read this row";
            case REVIVED:
                return "transaction " + transactionId + "'s sync had stalled; queued it again";
            default:
                return "queued transaction " + transactionId
                        + "'s sync, which the instance that opened its window did not";
        }
    }
}
