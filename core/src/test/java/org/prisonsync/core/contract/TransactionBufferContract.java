package org.prisonsync.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.finance.BufferedTransaction;
import org.prisonsync.core.finance.TransactionBuffer;
import org.prisonsync.core.finance.WindowClose;
import org.prisonsync.core.finance.WindowState;

/**
 * The {@link TransactionBuffer} contract: each write is one atomic conditional step that answers whether it took
 * effect. Subclasses return a fresh, empty buffer per test.
 */
public abstract class TransactionBufferContract {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(10);
    private static final long TX = 2_345_678L;

    private TransactionBuffer buffer;

    protected abstract TransactionBuffer newBuffer();

    @BeforeEach
    void createBuffer() {
        buffer = newBuffer();
    }

    @Test
    void openingInsertsGenerationOneLeasedToTheOpenerAndOnlyOnce() {
        assertThat(buffer.open(TX, T0, T0.plus(LEASE))).isTrue();
        assertThat(buffer.open(TX, T0.plusSeconds(1), T0.plus(LEASE))).isFalse();

        BufferedTransaction row = buffer.find(TX).orElseThrow();
        assertThat(row.generation()).isEqualTo(1);
        assertThat(row.state()).isEqualTo(WindowState.OPEN);
        assertThat(row.dirty()).isFalse();
        assertThat(row.leaseUntil()).contains(T0.plus(LEASE));
        assertThat(row.openedAt()).isEqualTo(T0);
        assertThat(row.scheduled()).isFalse();
        assertThat(buffer.find(TX + 1)).isEmpty();
    }

    @Test
    void schedulingClearsTheLeaseOfThatGenerationOnly() {
        buffer.open(TX, T0, T0.plus(LEASE));

        assertThat(buffer.scheduled(TX, 2)).isFalse();
        assertThat(buffer.scheduled(TX, 1)).isTrue();
        assertThat(buffer.find(TX).orElseThrow().scheduled()).isTrue();
        assertThat(buffer.scheduled(TX + 1, 1)).isFalse();
    }

    @Test
    void schedulingIsTakenOverOnlyOnceTheLeaseHasRunOutAndOnlyByOne() {
        buffer.open(TX, T0, T0.plus(LEASE));

        assertThat(buffer.takeOverScheduling(TX, 1, T0.plusSeconds(5), T0.plusSeconds(15))).isFalse();
        assertThat(buffer.takeOverScheduling(TX, 1, T0.plus(LEASE), T0.plusSeconds(20))).isTrue();
        assertThat(buffer.takeOverScheduling(TX, 1, T0.plus(LEASE), T0.plusSeconds(20))).isFalse();
        assertThat(buffer.find(TX).orElseThrow().leaseUntil()).contains(T0.plusSeconds(20));
    }

    @Test
    void aScheduledWindowIsNeverTakenOver() {
        buffer.open(TX, T0, T0.plus(LEASE));
        buffer.scheduled(TX, 1);

        assertThat(buffer.takeOverScheduling(TX, 1, T0.plusSeconds(600), T0.plusSeconds(610))).isFalse();
    }

    @Test
    void onlyASyncingGenerationIsMarkedDirty() {
        buffer.open(TX, T0, T0.plus(LEASE));
        assertThat(buffer.markDirty(TX, 1)).isFalse();

        buffer.claimSync(TX, 1, T0.plusSeconds(5), T0.plusSeconds(65));

        assertThat(buffer.markDirty(TX, 2)).isFalse();
        assertThat(buffer.markDirty(TX, 1)).isTrue();
        assertThat(buffer.find(TX).orElseThrow().dirty()).isTrue();
    }

    @Test
    void aSyncIsClaimedFromOpenOnceAndAgainOnlyAfterItsLeaseRunsOutClearingDirty() {
        buffer.open(TX, T0, T0.plus(LEASE));
        buffer.scheduled(TX, 1);

        assertThat(buffer.claimSync(TX, 1, T0.plusSeconds(5), T0.plusSeconds(65))).isTrue();
        assertThat(buffer.claimSync(TX, 1, T0.plusSeconds(6), T0.plusSeconds(66))).isFalse();
        buffer.markDirty(TX, 1);
        assertThat(buffer.claimSync(TX, 2, T0.plusSeconds(70), T0.plusSeconds(130))).isFalse();
        assertThat(buffer.claimSync(TX, 1, T0.plusSeconds(65), T0.plusSeconds(125))).isTrue();

        BufferedTransaction row = buffer.find(TX).orElseThrow();
        assertThat(row.state()).isEqualTo(WindowState.SYNCING);
        assertThat(row.dirty()).isFalse();
        assertThat(row.leaseUntil()).contains(T0.plusSeconds(125));
    }

