package org.prisonsync.core.appointments.inmemory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.prisonsync.core.appointments.AppointmentInstance;
import org.prisonsync.core.appointments.AppointmentsDpsApi;
import org.prisonsync.core.appointments.DpsAppointmentAttendee;

/**
 * DPS appointment instances in memory, as the activities API answers for them: a deleted instance is gone from
 * {@link #findInstance} but still found (flagged) by the search; a cancelled one is found by both. The prisons
 * rolled out for appointments are kept as a set. Also the simulator's DPS appointments.
 */
public final class InMemoryAppointmentsDpsApi implements AppointmentsDpsApi {
    private record Held(AppointmentInstance instance, boolean cancelled, boolean deleted) {
    }

    private final Map<Long, Held> instances = new TreeMap<>();
    private final Set<String> prisons = new TreeSet<>();

    public synchronized void rollOut(String prisonCode) {
        prisons.add(prisonCode);
    }

    /** Creates or replaces an instance (keeping whether it is cancelled); returns it. */
    public synchronized AppointmentInstance put(AppointmentInstance instance) {
        Held held = instances.get(instance.id());
        instances.put(instance.id(), new Held(instance, held != null && held.cancelled(), false));
        return instance;
    }

    /** Cancels ({@code true}) or reinstates an instance; false when there is none. */
    public synchronized boolean cancel(long id, boolean cancelled) {
        Held held = instances.get(id);
        if (held == null || held.deleted()) {
            return false;
        }
        instances.put(id, new Held(held.instance(), cancelled, false));
        return true;
    }

    public synchronized boolean delete(long id) {
        Held held = instances.get(id);
        if (held == null || held.deleted()) {
            return false;
        }
        instances.put(id, new Held(held.instance(), held.cancelled(), true));
        return true;
    }

    @Override
    public synchronized Optional<AppointmentInstance> findInstance(long appointmentInstanceId) {
        Held held = instances.get(appointmentInstanceId);
        return held == null || held.deleted() ? Optional.empty() : Optional.of(held.instance());
    }

    @Override
    public synchronized List<String> appointmentPrisons() {
        return List.copyOf(prisons);
    }

    @Override
    public synchronized List<DpsAppointmentAttendee> search(String prisonCode, LocalDate startDate,
                                                           LocalDate endDate) {
        return instances.values().stream()
                .filter(h -> h.instance().prisonCode().equals(prisonCode))
                .filter(h -> !h.instance().appointmentDate().isBefore(startDate)
                        && !h.instance().appointmentDate().isAfter(endDate))
                .map(h -> new DpsAppointmentAttendee(h.instance().id(), h.instance().prisonerNumber(),
                        h.instance().bookingId(), h.instance().appointmentDate(), h.instance().startTime(),
                        h.cancelled(), h.deleted()))
                .toList();
    }

    public synchronized int count() {
        return instances.size();
    }
}
