package org.prisonsync.core.trail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.InvalidParameterException;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;

/**
 * The trail as one query, {@code GET /events} and {@code prison-sync events}: what the seeds' App Insights queries
 * answered, for any domain, by prisoner, booking, entity id, event name and time.
 */
public final class TrailOperations {
    /**
     * Who may read the trail: it names prisoners, so not everyone; upstream's operators read these events with the
     * reconciliation role's holders, and no new role is needed to be useful on day one.
     */
    public static final String ROLE = "ROLE_DPS_RECONCILIATION__RW";
    static final Duration DEFAULT_SINCE = Duration.ofHours(24);

    private TrailOperations() {
    }

    public static List<Operation> all(Supplier<EventTrail> trail, Clock clock) {
        return List.of(Operation.query("events").role(ROLE).get("/events").cli("events")
                .summary("The event trail: every step prison-sync took for a prisoner, booking or entity, in order.")
                .description("""
                        Every telemetry event (success, ignored, failed, duplicate, mismatch...) with the \
                        prisoner, booking, NOMIS and DPS ids, outcome and reason, and the steps of each sync before \
                        its outcome (received, claimed, dps-read or nomis-read, nomis-written or dps-written, \
                        mapping-written; shown indented, with the outcome's ids), oldest first. Filters narrow the \
                        answer; an entity id matches a NOMIS or a DPS id. The \
                        latest LIMIT entries of the window are shown. The window is the last 24h unless --since \
                        (30m, 2h, 7d) or --from/--to says otherwise; entries are kept EVENTS_RETENTION_DAYS days.

                        Example: prison-sync events --prisoner A1234BC --since 2h.""")
                .param(Param.query("prisoner", ParamType.PRISONER_NUMBER, "the prisoner number (offenderNo)")
                        .option("--prisoner"))
                .param(Param.query("booking", ParamType.LONG, "the NOMIS booking id").range(1, Long.MAX_VALUE)
                        .option("--booking"))
                .param(Param.query("entity", ParamType.STRING, "a NOMIS or DPS id: a visit, alert, IEP...")
                        .maxLength(TrailEntry.ID_WIDTH).option("--entity"))
                .param(Param.query("event", ParamType.STRING, "one event name, e.g. visit-booked-create-success, or a pattern: *duplicate*")
                        .maxLength(TrailEntry.EVENT_WIDTH).option("--event"))
                .param(Param.query("since", ParamType.DURATION, "how far back from now (default 24h)")
                        .option("--since"))
                .param(Param.query("from", ParamType.INSTANT, "window start, instead of --since").option("--from"))
                .param(Param.query("to", ParamType.INSTANT, "window end (default now)").option("--to"))
                .param(Param.query("limit", ParamType.INTEGER, "at most this many, the latest (1 to 1000)")
                        .withDefault("200").range(1, TrailQuery.MAX_LIMIT).option("--limit"))
                .renderer(body -> render((List<?>) body))
                .handler(p -> {
                    Instant now = clock.instant();
                    Instant to = p.instant("to").orElse(now);
                    java.util.Optional<Duration> since = p.optional("since", Duration.class);
                    java.util.Optional<Instant> given = p.instant("from");
                    if (since.isPresent() && given.isPresent()) {
                        throw new InvalidParameterException("since", "give since or from, not both");
                    }
                    Instant from = given.orElseGet(() -> now.minus(since.orElse(DEFAULT_SINCE)));
                    if (from.isAfter(to)) {
                        throw new InvalidParameterException("from", "from (" + from + ") is after to (" + to + ")");
                    }
                    String event = p.optional("event", String.class).orElse(null);
                    if (event != null && !TrailQuery.validEvent(event)) {
                        throw new InvalidParameterException("event", "event must be an event name or a pattern "
                                + "like *duplicate*: letters, digits, '.', '-', '_' and '*'");
                    }
                    TrailQuery query = new TrailQuery(p.optional("prisoner", String.class).orElse(null),
                            p.optional("booking", Long.class).orElse(null),
                            p.optional("entity", String.class).orElse(null), event, from, to, p.intValue("limit"));
                    return Answer.done(trail.get().find(query));
                }));
    }

    /**
     * One line per entry, oldest first. A step is indented under the time and shows only its own facts: the outcome
     * it led to follows it, unindented, with the prisoner and ids they share, so a sync reads as a short paragraph.
     * Where syncs interleave (NOMIS's echo of a write arriving while the write is still being mapped), a step whose
     * own outcome is not the next event says which it is ({@code of=}).
     */
    static String render(List<?> entries) {
        List<TrailEntry> trail = entries.stream().map(TrailEntry.class::cast).toList();
        long steps = trail.stream().filter(e -> e.stepOf() != null).count();
        StringBuilder text = new StringBuilder((trail.size() - steps) + " event(s)");
        if (steps > 0) {
            text.append(" and ").append(steps).append(" step(s)");
        }
        for (int i = 0; i < trail.size(); i++) {
            TrailEntry e = trail.get(i);
            text.append(System.lineSeparator()).append(e.at()).append("  ");
            if (e.stepOf() != null) {
                step(text, e, nextEvent(trail, i));
            } else {
                event(text, e);
            }
        }
        return text.toString();
    }

    private static String nextEvent(List<TrailEntry> trail, int from) {
        for (int i = from + 1; i < trail.size(); i++) {
            if (trail.get(i).stepOf() == null) {
                return trail.get(i).event();
            }
        }
        return null;
    }

    private static void step(StringBuilder text, TrailEntry step, String nextEvent) {
        text.append("  ").append(step.event());
        if (!step.stepOf().equals(nextEvent)) {
            append(text, "of", step.stepOf());
        }
        new TreeMap<>(step.properties()).forEach((key, value) -> {
            if (!key.equals(TrailEntry.STEP_OF)) {
                append(text, key, value);
            }
        });
    }

    private static void event(StringBuilder text, TrailEntry e) {
        text.append(e.event());
        append(text, "prisoner", e.prisoner());
        append(text, "booking", e.bookingId() == null ? null : e.bookingId().toString());
        append(text, "nomis", e.nomisId());
        append(text, "dps", e.dpsId());
        append(text, "reason", e.reason());
    }

    private static void append(StringBuilder text, String label, String value) {
        if (value != null) {
            text.append("  ").append(label).append('=').append(value);
        }
    }
}