    @Test
    void aStalledSyncIsRevivedOpenOnceItsLeaseHasRunOutAndByOneCallerOnly() {
        buffer.open(TX, T0, T0.plus(LEASE));
        assertThat(buffer.reviveStalled(TX, 1, T0.plusSeconds(600), T0.plusSeconds(610))).isFalse();
        buffer.claimSync(TX, 1, T0.plusSeconds(5), T0.plusSeconds(65));
        buffer.markDirty(TX, 1);

        assertThat(buffer.reviveStalled(TX, 1, T0.plusSeconds(64), T0.plusSeconds(74))).isFalse();
        assertThat(buffer.reviveStalled(TX, 2, T0.plusSeconds(65), T0.plusSeconds(75))).isFalse();
        assertThat(buffer.reviveStalled(TX, 1, T0.plusSeconds(65), T0.plusSeconds(75))).isTrue();
        assertThat(buffer.reviveStalled(TX, 1, T0.plusSeconds(65), T0.plusSeconds(75))).isFalse();

        BufferedTransaction row = buffer.find(TX).orElseThrow();
        assertThat(row.state()).isEqualTo(WindowState.OPEN);
        assertThat(row.generation()).isEqualTo(1);
        assertThat(row.leaseUntil()).contains(T0.plusSeconds(75));
        // the stalled sync, had it lived, finds its window no longer its own
        assertThat(buffer.finish(TX, 1, T0.plusSeconds(66), T0.plusSeconds(76))).isEqualTo(WindowClose.TAKEN_OVER);
    }

    @Test
    void finishingACleanSyncDeletesTheRow() {
        buffer.open(TX, T0, T0.plus(LEASE));
        buffer.claimSync(TX, 1, T0.plusSeconds(5), T0.plusSeconds(65));

        assertThat(buffer.finish(TX, 1, T0.plusSeconds(6), T0.plusSeconds(16))).isEqualTo(WindowClose.CLOSED);
        assertThat(buffer.find(TX)).isEmpty();
        assertThat(buffer.open(TX, T0.plusSeconds(7), T0.plusSeconds(17))).isTrue();
    }

    @Test
    void finishingADirtySyncOpensTheNextGenerationLeasedToTheFinisher() {
        buffer.open(TX, T0, T0.plus(LEASE));
        buffer.claimSync(TX, 1, T0.plusSeconds(5), T0.plusSeconds(65));
        buffer.markDirty(TX, 1);

        assertThat(buffer.finish(TX, 1, T0.plusSeconds(6), T0.plusSeconds(16))).isEqualTo(WindowClose.REOPENED);

        BufferedTransaction row = buffer.find(TX).orElseThrow();
        assertThat(row.generation()).isEqualTo(2);
        assertThat(row.state()).isEqualTo(WindowState.OPEN);
        assertThat(row.dirty()).isFalse();
        assertThat(row.leaseUntil()).contains(T0.plusSeconds(16));
        assertThat(row.openedAt()).isEqualTo(T0.plusSeconds(6));
    }

    @Test
    void aFinishForAGenerationNotSyncingChangesNothing() {
        buffer.open(TX, T0, T0.plus(LEASE));

        assertThat(buffer.finish(TX, 1, T0.plusSeconds(6), T0.plusSeconds(16))).isEqualTo(WindowClose.TAKEN_OVER);
        assertThat(buffer.finish(TX + 1, 1, T0.plusSeconds(6), T0.plusSeconds(16)))
                .isEqualTo(WindowClose.TAKEN_OVER);
        assertThat(buffer.find(TX).orElseThrow().state()).isEqualTo(WindowState.OPEN);
    }

    @Test
    void aReleasedLeaseCanBeTakenAtOnce() {
        buffer.open(TX, T0, T0.plus(LEASE));
        assertThat(buffer.releaseLease(TX, 1, T0.plusSeconds(1))).isTrue();
        assertThat(buffer.takeOverScheduling(TX, 1, T0.plusSeconds(1), T0.plusSeconds(11))).isTrue();

        buffer.claimSync(TX, 1, T0.plusSeconds(2), T0.plusSeconds(62));
        assertThat(buffer.releaseLease(TX, 1, T0.plusSeconds(3))).isTrue();
        assertThat(buffer.claimSync(TX, 1, T0.plusSeconds(3), T0.plusSeconds(63))).isTrue();
        assertThat(buffer.releaseLease(TX, 2, T0.plusSeconds(3))).isFalse();
    }

    @Test
    void pendingListsTheOldestWindowsFirst() {
        buffer.open(TX, T0.plusSeconds(2), T0.plus(LEASE));
        buffer.open(TX + 1, T0, T0.plus(LEASE));
        buffer.open(TX + 2, T0.plusSeconds(1), T0.plus(LEASE));

        assertThat(buffer.pending(2)).extracting(BufferedTransaction::transactionId).containsExactly(TX + 1, TX + 2);
    }

    @Test
    void racingOpenersOpenOnce() throws Exception {
        List<Boolean> opened = Concurrently.run(8, i -> buffer.open(TX, T0, T0.plus(LEASE)));

        assertThat(opened).containsOnlyOnce(true);
    }

    @Test
    void racingDirtyMarksAndAFinishNeverLoseARow() throws Exception {
        // a finish racing row events: either the finish sees dirty (next generation) or the event sees no
        // syncing generation (and, in the windows, opens or joins a new one); never a dirty mark that is lost
        for (int round = 0; round < 20; round++) {
            long tx = TX + 100 + round;
            buffer.open(tx, T0, T0.plus(LEASE));
            buffer.claimSync(tx, 1, T0.plusSeconds(5), T0.plusSeconds(65));
            List<Object> results = Concurrently.<Object>run(5, i -> i == 0
                    ? buffer.finish(tx, 1, T0.plusSeconds(6), T0.plusSeconds(16))
                    : buffer.markDirty(tx, 1));
            boolean anyMarked = results.subList(1, 5).contains(true);
            WindowClose close = (WindowClose) results.get(0);
            assertThat(close).isEqualTo(anyMarked ? WindowClose.REOPENED : WindowClose.CLOSED);
        }
    }
}
