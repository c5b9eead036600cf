package org.prisonsync.core.visits.inmemory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.visits.CancelResult;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.VisitsDpsApi;
import org.prisonsync.core.visits.VisitsMigrationRequest;

/**
 * The DPS visit scheduler in memory. {@link #book}, {@link #change} and {@link #cancel} are what DPS users do (the
 * events they raise have source {@code DPS}); the port's {@link #cancelVisit} is prison-sync recording a NOMIS
 * cancellation (source {@code NOMIS}, so the resulting event is recognisable as an echo). {@link #migrateVisit}
 * stores a visit under a new reference ({@code aa-aa-aa-ab}, …), keeps the request, and publishes nothing, as the
 * visit scheduler's migrate endpoint raises no booking event.
 */
public final class InMemoryVisitsDpsApi implements VisitsDpsApi {

    /** A change to a DPS visit; {@code kind} is the event suffix: booked, changed, cancelled. */
    public record Change(String kind, DpsVisit visit, String source) {
    }

    private static final List<String> MIGRATABLE_TYPES = List.of("SOCIAL", "OFFICIAL");
    private static final List<String> RESTRICTIONS = List.of("OPEN", "CLOSED", "UNKNOWN");

    private final Map<String, DpsVisit> visits = new LinkedHashMap<>();
    private final Map<String, VisitsMigrationRequest> migrated = new LinkedHashMap<>();
    private long nextReference;
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    public void onChange(Consumer<Change> listener) {
        listeners.add(listener);
    }

    /**
     * Migrated visits take references from the {@code index}-th on ({@code aa-aa-aa-aa} is the 0th, the sequence
     * wraps after {@code zz-zz-zz-zz}); a DPS started afresh beside mappings an earlier run kept starts elsewhere in
     * the sequence than that run did.
     */
    public synchronized void startMigrationReferencesAt(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative, was " + index);
        }
        nextReference = index;
    }

    public DpsVisit book(DpsVisit visit) {
        synchronized (this) {
            if (visits.containsKey(visit.reference())) {
                throw new IllegalArgumentException("visit " + visit.reference() + " already exists");
            }
            visits.put(visit.reference(), visit);
        }
        publish(new Change("booked", visit, "DPS"));
        return visit;
    }

    public DpsVisit change(DpsVisit visit) {
        synchronized (this) {
            if (!visits.containsKey(visit.reference())) {
                throw new IllegalArgumentException("no visit " + visit.reference());
            }
            visits.put(visit.reference(), visit);
        }
        publish(new Change("changed", visit, "DPS"));
        return visit;
    }

    /** A DPS user cancels the visit. */
    public CancelResult cancel(String reference, String outcomeStatus) {
        return cancelAs(reference, outcomeStatus, "DPS");
    }

    @Override
    public CancelResult cancelVisit(String reference, String outcomeStatus, String actionedBy) {
        return cancelAs(reference, outcomeStatus, "NOMIS");
    }

    private CancelResult cancelAs(String reference, String outcomeStatus, String source) {
        DpsVisit cancelled;
        synchronized (this) {
            DpsVisit visit = visits.get(reference);
            if (visit == null) {
                return CancelResult.NOT_FOUND;
            }
            if (visit.cancelled()) {
                return CancelResult.ALREADY_CANCELLED;
            }
            cancelled = visit.cancelledWith(outcomeStatus);
            visits.put(reference, cancelled);
        }
        publish(new Change("cancelled", cancelled, source));
        return CancelResult.CANCELLED;
    }

    @Override
    public synchronized Optional<DpsVisit> findVisit(String reference) {
        return Optional.ofNullable(visits.get(reference));
    }

    @Override
    public synchronized String migrateVisit(VisitsMigrationRequest request) {
        String invalid = invalidity(request);
        if (invalid != null) {
            throw new UpstreamRejected(422, "POST /migrate-visits: " + invalid);
        }
        String reference;
        do {
            reference = reference(nextReference++);
        } while (visits.containsKey(reference));
        String comment = request.visitNotes().stream().filter(n -> "VISIT_COMMENT".equals(n.type()))
                .map(VisitsMigrationRequest.Note::text).findFirst().orElse(null);
        visits.put(reference, new DpsVisit(reference, request.prisonerId(), request.prisonId(), request.visitRoom(),
                request.visitType(), request.visitStatus(), request.outcomeStatus(), request.visitRestriction(),
                request.startTimestamp(), request.endTimestamp(), request.visitorPersonIds(), comment));
        migrated.put(reference, request);
        return reference;
    }

    @Override
    public synchronized List<DpsVisit> findVisits(String prisonerId, String prisonId, LocalDate day) {
        return visits.values().stream()
                .filter(v -> v.prisonerId().equals(prisonerId) && prisonId.equals(v.prisonId()))
                .filter(v -> !v.startTimestamp().toLocalDate().isBefore(day)
                        && !v.endTimestamp().toLocalDate().isAfter(day))
                .sorted(Comparator.comparing(DpsVisit::startTimestamp).reversed())
                .toList();
    }

    /** Only what {@link #migrateVisit} created: a visit booked in DPS is not a migration's to remove. */
    @Override
    public synchronized boolean deleteMigratedVisit(String reference) {
        if (migrated.remove(reference) == null) {
            return false;
        }
        visits.remove(reference);
        return true;
    }

    /** What {@code POST /migrate-visits} would refuse with 422, or null. */
    public static String invalidity(VisitsMigrationRequest request) {
        if (request.prisonId() == null || request.prisonId().isBlank()) {
            return "prisonId is required";
        }
        if (!MIGRATABLE_TYPES.contains(request.visitType())) {
            return "visitType must be one of " + MIGRATABLE_TYPES + ", was " + request.visitType();
        }
        if (!List.of("BOOKED", "CANCELLED").contains(request.visitStatus())) {
            return "visitStatus must be BOOKED or CANCELLED, was " + request.visitStatus();
        }
        if (!RESTRICTIONS.contains(request.visitRestriction())) {
            return "visitRestriction must be one of " + RESTRICTIONS + ", was " + request.visitRestriction();
        }
        if (request.visitRoom() == null || request.visitRoom().isBlank()) {
            return "visitRoom is required";
        }
        if (request.endTimestamp().isBefore(request.startTimestamp())) {
            return "endTimestamp is before startTimestamp";
        }
        return null;
    }

    /** The request each migrated visit was created from, by reference. */
    public synchronized Optional<VisitsMigrationRequest> migrationRequest(String reference) {
        return Optional.ofNullable(migrated.get(reference));
    }

    public synchronized int migratedCount() {
        return migrated.size();
    }

    private static String reference(long n) {
        char[] letters = new char[8];
        long rest = n;
        for (int i = 7; i >= 0; i--) {
            letters[i] = (char) ('a' + rest % 26);
            rest /= 26;
        }
        String s = new String(letters);
        return s.substring(0, 2) + "-" + s.substring(2, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6, 8);
    }

    public synchronized List<DpsVisit> all() {
        return new ArrayList<>(visits.values());
    }

    private void publish(Change change) {
        listeners.forEach(l -> l.accept(change));
    }
}
