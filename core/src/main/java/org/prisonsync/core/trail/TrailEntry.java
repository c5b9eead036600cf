package org.prisonsync.core.trail;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.prisonsync.core.telemetry.SyncStep;

/**
 * One telemetry event, or one step inside a sync ({@link #steps}), as the trail keeps it: its name and time, and the
 * ids read out of its properties so they can be searched (the rest of the properties ride along). Every text is cut
 * to the width the trail stores, so a careless producer's long value can neither fail a write nor be refused by one
 * store and kept by another.
 *
 * @param domain the event name's first word ({@code visit}, {@code alert}, {@code incentives}...), as upstream's
 *               telemetry names begin with their domain; a step's is its outcome's
 * @param outcome the event name's last word ({@code success}, {@code failed}, {@code ignored}, {@code duplicate}...);
 *                {@value #STEP} for a step
 */
public record TrailEntry(Instant at, String event, String domain, String prisoner, Long bookingId, String nomisId,
                         String dpsId, String outcome, String reason, Map<String, String> properties) {
    public static final int EVENT_WIDTH = 100;
    public static final int WORD_WIDTH = 40;
    public static final int PRISONER_WIDTH = 10;
    public static final int ID_WIDTH = 100;
    public static final int REASON_WIDTH = 1000;
    public static final int PROPERTY_WIDTH = 500;
    public static final int MAX_PROPERTIES = 40;

    /** A step's {@code outcome}: steps are told from events by it in the table, and by {@link #stepOf()} here. */
    public static final String STEP = "step";
    /** The property naming the outcome a step led to. */
    public static final String STEP_OF = "stepOf";

    /**
     * Where a prisoner number is found, in the order tried: upstream's names for it differ by domain (NOMIS's offender
     * events, e.g. a movement's, call it {@code offenderIdDisplay}).
     */
    static final List<String> PRISONER_KEYS = List.of("offenderNo", "nomsNumber", "prisonerNumber", "prisonNumber",
            "offenderIdDisplay");
    static final List<String> BOOKING_KEYS = List.of("bookingId", "offenderBookingId");
    static final List<String> NOMIS_KEYS = List.of("nomisId", "nomisVisitId", "nomisAlertId", "nomisIncentiveId");
    static final List<String> DPS_KEYS = List.of("dpsId", "dpsAlertId", "vsipId", "vsipVisitId", "incentiveId",
            "visitId");
    static final List<String> REASON_KEYS = List.of("reason", "error", "failureReason", "cause");

    public TrailEntry {
        // microseconds: the finest both databases keep, so an entry reads back equal to what was tracked
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
        event = cut(Objects.requireNonNull(event, "event"), EVENT_WIDTH);
        domain = cut(domain, WORD_WIDTH);
        prisoner = cut(prisoner, PRISONER_WIDTH);
        nomisId = cut(nomisId, ID_WIDTH);
        dpsId = cut(dpsId, ID_WIDTH);
        outcome = cut(outcome, WORD_WIDTH);
        reason = cut(reason, REASON_WIDTH);
        properties = bounded(properties);
    }

    /** The entry for {@code event} tracked {@code at} with {@code properties} (nulls dropped). */
    public static TrailEntry of(String event, Map<String, String> properties, Instant at) {
        Map<String, String> given = properties == null ? Map.of() : properties;
        String name = event == null ? "" : event;
        int last = name.lastIndexOf('-');
        return new TrailEntry(at, name, domainOf(name),
                first(given, PRISONER_KEYS), booking(first(given, BOOKING_KEYS)), first(given, NOMIS_KEYS),
                first(given, DPS_KEYS), last > 0 ? name.substring(last + 1) : null, first(given, REASON_KEYS), given);
    }

    /**
     * The entries of the steps that led to {@code outcome}: each named after its step, at its own time, with the
     * outcome's domain, prisoner, booking and ids (so a query by any of them finds the steps with the outcome), the
     * step's own facts and {@value #STEP_OF}. None when the outcome names no prisoner, booking or entity: the trail is
     * read by those, so such steps could never be found, only paid for (a migration message of 25 entities, an
     * unknown event type).
     */
    public static List<TrailEntry> steps(String outcome, Map<String, String> outcomeProperties,
                                         List<SyncStep> steps) {
        Map<String, String> given = outcomeProperties == null ? Map.of() : outcomeProperties;
        String prisoner = first(given, PRISONER_KEYS);
        Long booking = booking(first(given, BOOKING_KEYS));
        String nomisId = first(given, NOMIS_KEYS);
        String dpsId = first(given, DPS_KEYS);
        if (steps.isEmpty() || prisoner == null && booking == null && nomisId == null && dpsId == null) {
            return List.of();
        }
        String domain = domainOf(outcome);
        List<TrailEntry> entries = new ArrayList<>(steps.size());
        for (SyncStep step : steps) {
            entries.add(step(step, outcome, domain, prisoner, booking, nomisId, dpsId));
        }
        return entries;
    }

    /**
     * The entry of {@code step} when it led to this entry: what {@link #steps} makes of it, given this entry is the
     * outcome it names. A store that keeps a sync's steps packed with their outcome unpacks them with it.
     */
    public TrailEntry step(SyncStep step) {
        return step(step, event, domain, prisoner, bookingId, nomisId, dpsId);
    }

    /** The step this entry is, as its outcome's store packs it: its name, time and own facts (no {@value #STEP_OF}). */
    public SyncStep asStep() {
        Map<String, String> detail = new LinkedHashMap<>(properties);
        detail.remove(STEP_OF);
        return new SyncStep(event, at, detail);
    }

    private static TrailEntry step(SyncStep step, String outcome, String domain, String prisoner, Long booking,
                                   String nomisId, String dpsId) {
        Map<String, String> properties = new LinkedHashMap<>(step.detail());
        properties.put(STEP_OF, outcome);
        return new TrailEntry(step.at(), step.name(), domain, prisoner, booking, nomisId, dpsId, STEP, null,
                properties);
    }

    /** The outcome this entry is a step of, or null when it is an event itself. */
    public String stepOf() {
        return STEP.equals(outcome) ? properties.get(STEP_OF) : null;
    }

    private static String domainOf(String event) {
        int first = event.indexOf('-');
        return first > 0 ? event.substring(0, first) : event;
    }

    private static String first(Map<String, String> properties, List<String> keys) {
        for (String key : keys) {
            String value = properties.get(key);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** A booking id is kept only when it is one: ASCII digits that fit a long; anything else stays a property. */
    private static Long booking(String text) {
        if (text == null || text.isEmpty() || text.length() > 18) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return Long.parseLong(text);
    }

    private static Map<String, String> bounded(Map<String, String> properties) {
        Map<String, String> kept = new LinkedHashMap<>();
        if (properties != null) {
            properties.forEach((k, v) -> {
                if (k != null && v != null && kept.size() < MAX_PROPERTIES) {
                    kept.put(cut(k, WORD_WIDTH), cut(v, PROPERTY_WIDTH));
                }
            });
        }
        return Map.copyOf(kept);
    }

    static String cut(String text, int width) {
        if (text == null) {
            return null;
        }
        if (text.length() <= width) {
            return text;
        }
        // never split a surrogate pair: a half character would not survive a database's encoding
        int end = Character.isHighSurrogate(text.charAt(width - 1)) ? width - 1 : width;
        return text.substring(0, end);
    }
}
