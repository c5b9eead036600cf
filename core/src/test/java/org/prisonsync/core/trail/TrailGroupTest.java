package org.prisonsync.core.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.telemetry.SyncStep;

class TrailGroupTest {
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00.000001Z");
    private static final Map<String, String> IDS = Map.of("offenderNo", "A1234BC", "nomisId", "987");

    private static List<TrailEntry> sync(Instant outcomeAt, SyncStep... steps) {
        List<TrailEntry> entries = new ArrayList<>(TrailEntry.steps("visit-create-success", IDS, List.of(steps)));
        entries.add(TrailEntry.of("visit-create-success", IDS, outcomeAt));
        return entries;
    }

    private static SyncStep step(String name, Instant at) {
        return new SyncStep(name, at, Map.of("eventType", "prison-visit.booked"));
    }

    @Test
    void aSyncsStepsArePackedWithItsOutcome_andUnpackToExactlyWhatWasAppended() {
        List<TrailEntry> sync = sync(T0.plusMillis(9), step("received", T0), step("dps-read", T0.plusMillis(3)));

        List<TrailGroup> groups = TrailGroup.of(sync);

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).entries()).containsExactlyElementsOf(sync);
        assertThat(groups.get(0).firstAt()).isEqualTo(T0);
        assertThat(groups.get(0).at()).isEqualTo(T0.plusMillis(9));
        assertThat(groups.get(0).size()).isEqualTo(3);
    }

    @Test
    void stepsThatCannotBeRebuiltFromTheNextEntry_orLieOutsideItsSpan_stayAlone() {
        List<TrailEntry> later = sync(T0, step("received", T0.plusMillis(1)));
        List<TrailEntry> tooEarly = sync(T0, step("received", T0.minus(TrailGroup.MAX_SPAN).minusMillis(1)));
        List<TrailEntry> otherOutcome = new ArrayList<>(sync(T0, step("received", T0)).subList(0, 1));
        otherOutcome.add(TrailEntry.of("alert-create-success", IDS, T0));
        List<TrailEntry> otherIds = new ArrayList<>(sync(T0, step("received", T0)).subList(0, 1));
        otherIds.add(TrailEntry.of("visit-create-success", Map.of("offenderNo", "B2345CD"), T0));
        List<TrailEntry> trailing = sync(T0, step("received", T0)).subList(0, 1);

        for (List<TrailEntry> appended : List.of(later, tooEarly, otherOutcome, otherIds, trailing)) {
            List<TrailGroup> groups = TrailGroup.of(appended);
            assertThat(groups).as("%s", appended).hasSize(appended.size())
                    .allSatisfy(group -> assertThat(group.steps()).isEmpty());
            assertThat(groups.stream().flatMap(g -> g.entries().stream()).toList())
                    .containsExactlyElementsOf(appended);
        }
    }

    @Test
    void aStepAtTheSpansVeryEdgeIsPacked_andLoneEventsBetweenSyncsKeepTheirPlace() {
        TrailEntry lone = TrailEntry.of("unknown-event-ignored", Map.of("eventType", "x.y"), T0);
        List<TrailEntry> appended = new ArrayList<>(sync(T0, step("received", T0.minus(TrailGroup.MAX_SPAN))));
        appended.add(lone);
        appended.addAll(sync(T0, step("received", T0), step("mapping-written", T0)));

        List<TrailGroup> groups = TrailGroup.of(appended);

        assertThat(groups).extracting(TrailGroup::size).containsExactly(2, 1, 3);
        assertThat(groups.stream().flatMap(g -> g.entries().stream()).toList()).containsExactlyElementsOf(appended);
    }
}
