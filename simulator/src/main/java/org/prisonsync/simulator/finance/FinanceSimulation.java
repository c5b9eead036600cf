package org.prisonsync.simulator.finance;

import io.javalin.config.RoutesConfig;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.prisonsync.core.finance.FinanceSync;
import org.prisonsync.core.finance.GeneralLedgerEntry;
import org.prisonsync.core.finance.OffenderTransactionEntry;
import org.prisonsync.core.finance.inmemory.InMemoryFinanceDpsApi;
import org.prisonsync.core.finance.inmemory.InMemoryFinanceNomisApi;
import org.prisonsync.core.message.Notification;
import org.prisonsync.simulator.DomainEvents;
import org.prisonsync.simulator.EventPublisher;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.SimulatedDomain;
import org.prisonsync.simulator.SimulationContext;
import org.prisonsync.simulator.store.RouteTable;

/**
 * Finance: NOMIS's transactions over core's in-memory twin, each row written and then announced by its own
 * {@code OFFENDER_TRANSACTIONS-INSERTED|UPDATED} (or {@code GL_TRANSACTIONS-…}) event, as NOMIS's triggers raise one
 * per row; and the DPS finance sync endpoint, which keeps every call so that tests and the benchmark count them.
 */
public final class FinanceSimulation implements SimulatedDomain {
    /** The queue id (prison-sync's) that receives NOMIS's finance events. */
    public static final String FROM_NOMIS_QUEUE = "fromnomisfinance";
    /** The audit module of a NOMIS user's transaction (the trust accounts screen). */
    static final String NOMIS_SCREEN = "OTDSUBAT";
    static final int MAX_ROWS = 5_000;
    static final int BATCH = 10;

    public static final Plugin PLUGIN = Plugin.of(FinanceSimulation.class, FinanceSimulation::new);

