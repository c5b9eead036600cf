package org.prisonsync.core.inmemory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.prisonsync.core.visits.CancelResult;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.VisitsDpsApi;

/**
 * The DPS visit scheduler in memory. {@link #book}, {@link #change} and {@link #cancel} are what DPS users do (the
 * events they raise have source {@code DPS}); the port's {@link #cancelVisit} is prison-sync recording a NOMIS
 * cancellation (source {@code NOMIS}, so the resulting event is recognisable as an echo).
 */
public final class InMemoryVisitsDpsApi implements VisitsDpsApi {

    /** A change to a DPS visit; {@code kind} is the event suffix: booked, changed, cancelled. */
    public record Change(String kind, DpsVisit visit, String source) {
    }

    private final Map<String, DpsVisit> visits = new LinkedHashMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    public void onChange(Consumer<Change> listener) {
        listeners.add(listener);
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

    public synchronized List<DpsVisit> all() {
        return new ArrayList<>(visits.values());
    }

    private void publish(Change change) {
        listeners.forEach(l -> l.accept(change));
    }
}
