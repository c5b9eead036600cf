package org.prisonsync.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.migration.HistoryQuery;
import org.prisonsync.core.migration.MigrationHistory;
import org.prisonsync.core.migration.MigrationRun;
import org.prisonsync.core.migration.MigrationStatus;
import org.prisonsync.core.migration.RunStart;

/** The {@link MigrationHistory} contract; subclasses return a fresh, empty history per test. */
public abstract class MigrationHistoryContract {
    /** Microsecond precision: the finest both H2 and PostgreSQL keep. */
    protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");

    private MigrationHistory history;

    protected abstract MigrationHistory newHistory();

    @BeforeEach
    void createHistory() {
        history = newHistory();
    }

    private static MigrationRun run(String id, String type, String filter, Instant started) {
        return MigrationRun.started(id, type, filter, started, 100);
    }

    @Test
    void aStartedRunIsFoundByIdAndAsTheLatestOfItsType() {
        MigrationRun run = run("2026-03-01T10:15:30", "VISITS", "{\"prisonIds\":[\"MDI\"]}", T0);

        assertThat(history.start(run)).isEqualTo(RunStart.STARTED);

        assertThat(history.find("2026-03-01T10:15:30")).contains(run);
        assertThat(history.latest("VISITS")).contains(run);
        assertThat(history.latest("ALERTS")).isEmpty();
        assertThat(history.find("nope")).isEmpty();
    }

    @Test
    void aSecondStartOfATypeIsRefusedWhileOneIsActive_butAnotherTypeMayStart() {
        history.start(run("a", "VISITS", "{}", T0));

        assertThat(history.start(run("b", "VISITS", "{}", T0.plusSeconds(1)))).isEqualTo(RunStart.ANOTHER_ACTIVE);
        assertThat(history.start(run("c", "ALERTS", "{}", T0.plusSeconds(1)))).isEqualTo(RunStart.STARTED);
        assertThat(history.find("b")).isEmpty();
    }

    @Test
    void aCancelRequestedRunStillBlocks_aFinishedOneDoesNot() {
        MigrationRun a = run("a", "VISITS", "{}", T0);
        history.start(a);
        history.transition("a", MigrationStatus.STARTED, a.withStatus(MigrationStatus.CANCELLED_REQUESTED));
        assertThat(history.start(run("b", "VISITS", "{}", T0.plusSeconds(1)))).isEqualTo(RunStart.ANOTHER_ACTIVE);

        history.transition("a", MigrationStatus.CANCELLED_REQUESTED,
                a.ended(MigrationStatus.CANCELLED, T0.plusSeconds(5), 3, 1));

        assertThat(history.start(run("b", "VISITS", "{}", T0.plusSeconds(6)))).isEqualTo(RunStart.STARTED);
        assertThat(history.latest("VISITS")).get().extracting(MigrationRun::migrationId).isEqualTo("b");
    }

    @Test
    void aTakenIdIsReportedAsSuch() {
        history.start(run("same", "VISITS", "{}", T0));

        assertThat(history.start(run("same", "ALERTS", "{}", T0))).isEqualTo(RunStart.ID_TAKEN);
    }

    @Test
    void transitionIsACompareAndSetOnTheStatus() {
        MigrationRun a = run("a", "VISITS", "{}", T0);
        history.start(a);
        MigrationRun completed = a.ended(MigrationStatus.COMPLETED, T0.plusSeconds(60), 98, 2);

        assertThat(history.transition("a", MigrationStatus.CANCELLED_REQUESTED, completed)).isFalse();
        assertThat(history.find("a")).contains(a);

        assertThat(history.transition("a", MigrationStatus.STARTED, completed)).isTrue();
        assertThat(history.find("a")).contains(completed);
        assertThat(history.transition("missing", MigrationStatus.STARTED, completed)).isFalse();
    }

    @Test
    void findByQueryFiltersByTimeFailuresAndPrison_newestFirst() {
        MigrationRun mdi = run("1", "VISITS", "{\"prisonIds\":[\"MDI\"],\"visitTypes\":[\"SCON\"]}", T0);
        MigrationRun lei = run("2", "VISITS", "{\"prisonIds\":[\"LEI\",\"MDI\"]}", T0.plusSeconds(60));
        MigrationRun bxi = run("3", "VISITS", "{\"prisonIds\":[\"BXI\"]}", T0.plusSeconds(120));
        MigrationRun other = run("4", "ALERTS", "{\"prisonIds\":[\"MDI\"]}", T0.plusSeconds(180));
        for (MigrationRun r : List.of(mdi, lei, bxi, other)) {
            history.start(r);
            history.transition(r.migrationId(), MigrationStatus.STARTED,
                    r.ended(MigrationStatus.COMPLETED, r.whenStarted().plusSeconds(30), 10,
                            r == lei ? 2 : 0));
        }

        assertThat(ids(history.find(HistoryQuery.all("VISITS")))).containsExactly("3", "2", "1");
        assertThat(ids(history.find(new HistoryQuery("VISITS", null, null, false, "MDI")))).containsExactly("2", "1");
        assertThat(ids(history.find(new HistoryQuery("VISITS", null, null, true, null)))).containsExactly("2");
        assertThat(ids(history.find(new HistoryQuery("VISITS", T0.plusSeconds(60), T0.plusSeconds(120), false,
                null)))).containsExactly("3", "2");
    }

    @Test
    void ofManySimultaneousStartsOfOneTypeExactlyOneWins() throws Exception {
        List<RunStart> results = Concurrently.run(8,
                i -> history.start(run("id-" + i, "VISITS", "{}", T0.plusSeconds(i))));

        assertThat(results).filteredOn(r -> r == RunStart.STARTED).hasSize(1);
        assertThat(history.find(HistoryQuery.all("VISITS"))).hasSize(1);
    }

    private static List<String> ids(List<MigrationRun> runs) {
        return runs.stream().map(MigrationRun::migrationId).toList();
    }
}
