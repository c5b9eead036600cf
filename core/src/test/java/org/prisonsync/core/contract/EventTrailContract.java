package org.prisonsync.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.telemetry.SyncStep;
import org.prisonsync.core.trail.EventTrail;
import org.prisonsync.core.trail.TrailEntry;
import org.prisonsync.core.trail.TrailQuery;

/** The {@link EventTrail} contract; subclasses return a fresh, empty trail per test. */
public abstract class EventTrailContract {
    /** Microsecond precision: the finest both H2 and PostgreSQL keep. */
    protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");
    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2100-01-01T00:00:00Z");

    private EventTrail trail;

    protected abstract EventTrail newTrail();

    @BeforeEach
    void createTrail() {
        trail = newTrail();
    }

    private static TrailEntry entry(String event, Instant at, String... keyValues) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.put(keyValues[i], keyValues[i + 1]);
        }
        return TrailEntry.of(event, properties, at);
    }

    private static TrailQuery all(int limit) {
        return new TrailQuery(null, null, null, null, LONG_AGO, LATER, limit);
    }

    @Test
    void anAppendedEntryComesBackWithEveryFieldAndProperty() {
        TrailEntry written = entry("visit-booked-create-success", T0, "offenderNo", "A1234BC", "bookingId", "1200345",
                "nomisId", "987", "dpsId", "ab-cd-ef-gh", "prisonId", "MDI", "note", "a=b&c=d\nnewline ünïcödé");

        trail.append(List.of(written));

        assertThat(trail.find(all(10))).containsExactly(written);
    }

    @Test
    void aSyncsStepsComeBackAsStepsOfItsOutcome_inOrder_beforeIt() {
        Map<String, String> ids = Map.of("offenderNo", "A1234BC", "nomisId", "987", "dpsId", "ab-cd-ef-gh");
        List<TrailEntry> written = new ArrayList<>(TrailEntry.steps("visit-create-success", ids, List.of(
                new SyncStep("received", T0, Map.of("eventType", "prison-visit.booked", "receiveCount", "1")),
                new SyncStep("dps-read", T0, Map.of()), new SyncStep("nomis-written", T0, Map.of()),
                new SyncStep("mapping-written", T0, Map.of()))));
        written.add(entry("visit-create-success", T0, "offenderNo", "A1234BC", "nomisId", "987"));

        trail.append(written);

        List<TrailEntry> found = trail.find(new TrailQuery("A1234BC", null, null, null, LONG_AGO, LATER, 10));
        assertThat(found).containsExactlyElementsOf(written);
        assertThat(found).extracting(TrailEntry::stepOf).containsExactly("visit-create-success",
                "visit-create-success", "visit-create-success", "visit-create-success", null);
    }

    @Test
    void findsByPrisonerBookingEntityAndEvent() {
        TrailEntry visit = entry("visit-booked-create-success", T0, "offenderNo", "A1234BC", "nomisId", "987",
                "dpsId", "ab-cd-ef-gh");
        TrailEntry alert = entry("alert-create-success", T0.plusSeconds(1), "offenderNo", "A1234BC",
                "bookingId", "1200345", "dpsAlertId", "2f0c");
        TrailEntry other = entry("alert-create-success", T0.plusSeconds(2), "offenderNo", "B2345CD",
                "bookingId", "1200999", "nomisId", "ab-cd-ef-gh");
        trail.append(List.of(visit, alert, other));

        assertThat(trail.find(new TrailQuery("A1234BC", null, null, null, LONG_AGO, LATER, 10)))
                .containsExactly(visit, alert);
        assertThat(trail.find(new TrailQuery(null, 1200345L, null, null, LONG_AGO, LATER, 10))).containsExactly(alert);
        assertThat(trail.find(new TrailQuery(null, null, "ab-cd-ef-gh", null, LONG_AGO, LATER, 10)))
                .as("an entity id matches a DPS id and a NOMIS id").containsExactly(visit, other);
        assertThat(trail.find(new TrailQuery(null, null, null, "alert-create-success", LONG_AGO, LATER, 10)))
                .containsExactly(alert, other);
        assertThat(trail.find(new TrailQuery("A1234BC", null, null, "alert-create-success", LONG_AGO, LATER, 10)))
                .as("filters combine").containsExactly(alert);
        assertThat(trail.find(new TrailQuery("C3456DE", null, null, null, LONG_AGO, LATER, 10))).isEmpty();
    }

    @Test
    void anEventPatternMatchesEveryNameItDescribes_andAnUnderscoreOnlyItself() {
        TrailEntry duplicate = entry("alert-create-duplicate-active", T0, "offenderNo", "A1234BC");
        TrailEntry migrationDuplicate = entry("nomis-migration-visit-duplicate", T0.plusSeconds(1));
        TrailEntry success = entry("alert-create-success", T0.plusSeconds(2), "offenderNo", "A1234BC");
        TrailEntry underscore = entry("alert_create_duplicateXactive", T0.plusSeconds(3));
        trail.append(List.of(duplicate, migrationDuplicate, success, underscore));

        assertThat(trail.find(new TrailQuery(null, null, null, "*duplicate*", LONG_AGO, LATER, 10)))
                .containsExactly(duplicate, migrationDuplicate, underscore);
        assertThat(trail.find(new TrailQuery(null, null, null, "*-duplicate", LONG_AGO, LATER, 10)))
                .containsExactly(migrationDuplicate);
        assertThat(trail.find(new TrailQuery(null, null, null, "alert-*", LONG_AGO, LATER, 10)))
                .containsExactly(duplicate, success);
        assertThat(trail.find(new TrailQuery(null, null, null, "alert-create-duplicate_active", LONG_AGO, LATER,
                10))).as("without a *, the name is exact: _ is no wildcard").isEmpty();
        assertThat(trail.find(new TrailQuery(null, null, null, "alert-*-duplicate-*", LONG_AGO, LATER, 10)))
                .containsExactly(duplicate);
        assertThat(trail.find(new TrailQuery(null, null, null, "alert_create*", LONG_AGO, LATER, 10)))
                .as("in a pattern, _ is literal too").containsExactly(underscore);
    }

    @Test
    void theWindowIncludesBothEnds() {
        TrailEntry before = entry("a-b-success", T0.minusSeconds(1));
        TrailEntry start = entry("a-b-success", T0);
        TrailEntry end = entry("a-b-success", T0.plusSeconds(60));
        TrailEntry after = entry("a-b-success", T0.plusSeconds(61));
        trail.append(List.of(before, start, end, after));

        assertThat(trail.find(new TrailQuery(null, null, null, null, T0, T0.plusSeconds(60), 10)))
                .containsExactly(start, end);
    }

    @Test
    void answersTheLatestEntriesOldestFirst_tiesInAppendOrder() {
        List<TrailEntry> entries = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // three entries a second: ties on time must keep the order they were tracked in
            entries.add(entry("step-" + i + "-success", T0.plusSeconds(i / 3)));
        }
        trail.append(entries.subList(0, 12));
        trail.append(entries.subList(12, 30));

        assertThat(trail.find(all(100))).containsExactlyElementsOf(entries);
        assertThat(trail.find(all(5))).containsExactlyElementsOf(entries.subList(25, 30));
    }

    @Test
    void entriesBeforeTheCutoffAreForgotten() {
        TrailEntry old = entry("a-b-success", T0.minus(Duration.ofDays(15)));
        TrailEntry kept = entry("a-b-success", T0);
        trail.append(List.of(old, kept));

        assertThat(trail.deleteBefore(T0.minus(Duration.ofDays(14)))).isEqualTo(1);

        assertThat(trail.find(all(10))).containsExactly(kept);
        assertThat(trail.deleteBefore(T0.minus(Duration.ofDays(14)))).isZero();
    }

    @Test
    void entriesAtTheWidestAreKeptWhole() {
        String wide = "x".repeat(2000);
        TrailEntry entry = entry("e".repeat(300), T0, "offenderNo", "A1234BCDEFGHIJ", "nomisId", wide, "dpsId", wide,
                "reason", wide, "k".repeat(100), wide);

        trail.append(List.of(entry));

        assertThat(trail.find(all(1))).containsExactly(entry);
    }
}
