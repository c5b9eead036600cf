package org.prisonsync.core.appointments.inmemory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.appointments.AppointmentsNomisApi;
import org.prisonsync.core.appointments.NomisAppointment;
import org.prisonsync.core.appointments.NomisAppointmentRequest;

/**
 * NOMIS appointments in memory, as the prisoner API behaves: bookings must be known ({@link #admit}), an
 * appointment takes its booking's prisoner and prison, NOMIS has no duplicate check, a create can be made to lose its
 * answer ({@link #loseNextCreateAnswers}: written, then {@link UpstreamUnavailable}), and appointments can be planted
 * as a NOMIS user would make them ({@link #plant}). Also the simulator's NOMIS appointments.
 */
public final class InMemoryAppointmentsNomisApi implements AppointmentsNomisApi {
    private record Booking(String offenderNo, String prisonId) {
    }

    private final Map<Long, Booking> bookings = new HashMap<>();
    private final TreeMap<Long, NomisAppointment> appointments = new TreeMap<>();
    private final AtomicInteger creates = new AtomicInteger();
    private long nextId = 1000;
    private int answersToLose;

    /** Registers a booking, so appointments can be made on it. */
    public synchronized void admit(long bookingId, String offenderNo, String prisonId) {
        bookings.put(bookingId, new Booking(offenderNo, prisonId));
    }

    /** The next {@code count} creates write, then fail as if NOMIS's answer were lost. */
    public synchronized void loseNextCreateAnswers(int count) {
        answersToLose = count;
    }

    @Override
    public long create(NomisAppointmentRequest request) {
        NomisAppointment made;
        boolean lose;
        synchronized (this) {
            Booking booking = bookings.get(request.bookingId());
            if (booking == null) {
                throw new UpstreamRejected(400, "Booking with id " + request.bookingId() + " does not exist");
            }
            made = store(nextId++, request, booking, "SCH");
            creates.incrementAndGet();
            lose = answersToLose > 0;
            if (lose) {
                answersToLose--;
            }
        }
        if (lose) {
            throw new UpstreamUnavailable("POST /appointments: the answer was lost (appointment " + made.eventId()
                    + " was written)");
        }
        return made.eventId();
    }

    /** An appointment made in NOMIS directly (a NOMIS user, a lost create's copy): its event id. */
    public synchronized long plant(NomisAppointmentRequest request) {
        Booking booking = bookings.get(request.bookingId());
        if (booking == null) {
            throw new IllegalArgumentException("booking " + request.bookingId() + " is not admitted");
        }
        return store(nextId++, request, booking, "SCH").eventId();
    }

    /** Replaces an appointment as a NOMIS user's edit would (no event follows). */
    public synchronized void replace(NomisAppointment appointment) {
        if (!appointments.containsKey(appointment.eventId())) {
            throw new IllegalArgumentException("no appointment " + appointment.eventId());
        }
        appointments.put(appointment.eventId(), appointment);
    }

    private NomisAppointment store(long id, NomisAppointmentRequest request, Booking booking, String status) {
        NomisAppointment appointment = new NomisAppointment(id, request.bookingId(), booking.offenderNo(),
                booking.prisonId(), request.internalLocationId(), start(request), end(request), request.comment(),
                request.eventSubType(), status);
        appointments.put(id, appointment);
        return appointment;
    }

    private static LocalDateTime start(NomisAppointmentRequest request) {
        return request.eventDate().atTime(request.startTime()).truncatedTo(ChronoUnit.MINUTES);
    }

    private static LocalDateTime end(NomisAppointmentRequest request) {
        return request.endTime() == null ? null
                : request.eventDate().atTime(request.endTime()).truncatedTo(ChronoUnit.MINUTES);
    }

    @Override
    public synchronized boolean update(long eventId, NomisAppointmentRequest request) {
        NomisAppointment current = appointments.get(eventId);
        if (current == null) {
            return false;
        }
        appointments.put(eventId, new NomisAppointment(eventId, current.bookingId(), current.offenderNo(),
                current.prisonId(), request.internalLocationId(), start(request), end(request), request.comment(),
                request.eventSubType(), current.status()));
        return true;
    }

    @Override
    public synchronized boolean cancel(long eventId) {
        return status(eventId, "CANC");
    }

    @Override
    public synchronized boolean uncancel(long eventId) {
        return status(eventId, "SCH");
    }

    private boolean status(long eventId, String status) {
        NomisAppointment c = appointments.get(eventId);
        if (c == null) {
            return false;
        }
        appointments.put(eventId, new NomisAppointment(eventId, c.bookingId(), c.offenderNo(), c.prisonId(),
                c.internalLocation(), c.startDateTime(), c.endDateTime(), c.comment(), c.subtype(), status));
        return true;
    }

    @Override
    public synchronized boolean delete(long eventId) {
        return appointments.remove(eventId) != null;
    }

    @Override
    public synchronized Optional<NomisAppointment> find(long eventId) {
        return Optional.ofNullable(appointments.get(eventId));
    }

    @Override
    public synchronized List<Long> eventIds(String prisonId, LocalDate fromDate, LocalDate toDate, int page,
                                            int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page from 0, size from 1");
        }
        List<Long> all = new ArrayList<>();
        for (NomisAppointment a : appointments.values()) {
            LocalDate day = a.startDateTime().toLocalDate();
            if (prisonId.equals(a.prisonId()) && (fromDate == null || !day.isBefore(fromDate))
                    && (toDate == null || !day.isAfter(toDate))) {
                all.add(a.eventId());
            }
        }
        long first = (long) page * size;
        if (first >= all.size()) {
            return List.of();
        }
        return List.copyOf(all.subList((int) first, (int) Math.min(all.size(), first + size)));
    }

    @Override
    public synchronized List<NomisAppointment> findAt(long bookingId, long locationId, LocalDateTime start) {
        LocalDateTime at = start.truncatedTo(ChronoUnit.MINUTES);
        return appointments.values().stream()
                .filter(a -> a.bookingId() == bookingId && a.internalLocation() != null
                        && a.internalLocation() == locationId && a.startDateTime().equals(at))
                .toList();
    }

    /** Every appointment on a booking, in event id order. */
    public synchronized List<NomisAppointment> appointmentsOf(long bookingId) {
        return appointments.values().stream().filter(a -> a.bookingId() == bookingId).toList();
    }

    public synchronized int count() {
        return appointments.size();
    }

    /** How many creates NOMIS accepted (lost answers included; plants not). */
    public int creates() {
        return creates.get();
    }
}
