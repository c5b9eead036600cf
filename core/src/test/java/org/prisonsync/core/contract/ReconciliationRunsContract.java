package org.prisonsync.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.ReconciliationRun;
import org.prisonsync.core.reconciliation.ReconciliationRuns;
import org.prisonsync.core.reconciliation.RunStatus;

/** The {@link ReconciliationRuns} contract; subclasses return a fresh, empty store per test. */
public abstract class ReconciliationRunsContract {
    /** Microsecond precision: the finest both H2 and PostgreSQL keep. */
    protected static final Instant T0 = Instant.parse("2026-03-01T04:45:00.123456Z");

    private ReconciliationRuns runs;

    protected abstract ReconciliationRuns newRuns();

    @BeforeEach
    void createRuns() {
        runs = newRuns();
    }

    private static ReconciliationRun started(String name, Instant at) {
        return ReconciliationRun.started(UUID.randomUUID().toString(), name, ReconciliationParameters.none(), at);
    }

    private static Mismatch mismatch(String key, String nomis, String dps) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("offenderNo", key);
        fields.put("bookingId", "1200" + key.length());
        fields.put("missingFromDps", "HA,XA");
        return new Mismatch(key, fields, nomis, dps, LikelySide.DPS, "DPS lacks HA and XA, line " + key);
    }

    @Test
    void aStartedRunIsFoundRunningWithItsParameters() {
        ReconciliationRun run = ReconciliationRun.started(UUID.randomUUID().toString(), "activity-attendances",
                ReconciliationParameters.onDate(java.time.LocalDate.of(2026, 2, 28)), T0);

        runs.start(run);

        assertThat(runs.find(run.id())).contains(run);
        assertThat(runs.find(run.id()).orElseThrow().parameters()).containsExactly(Map.entry("date", "2026-02-28"));
        assertThat(runs.find(UUID.randomUUID().toString())).isEmpty();
        assertThat(runs.mismatches(run.id())).isEmpty();
    }

    @Test
    void aTakenIdIsRefused() {
        ReconciliationRun run = started("alerts", T0);
        runs.start(run);

        assertThatThrownBy(() -> runs.start(ReconciliationRun.started(run.id(), "incentives",
                ReconciliationParameters.none(), T0.plusSeconds(5)))).isInstanceOf(IllegalStateException.class);
        assertThat(runs.find(run.id())).contains(run);
    }

    @Test
    void finishingStoresTheEndAndCountsOnce() {
        ReconciliationRun run = started("alerts", T0);
        runs.start(run);
        ReconciliationRun ended = run.ended(RunStatus.COMPLETED, T0.plusSeconds(90), 4021L, 201, 4000, 3, 2, 1);

        assertThat(runs.finish(ended)).isTrue();
        assertThat(runs.find(run.id())).contains(ended);
        assertThat(runs.find(run.id()).orElseThrow().total()).isEqualTo(4021L);
        assertThat(runs.find(run.id()).orElseThrow().pagesRead()).isEqualTo(201);

        assertThat(runs.finish(run.ended(RunStatus.FAILED, T0.plusSeconds(99), 1L, 1, 1, 1, 1, 1))).isFalse();
        assertThat(runs.find(run.id())).contains(ended);
        assertThat(runs.finish(started("alerts", T0).ended(RunStatus.FAILED, T0, null, 0, 0, 0, 0, 0))).isFalse();
    }

    @Test
    void aRunWhosePopulationCouldNotSayItsTotalKeepsItUnknown() {
        ReconciliationRun run = started("sentencing", T0);
        runs.start(run);
        assertThat(runs.find(run.id()).orElseThrow().total()).isNull();

        ReconciliationRun ended = run.ended(RunStatus.FAILED, T0.plusSeconds(5), null, 0, 0, 0, 0, 1);
        runs.finish(ended);

        assertThat(runs.find(run.id())).contains(ended);
        assertThat(runs.find(run.id()).orElseThrow().total()).isNull();
    }

    @Test
    void mismatchesComeBackAsAddedWithTheirFieldsInOrder() {
        ReconciliationRun run = started("alerts", T0);
        ReconciliationRun other = started("alerts", T0);
        runs.start(run);
        runs.start(other);
        List<Mismatch> first = List.of(mismatch("A1234BC", "HA,XA", ""), mismatch("B5678CD", null, "VU"));
        Mismatch noteWithQuotesAndNewlinesInValues = new Mismatch("C9012DE",
                Map.of("odd", "a=b;c\\d\n\"e\" , f"), "x\ny", "ü", LikelySide.UNKNOWN, "");

        runs.addMismatches(run.id(), first);
        runs.addMismatches(run.id(), List.of(noteWithQuotesAndNewlinesInValues, mismatch("A1234BC", "HA", "")));
        runs.addMismatches(other.id(), List.of(mismatch("Z9999ZZ", "PEEP", "")));

        List<Mismatch> stored = runs.mismatches(run.id());
        assertThat(stored).containsExactly(first.get(0), first.get(1), noteWithQuotesAndNewlinesInValues,
                mismatch("A1234BC", "HA", ""));
        assertThat(stored.get(0).fields().keySet()).containsExactly("offenderNo", "bookingId", "missingFromDps");
        assertThat(runs.mismatch(run.id(), "A1234BC")).contains(first.get(0));
        assertThat(runs.mismatch(run.id(), "Z9999ZZ")).isEmpty();
        assertThat(runs.mismatches(other.id())).extracting(Mismatch::key).containsExactly("Z9999ZZ");
    }

    @Test
    void aThousandMismatchesInOneBatchAreAllKept() {
        ReconciliationRun run = started("incentives", T0);
        runs.start(run);
        List<Mismatch> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(mismatch(String.format("A%04dAA", i), "STD", "ENH"));
        }

        runs.addMismatches(run.id(), many);

        assertThat(runs.mismatches(run.id())).isEqualTo(many);
    }

    @Test
    void mismatchesOfAnUnknownRunAreRefused() {
        assertThatThrownBy(() -> runs.addMismatches(UUID.randomUUID().toString(),
                List.of(mismatch("A1234BC", "HA", "")))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void latestListsTheNewestRunsOfOneNameFirst_uptoTheLimit() {
        ReconciliationRun oldest = started("alerts", T0);
        ReconciliationRun middle = started("alerts", T0.plusSeconds(60));
        ReconciliationRun newest = started("alerts", T0.plusSeconds(120));
        ReconciliationRun incentives = started("incentives", T0.plusSeconds(180));
        for (ReconciliationRun run : List.of(middle, incentives, newest, oldest)) {
            runs.start(run);
        }
        runs.finish(middle.ended(RunStatus.COMPLETED, T0.plusSeconds(90), 10L, 1, 10, 0, 0, 0));

        assertThat(runs.latest("alerts", 10)).extracting(ReconciliationRun::id)
                .containsExactly(newest.id(), middle.id(), oldest.id());
        assertThat(runs.latest("alerts", 2)).extracting(ReconciliationRun::id)
                .containsExactly(newest.id(), middle.id());
        assertThat(runs.latest("alerts", 10).get(1).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(runs.latest("visits", 10)).isEmpty();
    }

    @Test
    void runsOfSeveralThreadsAreAllKept() throws Exception {
        List<ReconciliationRun> started = Concurrently.run(8, i -> {
            ReconciliationRun run = started("alerts", T0.plusSeconds(i));
            runs.start(run);
            runs.addMismatches(run.id(), List.of(mismatch("A000" + i + "AA", "HA", "")));
            return run;
        });

        assertThat(runs.latest("alerts", 100)).hasSize(8);
        for (ReconciliationRun run : started) {
            assertThat(runs.mismatches(run.id())).hasSize(1);
        }
    }
}