    private final InMemoryFinanceNomisApi nomis = new InMemoryFinanceNomisApi();
    private final InMemoryFinanceDpsApi dps = new InMemoryFinanceDpsApi();
    private final EventPublisher publisher;
    private final Clock clock;
    private final AtomicLong nextTransactionId;
    private final AtomicLong nextEventId = new AtomicLong(9_300_001);
    private final ExecutorService writers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "simulator-nomis-transactions");
        thread.setDaemon(true);
        return thread;
    });
    private final RouteTable upstream;
    private final FinanceControlRoutes control;

    private FinanceSimulation(SimulationContext context) {
        publisher = context.events();
        clock = context.clock();
        nextTransactionId = new AtomicLong(context.settings().idBase() + 2_345_001);
        FinanceRoutes routes = new FinanceRoutes(this, context.mapper());
        upstream = RouteTable.of(routes.nomisTable(), routes.dpsTable());
        control = new FinanceControlRoutes(this, context.mapper());
    }

    @Override
    public String name() {
        return "finance";
    }

    @Override
    public List<String> faultableRoutes() {
        return upstream.faultableRoutes();
    }

    @Override
    public void register(RoutesConfig routes, Guard guard) {
        upstream.register(routes, guard);
        control.register(routes);
    }

    @Override
    public Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("dpsTransactionSyncCalls", dps.calls().size());
        return stats;
    }

    @Override
    public void close() {
        writers.shutdownNow();
    }

    public InMemoryFinanceNomisApi nomis() {
        return nomis;
    }

    public InMemoryFinanceDpsApi dps() {
        return dps;
    }

    /** A new NOMIS transaction id. */
    public long nextTransactionId() {
        return nextTransactionId.getAndIncrement();
    }

    /**
     * A NOMIS user's transaction of {@code rows} prisoner rows, written one at a time over {@code spread} in the
     * background, each row committed before its event is raised; returns at once with the transaction id.
     */
    public long writeTransaction(String offenderNo, long bookingId, String caseload, int rows, Duration spread) {
        long transactionId = nextTransactionId();
        writers.execute(() -> writeRows(transactionId, offenderNo, bookingId, caseload, 1, rows, spread, "1.00"));
        return transactionId;
    }

    /**
     * Writes rows {@code from}..{@code from + count - 1} now, on the caller's thread, evenly over {@code spread}:
     * each row is committed before its event is raised, and the events of rows written together go out in one SQS
     * batch (at most {@value #BATCH}), as a trigger's events leave NOMIS in bursts.
     */
    public void writeRows(long transactionId, String offenderNo, long bookingId, String caseload, int from, int count,
                          Duration spread, String amount) {
        int batches = (count + BATCH - 1) / BATCH;
        long pauseNanos = batches > 1 ? spread.toNanos() / (batches - 1) : 0;
        long start = System.nanoTime();
        for (int b = 0; b < batches; b++) {
            if (b > 0 && pauseNanos > 0) {
                long wait = start + b * pauseNanos - System.nanoTime();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            List<Notification> events = new ArrayList<>(BATCH);
            for (int i = b * BATCH; i < Math.min(count, (b + 1) * BATCH); i++) {
                events.add(writeRow(transactionId, from + i, offenderNo, bookingId, caseload, amount, false));
            }
            publisher.publishAll(FROM_NOMIS_QUEUE, events);
        }
    }

    /** A NOMIS user changes one row (its amount): the row is rewritten, then {@code …-UPDATED} raised. */
    public void updateRow(long transactionId, int entrySequence, String offenderNo, long bookingId, String caseload,
                          String amount) {
        publisher.publishAll(FROM_NOMIS_QUEUE,
                List.of(writeRow(transactionId, entrySequence, offenderNo, bookingId, caseload, amount, true)));
    }

    /** Writes one prisoner row and answers its event, for the caller to publish. */
    private Notification writeRow(long transactionId, int entrySequence, String offenderNo, long bookingId, String caseload,
                          String amount, boolean update) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        nomis.write(new OffenderTransactionEntry(transactionId, entrySequence, 9_000_000L + bookingId, offenderNo,
                bookingId, caseload, new BigDecimal(amount), "CANT", "DR", "Canteen", now.toLocalDate(), null,
                "ref-" + transactionId + "-" + entrySequence, "SPND",
                List.of(new GeneralLedgerEntry(transactionId, entrySequence, 1, caseload, new BigDecimal(amount),
                        "CANT", "DR", 2101, "Canteen", now, null, now, "CLERK1", "A Clerk", null, null, null)),
                now, "CLERK1", "A Clerk", update ? now : null, update ? "CLERK1" : null,
                update ? "A Clerk" : null));
        return rowEvent(update ? FinanceSync.OFFENDER_TRANSACTIONS_UPDATED : FinanceSync.OFFENDER_TRANSACTIONS_INSERTED,
                transactionId, entrySequence, caseload, offenderNo, bookingId, null);
    }

    /** A prison (general ledger only) transaction row: written, then {@code GL_TRANSACTIONS-INSERTED} raised. */
    public void writeGeneralLedgerRow(long transactionId, int entrySequence, int glEntrySequence, String caseload) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        nomis.writeGeneralLedger(new GeneralLedgerEntry(transactionId, entrySequence, glEntrySequence, caseload,
                new BigDecimal("10.00"), "ATOF", "CR", 2101, "Float", now, null, now, "CLERK1", "A Clerk", null, null,
                null));
        publisher.publishAll(FROM_NOMIS_QUEUE, List.of(rowEvent(FinanceSync.GL_TRANSACTIONS_INSERTED, transactionId,
                entrySequence, caseload, null, null, glEntrySequence)));
    }

    private Notification rowEvent(String eventType, long transactionId, int entrySequence, String caseload,
                            String offenderNo, Long bookingId, Integer glEntrySequence) {
        Map<String, Object> message = DomainEvents.offenderEvent(eventType, nextEventId.getAndIncrement(), clock);
        // numbers as strings, as the offender-events service sends them
        message.put("transactionId", Long.toString(transactionId));
        message.put("entrySequence", Integer.toString(entrySequence));
        if (glEntrySequence != null) {
            message.put("gLEntrySequence", Integer.toString(glEntrySequence));
        }
        message.put("caseload", caseload);
        if (offenderNo != null) {
            message.put("offenderIdDisplay", offenderNo);
        }
        if (bookingId != null) {
            message.put("bookingId", Long.toString(bookingId));
        }
        message.put("nomisEventType", eventType);
        message.put("auditModuleName", NOMIS_SCREEN);
        return new Notification(UUID.randomUUID().toString(), eventType, message);
    }
}
