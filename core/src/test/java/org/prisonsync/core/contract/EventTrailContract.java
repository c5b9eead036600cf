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
    void aStepIsFoundByItsOwnName_andByAPatternThatNamesIt() {
        List<TrailEntry> sync = sync("visit-create-success", T0, "A1234BC", "received", "dps-read", "nomis-written");
        TrailEntry other = entry("alert-create-success", T0.plusSeconds(1), "offenderNo", "A1234BC");
        trail.append(concat(sync, List.of(other)));

        assertThat(trail.find(new TrailQuery(null, null, null, "dps-read", LONG_AGO, LATER, 10)))
                .containsExactly(sync.get(1));
        assertThat(trail.find(new TrailQuery("A1234BC", null, null, "*-read", LONG_AGO, LATER, 10)))
                .containsExactly(sync.get(1));
        assertThat(trail.find(new TrailQuery(null, null, null, "*written", LONG_AGO, LATER, 10)))
                .containsExactly(sync.get(2));
        assertThat(trail.find(new TrailQuery(null, null, null, "read", LONG_AGO, LATER, 10)))
                .as("a name is whole: 'read' is not 'dps-read'").isEmpty();
        assertThat(trail.find(new TrailQuery(null, null, null, "*create-success", LONG_AGO, LATER, 10)))
                .containsExactly(sync.get(3), other);
    }

    @Test
    void theWindowCutsThroughASync_answeringOnlyTheEntriesInIt() {
        List<TrailEntry> sync = new ArrayList<>(TrailEntry.steps("visit-create-success", Map.of("offenderNo",
                "A1234BC"), List.of(new SyncStep("received", T0, Map.of()),
                new SyncStep("dps-read", T0.plusSeconds(10), Map.of()))));
        sync.add(entry("visit-create-success", T0.plusSeconds(20), "offenderNo", "A1234BC"));
        trail.append(sync);

        assertThat(trail.find(new TrailQuery(null, null, null, null, T0.plusSeconds(5), T0.plusSeconds(15), 10)))
                .as("a step inside, its outcome after").containsExactly(sync.get(1));
        assertThat(trail.find(new TrailQuery(null, null, null, null, LONG_AGO, T0, 10)))
                .as("the first step at the window's end").containsExactly(sync.get(0));
        assertThat(trail.find(new TrailQuery(null, null, null, null, T0.plusSeconds(11), LATER, 10)))
                .as("the outcome alone").containsExactly(sync.get(2));
        assertThat(trail.find(new TrailQuery("A1234BC", null, null, null, LONG_AGO, LATER, 2)))
                .as("the latest two").containsExactly(sync.get(1), sync.get(2));
    }

    @Test
    void aSyncsStepsAreForgottenWithItsOutcome_andCountedAsEntries() {
        Instant old = T0.minus(Duration.ofDays(15));
        List<TrailEntry> forgotten = sync("visit-create-success", old, "A1234BC", "received", "dps-read");
        List<TrailEntry> kept = sync("visit-create-success", T0, "A1234BC", "received", "dps-read");
        trail.append(concat(forgotten, kept));

        assertThat(trail.deleteBefore(T0.minus(Duration.ofDays(14)))).isEqualTo(3);

        assertThat(trail.find(all(10))).containsExactlyElementsOf(kept);
    }

    /**
     * However a store packs what it is given — whole syncs, syncs cut across two batches, steps that do not fit
     * their outcome (later than it, other ids) — it answers what a store of one entry per row would: the matching
     * entries in time order, ties in append order, the latest {@code limit} of them.
     */
    @Test
    void answersWhatAStoreOfSingleEntriesWould_forAnyMixOfSyncsAndQueries() {
        java.util.Random random = new java.util.Random(18);
        List<String> prisoners = List.of("A1234BC", "B2345CD", "C3456DE");
        List<String> names = List.of("received", "claimed", "dps-read", "nomis-written", "mapping-written");
        List<TrailEntry> appended = new ArrayList<>();
        List<TrailEntry> batch = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Instant at = T0.plusSeconds(random.nextInt(300));
            String prisoner = prisoners.get(random.nextInt(prisoners.size()));
            String outcome = random.nextBoolean() ? "visit-create-success" : "alert-update-failed";
            List<SyncStep> steps = new ArrayList<>();
            for (int s = random.nextInt(6); s > 0; s--) {
                // mostly before the outcome; now and then after it, which a store cannot pack
                Instant stepAt = at.minusSeconds(random.nextInt(4) - (random.nextInt(10) == 0 ? 3 : 0));
                steps.add(new SyncStep(names.get(random.nextInt(names.size())), stepAt, Map.of("n", "" + i)));
            }
            batch.addAll(TrailEntry.steps(outcome, Map.of("offenderNo", prisoner, "nomisId", "" + i % 7), steps));
            if (random.nextInt(8) > 0) {
                String ids = random.nextInt(10) == 0 ? "" + (i + 1) % 7 : "" + i % 7;
                batch.add(entry(outcome, at, "offenderNo", prisoner, "nomisId", ids, "i", "" + i));
            }
            if (random.nextInt(5) == 0) {
                trail.append(batch);
                appended.addAll(batch);
                batch.clear();
            }
        }
        trail.append(batch);
        appended.addAll(batch);

        List<String> events = java.util.Arrays.asList(null, null, "dps-read", "*-written", "visit-create-success",
                "*-failed", "*e*");
        for (int i = 0; i < 60; i++) {
            Instant from = T0.plusSeconds(random.nextInt(150) - 10);
            TrailQuery query = new TrailQuery(random.nextBoolean() ? prisoners.get(random.nextInt(3)) : null, null,
                    random.nextInt(4) == 0 ? "" + random.nextInt(7) : null, events.get(random.nextInt(events.size())),
                    from, from.plusSeconds(random.nextInt(200)), List.of(1, 3, 10, 50, 1000).get(random.nextInt(5)));
            List<TrailEntry> matching = appended.stream().filter(query::matches)
                    .sorted(java.util.Comparator.comparing(TrailEntry::at)).toList();
            assertThat(trail.find(query)).as("%s", query).containsExactlyElementsOf(
                    matching.subList(Math.max(0, matching.size() - query.limit()), matching.size()));
        }
    }

    /**
     * A store reads syncs newest first by their last entry; an earlier sync's outcome may still be later than a newer
     * sync's steps, so it must read on until nothing unread can rank among the answer.
     */
    @Test
    void theLatestEntriesMayLieInSyncsReadLater_whenNewerSyncsReachFurtherBack() {
        List<TrailEntry> outcomes = new ArrayList<>();
        List<TrailEntry> all = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            List<TrailEntry> sync = new ArrayList<>(TrailEntry.steps("visit-create-success", Map.of("offenderNo",
                    "A1234BC"), List.of(new SyncStep("received", T0.plusSeconds(i), Map.of()))));
            sync.add(entry("visit-create-success", T0.plusSeconds(1000 + i), "offenderNo", "A1234BC"));
            outcomes.add(sync.get(1));
            all.addAll(sync);
        }
        trail.append(all);

        assertThat(trail.find(new TrailQuery("A1234BC", null, null, null, T0, T0.plusSeconds(1250), 100)))
                .containsExactlyElementsOf(outcomes.subList(151, 251));
    }

    private static List<TrailEntry> sync(String outcome, Instant at, String prisoner, String... stepNames) {
        List<SyncStep> steps = java.util.Arrays.stream(stepNames).map(name -> new SyncStep(name, at, Map.of()))
                .toList();
        List<TrailEntry> entries = new ArrayList<>(TrailEntry.steps(outcome, Map.of("offenderNo", prisoner), steps));
        entries.add(entry(outcome, at, "offenderNo", prisoner));
        return entries;
    }

    private static List<TrailEntry> concat(List<TrailEntry> first, List<TrailEntry> second) {
        List<TrailEntry> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
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
