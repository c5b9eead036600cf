package org.prisonsync.core.movements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * The two-hourly job of seed 003, on demand: purge matched rows older than {@code purgeAfter}
 * ({@code database-purge}), match the late pairs ({@code batch-match}, {@code batch-match-orphan}), then report the
 * rows of the window still unmatched ({@code non-match-event}: {@code count} and up to 20 rows, keys "1"…"20").
 * A dry run writes nothing and tracks nothing; its report says what a real run would do.
 */
public final class MovementHousekeeping {
    public static final String PURGE_EVENT = "database-purge";
    public static final String NON_MATCH_EVENT = "non-match-event";
    static final int REPORTED_ROWS = 20;

    private final MatchingEventPairs pairs;
    private final Telemetry telemetry;
    private final Clock clock;
    private final MovementSettings settings;
    private final BatchMatcher matcher;

    public MovementHousekeeping(MatchingEventPairs pairs, Telemetry telemetry, Clock clock,
                                MovementSettings settings) {
        this.pairs = pairs;
        this.telemetry = telemetry;
        this.clock = clock;
        this.settings = settings;
        this.matcher = new BatchMatcher(pairs, settings);
    }

    /** The default window: rows created between {@code housekeepingFrom} and {@code housekeepingTo} ago. */
    public HousekeepingReport run(boolean dryRun) {
        Instant now = clock.instant();
        return run(now.minus(settings.housekeepingFrom()), now.minus(settings.housekeepingTo()), dryRun);
    }

    /** A window in Europe/London local time, as an operator types it; null ends take the defaults. */
    public HousekeepingReport run(LocalDateTime from, LocalDateTime to, boolean dryRun) {
        Instant now = clock.instant();
        return run(from == null ? now.minus(settings.housekeepingFrom()) : london(from),
                to == null ? now.minus(settings.housekeepingTo()) : london(to), dryRun);
    }

    public HousekeepingReport run(Instant from, Instant to, boolean dryRun) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        Instant now = clock.instant();
        Instant cutoff = now.atZone(MovementTimes.LONDON).minus(settings.purgeAfter()).toInstant();
        long purged = dryRun ? pairs.countMatchedBefore(cutoff) : purge(cutoff);

        List<MatchingEventPair> unmatched = pairs.findUnmatched(from, to);
        LocalDateTime nowLocal = LocalDateTime.ofInstant(now, MovementTimes.LONDON);
        List<BatchMatch> planned = matcher.plan(unmatched, from, to, nowLocal);
        List<BatchMatch> matches = dryRun ? planned : apply(planned);

        List<MatchingEventPair> remaining;
        long remainingCount;
        if (dryRun) {
            Set<Long> used = new HashSet<>();
            for (BatchMatch match : planned) {
                used.add(match.completed().id());
                if (match.absorbed() != null) {
                    used.add(match.absorbed().id());
                }
            }
            remaining = unmatched.stream().filter(row -> !used.contains(row.id())).toList();
            remainingCount = remaining.size();
        } else {
            remaining = pairs.findUnmatched(from, to);
            remainingCount = remaining.size();
            telemetry.track(NON_MATCH_EVENT, nonMatchProperties(remaining));
        }
        return new HousekeepingReport(from, to, dryRun, cutoff, purged, matches, remainingCount, remaining);
    }

    private long purge(Instant cutoff) {
        long deleted = pairs.purgeMatchedBefore(cutoff);
        telemetry.track(PURGE_EVENT, Map.of("deleted-rows", Long.toString(deleted)));
        return deleted;
    }

    private List<BatchMatch> apply(List<BatchMatch> planned) {
        List<BatchMatch> done = new ArrayList<>();
        for (BatchMatch match : planned) {
            boolean applied = pairs.markMatched(match.completed(),
                    match.absorbed() == null ? null : match.absorbed().id());
            if (applied) {
                telemetry.track(match.kind().telemetryEvent(), matchProperties(match));
            }
            done.add(match.applied(applied));
        }
        return done;
    }

    private static Map<String, String> matchProperties(BatchMatch match) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("kind", match.kind().name());
        props.put("nomsNumber", match.completed().prisonerNumber());
        if (match.absorbed() != null) {
            props.put("domainRow", match.absorbed().describe());
            props.put("offenderRow", match.completed().describe());
        } else {
            props.put("row", match.completed().describe());
        }
        return props;
    }

    private static Map<String, String> nonMatchProperties(List<MatchingEventPair> remaining) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("count", Integer.toString(remaining.size()));
        for (int i = 0; i < Math.min(REPORTED_ROWS, remaining.size()); i++) {
            props.put(Integer.toString(i + 1), remaining.get(i).describe());
        }
        return props;
    }

    private static Instant london(LocalDateTime local) {
        return local.atZone(MovementTimes.LONDON).toInstant();
    }
}
