package org.prisonsync.core.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;

class FinanceSyncTest {
    private static final long TX = 2_345_678L;

    @Test
    void everyRowOfATransactionReachesDpsInOneCallAfterTheGracePeriod() {
        FinanceWorld world = new FinanceWorld();
        for (int row = 1; row <= 50; row++) {
            assertThat(world.deliver(world.writeRow(TX, row, "1.00"))).isEqualTo(Disposition.ACK);
        }

        assertThat(world.dps.calls()).isEmpty();
        assertThat(world.queues.delaysRequested()).isEmpty();
        List<Envelope> queued = world.queues.messages(FinanceWorld.QUEUE).stream()
                .map(e -> e.envelope()).toList();
        assertThat(queued).hasSize(1).first().isInstanceOfSatisfying(InternalMessage.class, m -> {
            assertThat(m.type()).isEqualTo(TransactionWindows.PERFORM_TRANSACTION_SYNC);
            assertThat(m.payload()).isEqualTo(Map.of("transactionId", Long.toString(TX), "generation", "1"));
        });
        assertThat(world.telemetry.count("transactions-synchronisation-row-opened")).isEqualTo(1);
        assertThat(world.telemetry.count("transactions-synchronisation-row-absorbed")).isEqualTo(49);

        world.settle();

        assertThat(world.dps.calls()).hasSize(1);
        assertThat(world.dps.latest(TX).offenderTransactions()).hasSize(50);
        assertThat(world.mappings.findByNomisId(FinanceSync.ENTITY_TYPE, Long.toString(TX))).hasValueSatisfying(m -> {
            assertThat(m.prisonerNumber()).isEqualTo(FinanceWorld.PRISONER);
            assertThat(m.mappingType()).isEqualTo("NOMIS_CREATED");
        });
        assertThat(world.buffer.find(TX)).isEmpty();
        assertThat(world.telemetry.named("transactions-synchronisation-created-success")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("rows", "50")
                        .containsEntry("offenderNo", FinanceWorld.PRISONER).containsEntry("window", "closed"));
    }

    @Test
    void anUpdateAfterTheSyncOpensANewWindowAndSendsTheFinalStateOnce() {
        FinanceWorld world = new FinanceWorld();
        world.deliver(world.writeRow(TX, 1, "1.00"));
        world.deliver(world.writeRow(TX, 2, "2.00"));
        world.settle();

        world.nomis.write(FinanceWorld.entry(TX, 2, "7.50"));
        world.deliver(FinanceWorld.rowEvent(FinanceSync.OFFENDER_TRANSACTIONS_UPDATED, TX, 2, "OTDSUBAT"));
        world.deliver(FinanceWorld.rowEvent(FinanceSync.OFFENDER_TRANSACTIONS_UPDATED, TX, 2, "OTDSUBAT"));
        world.settle();

        assertThat(world.dps.callsFor(TX)).hasSize(2);
        assertThat(world.dps.latest(TX).offenderTransactions().get(1).amount()).isEqualByComparingTo("7.50");
        assertThat(world.telemetry.count("transactions-synchronisation-updated-success")).isEqualTo(1);
        assertThat(world.dps.callsFor(TX).get(0).requestId()).isNotEqualTo(world.dps.callsFor(TX).get(1).requestId());
    }

    @Test
    void aRowArrivingWhileTheWindowSyncsIsSentByTheNextWindow() {
        List<Notification> arrivingMidSync = new ArrayList<>();
        FinanceWorld[] holder = new FinanceWorld[1];
        FinanceWorld world = new FinanceWorld(nomis -> new FinanceNomisApi() {
            @Override
            public List<OffenderTransactionEntry> offenderTransaction(long transactionId) {
                List<OffenderTransactionEntry> read = nomis.offenderTransaction(transactionId);
                if (arrivingMidSync.isEmpty()) {
                    // NOMIS commits row 3 just after the sync read: its event finds the window syncing
                    arrivingMidSync.add(holder[0].writeRow(TX, 3, "3.00"));
                    assertThat(holder[0].deliver(arrivingMidSync.get(0))).isEqualTo(Disposition.ACK);
                }
                return read;
            }

            @Override
            public List<GeneralLedgerEntry> generalLedger(long transactionId) {
                return nomis.generalLedger(transactionId);
            }

            @Override
            public List<Long> transactionIds(java.time.LocalDate entryDate, long fromTransactionId, int size) {
                return nomis.transactionIds(entryDate, fromTransactionId, size);
            }

            @Override
            public List<Long> prisonerIdsWithBalance(long afterRootOffenderId, int size) {
                return nomis.prisonerIdsWithBalance(afterRootOffenderId, size);
            }

            @Override
            public java.util.Optional<PrisonerAccounts> prisonerAccounts(long rootOffenderId) {
                return nomis.prisonerAccounts(rootOffenderId);
            }

            @Override
            public java.util.Optional<PrisonerAccounts> prisonerAccounts(String prisonNumber) {
                return nomis.prisonerAccounts(prisonNumber);
            }

            @Override
            public java.util.Optional<PrisonerBalance> prisonerBalance(long rootOffenderId) {
                return nomis.prisonerBalance(rootOffenderId);
            }
        });
        holder[0] = world;
        world.deliver(world.writeRow(TX, 1, "1.00"));
        world.deliver(world.writeRow(TX, 2, "2.00"));

        world.settle();

        assertThat(world.telemetry.count("transactions-synchronisation-row-next-window")).isEqualTo(1);
        assertThat(world.dps.callsFor(TX)).extracting(c -> c.offenderTransactions().size()).containsExactly(2, 3);
        assertThat(world.buffer.find(TX)).isEmpty();
    }

    @Test
    void aRepeatedOrLateSyncMessageSendsNothingTwice() {
        FinanceWorld world = new FinanceWorld();
        world.deliver(world.writeRow(TX, 1, "1.00"));
        List<Envelope> queued = world.takeQueued();
        world.clock.advance(Duration.ofSeconds(5));

        world.deliver(queued.get(0));
        world.deliver(queued.get(0));
        world.deliver(new InternalMessage(TransactionWindows.PERFORM_TRANSACTION_SYNC,
                Map.of("transactionId", Long.toString(TX), "generation", "7")));

        assertThat(world.dps.calls()).hasSize(1);
        assertThat(world.telemetry.count("transactions-synchronisation-window-settled")).isEqualTo(2);
    }

    @Test
    void anOpenerThatDiedBeforeQueuingTheSyncIsReplacedByTheRedeliveredEvent() {
        FinanceWorld world = new FinanceWorld();
        Notification first = world.writeRow(TX, 1, "1.00");
        // the instance that took the first event opened the window, then died before queuing the delayed sync
        world.buffer.open(TX, world.clock.instant(), world.clock.instant().plusSeconds(10));

        Notification second = world.writeRow(TX, 2, "2.00");
        assertThat(world.deliver(second)).isInstanceOfSatisfying(Disposition.Retry.class,
                retry -> assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(1)));
        assertThat(world.telemetry.count("transactions-synchronisation-window-busy")).isEqualTo(1);

        world.clock.advance(Duration.ofSeconds(30));
        assertThat(world.deliver(first, 2)).isEqualTo(Disposition.ACK);
        assertThat(world.deliver(second, 2)).isEqualTo(Disposition.ACK);
        world.settle();

        assertThat(world.telemetry.count("transactions-synchronisation-row-rescheduled")).isEqualTo(1);
        assertThat(world.dps.calls()).singleElement().satisfies(c -> assertThat(c.offenderTransactions()).hasSize(2));
    }

    @Test
    void aSyncThatDiedAfterReopeningIsRescheduledByTheRedeliveredSyncMessage() {
        FinanceWorld world = new FinanceWorld();
        world.deliver(world.writeRow(TX, 1, "1.00"));
        world.takeQueued();
        // generation 1 synced, a row arrived meanwhile, generation 2 opened, then the instance died before queuing
        world.buffer.claimSync(TX, 1, world.clock.instant(), world.clock.instant().plusSeconds(60));
        world.nomis.write(FinanceWorld.entry(TX, 2, "2.00"));
        world.buffer.markDirty(TX, 1);
        world.buffer.finish(TX, 1, world.clock.instant(), world.clock.instant().plusSeconds(10));
        world.clock.advance(Duration.ofSeconds(60));

        world.deliver(new InternalMessage(TransactionWindows.PERFORM_TRANSACTION_SYNC,
                Map.of("transactionId", Long.toString(TX), "generation", "1")));
        world.settle();

        assertThat(world.telemetry.count("transactions-synchronisation-window-rescheduled")).isEqualTo(1);
        assertThat(world.dps.calls()).singleElement().satisfies(c -> assertThat(c.offenderTransactions()).hasSize(2));
    }

    @Test
    void aSyncThatStalledIsRevivedByTheNextRowEventAndSendsEveryRowOnce() {
        FinanceWorld world = new FinanceWorld();
        world.deliver(world.writeRow(TX, 1, "1.00"));
        world.takeQueued();
        // the instance that claimed the sync died mid-way, or its sync message was dead-lettered
        world.buffer.claimSync(TX, 1, world.clock.instant(), world.clock.instant().plusSeconds(60));
        world.clock.advance(Duration.ofSeconds(61));

        assertThat(world.deliver(world.writeRow(TX, 2, "2.00"))).isEqualTo(Disposition.ACK);
        assertThat(world.deliver(world.writeRow(TX, 3, "3.00"))).isEqualTo(Disposition.ACK);
        world.settle();

        assertThat(world.telemetry.count("transactions-synchronisation-row-revived")).isEqualTo(1);
        assertThat(world.telemetry.count("transactions-synchronisation-row-absorbed")).isEqualTo(1);
        assertThat(world.dps.calls()).singleElement().satisfies(c -> assertThat(c.offenderTransactions()).hasSize(3));
        assertThat(world.buffer.find(TX)).isEmpty();
    }

    @Test
    void aFailedDpsCallGivesTheWindowBackAndTheRetrySendsItOnce() {
        FinanceWorld world = new FinanceWorld();
        world.deliver(world.writeRow(TX, 1, "1.00"));
        List<Envelope> queued = world.takeQueued();
        world.dps.failNext(1);

        assertThat(world.deliver(queued.get(0))).isInstanceOf(Disposition.Retry.class);
        assertThat(world.deliver(queued.get(0), 2)).isEqualTo(Disposition.ACK);

        assertThat(world.dps.calls()).hasSize(1);
        assertThat(world.buffer.find(TX)).isEmpty();
        assertThat(world.telemetry.count("transactions-synchronisation-failed")).isEqualTo(1);
    }

    @Test
    void aPrisonOnlyTransactionIsNotSentButItsWindowCloses() {
        FinanceWorld world = new FinanceWorld();
        world.deliver(glEvent());
        world.settle();

        assertThat(world.dps.calls()).isEmpty();
        assertThat(world.telemetry.count("transactions-synchronisation-gl-created-ignored")).isEqualTo(1);
        assertThat(world.buffer.find(TX)).isEmpty();
    }

    @Test
    void ourOwnWritesAreSkippedAndBadEventsAreDeadLetteredAtOnce() {
        FinanceWorld world = new FinanceWorld();
        assertThat(world.deliver(FinanceWorld.rowEvent(FinanceSync.OFFENDER_TRANSACTIONS_INSERTED, TX, 1,
                "DPS_SYNCHRONISATION"))).isEqualTo(Disposition.ACK);
        assertThat(world.telemetry.count("transactions-synchronisation-skipped")).isEqualTo(1);

        Notification badId = FinanceWorld.with(FinanceWorld.rowEvent(FinanceSync.OFFENDER_TRANSACTIONS_INSERTED, TX,
                1, null), "transactionId", "12a");
        Notification badCaseload = FinanceWorld.with(FinanceWorld.rowEvent(FinanceSync.OFFENDER_TRANSACTIONS_INSERTED,
                TX, 1, null), "caseload", "swi; drop");
        InternalMessage forged = new InternalMessage(TransactionWindows.PERFORM_TRANSACTION_SYNC,
                Map.of("transactionId", Long.toString(TX), "generation", "1", "extra", "x"));

        assertThat(List.of(world.deliver(badId), world.deliver(badCaseload), world.deliver(forged)))
                .allSatisfy(d -> assertThat(d).isInstanceOf(Disposition.DeadLetter.class));
        assertThat(world.buffer.pending(10)).isEmpty();
        assertThat(((Disposition.DeadLetter) world.deliver(forged)).reason()).contains("unknown fields [extra]");
    }

    private static Notification glEvent() {
        Notification event = FinanceWorld.rowEvent(FinanceSync.GL_TRANSACTIONS_INSERTED, TX, 1, "OTDSUBAT");
        return FinanceWorld.with(FinanceWorld.with(FinanceWorld.with(event, "gLEntrySequence", "1"),
                "offenderIdDisplay", null), "bookingId", null);
    }

    @Test
    void theRepairResendsATransactionThroughAWindowOfItsOwnAfterADryRunThatChangesNothing() {
        FinanceWorld world = new FinanceWorld();
        world.deliver(world.writeRow(TX, 1, "1.00"));
        world.deliver(world.writeRow(TX, 2, "2.00"));
        world.settle();
        FinanceRepairs repairs = world.core.domain(FinanceDomain.class).repairs();

        org.prisonsync.core.repair.RepairReport dry = repairs.repairTransaction(TX, true);
        assertThat(dry.status()).isEqualTo(org.prisonsync.core.repair.RepairReport.Status.PLANNED);
        assertThat(dry.actions()).singleElement().asString().contains("2 prisoner row(s) of A3864DZ")
                .contains("updating DPS transaction");
        assertThat(world.buffer.find(TX)).isEmpty();
        assertThat(world.queues.messages(FinanceWorld.QUEUE)).isEmpty();

        org.prisonsync.core.repair.RepairReport done = repairs.repairTransaction(TX, false);
        assertThat(done.status()).isEqualTo(org.prisonsync.core.repair.RepairReport.Status.DONE);
        assertThat(repairs.repairTransaction(TX, false).actions()).singleElement().asString()
                .startsWith("a window is already open");
        world.settle();

        assertThat(world.dps.callsFor(TX)).hasSize(2);
        assertThat(repairs.repairTransaction(999L, false).status())
                .isEqualTo(org.prisonsync.core.repair.RepairReport.Status.NOT_FOUND);
        world.nomis.writeGeneralLedger(new GeneralLedgerEntry(555L, 1, 1, "SWI", java.math.BigDecimal.TEN, "ATOF",
                "CR", 2101, "Float", null, null, null, "CLERK1", null, null, null, null));
        assertThat(repairs.repairTransaction(555L, true).status())
                .isEqualTo(org.prisonsync.core.repair.RepairReport.Status.REFUSED);
        assertThat(repairs.payload(TX)).hasValueSatisfying(p -> assertThat(p.offenderTransactions()).hasSize(2));
        assertThat(repairs.payload(999L)).isEmpty();
    }
}
