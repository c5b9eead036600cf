package org.prisonsync.core.alerts.inmemory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.alerts.AlertsNomisApi;
import org.prisonsync.core.alerts.NomisAlert;
import org.prisonsync.core.alerts.NomisAlertCreated;
import org.prisonsync.core.alerts.NomisAlertId;
import org.prisonsync.core.alerts.NomisAlertRequest;
import org.prisonsync.core.message.OffenderEvent;

/**
 * NOMIS bookings and alerts in memory. Each prisoner has bookings, current (booking sequence 1) first; alerts belong
 * to a booking. Writes through the port are audited {@code DPS_SYNCHRONISATION}; the {@code …ByNomisUser} methods
 * are a prison officer on the NOMIS alerts screen ({@value #NOMIS_SCREEN}); {@link #newBooking},
 * {@link #switchToBooking}, {@link #merge} and {@link #moveBooking} are the prisoner-level changes of ADR004, with
 * NOMIS's copying of active alerts onto the new current booking (audit info {@code OMKCOPY.COPY_BOOKING_DATA}).
 * Every alert change is reported to the listeners with the writer's audit module, which is how tests and the
 * simulator publish {@code ALERT-*} events.
 *
 * <p>Duplicate rule (NOMIS's 409): a port create of an active alert whose code is already active on the current
 * booking writes nothing and returns that alert's id as {@code alreadyActive}.
 */
public final class InMemoryAlertsNomisApi implements AlertsNomisApi {
    public static final String NOMIS_SCREEN = "OCDALERT";
    public static final String ADMISSION_MODULE = "OIDADMIS";

    /** A change to a NOMIS alert: {@code kind} is INSERTED, UPDATED or DELETED, as in the {@code ALERT-*} events. */
    public record Change(String kind, String offenderNo, NomisAlert alert, String auditModuleName) {
    }

    private final Map<String, List<Long>> bookingsOf = new HashMap<>();
    private final Map<Long, String> ownerOf = new HashMap<>();
    private final Map<Long, TreeMap<Long, NomisAlert>> alertsOf = new HashMap<>();
    private final Map<Long, Long> lastSequence = new HashMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private long nextBookingId = 1000;

    public InMemoryAlertsNomisApi(Clock clock) {
        this.clock = clock;
    }

    public InMemoryAlertsNomisApi() {
        this(Clock.systemUTC());
    }

    public void onChange(Consumer<Change> listener) {
        listeners.add(listener);
    }

    /**
     * Bookings made from now on are numbered from {@code firstBookingId} (or from the next unused id, if that is
     * higher), so alert ids ({@code bookingId:alertSequence}) of a NOMIS started afresh never repeat ones an earlier
     * run left mapped.
     */
    public synchronized void numberBookingsFrom(long firstBookingId) {
        if (firstBookingId < 1) {
            throw new IllegalArgumentException("first booking id must be positive, was " + firstBookingId);
        }
        nextBookingId = Math.max(nextBookingId, firstBookingId);
    }

    // ---- the port ----

    @Override
    public NomisAlertCreated createAlert(String offenderNo, NomisAlertRequest request) {
        NomisAlert created;
        synchronized (this) {
            long booking = requireCurrentBooking(offenderNo);
            if (request.active()) {
                Optional<NomisAlert> same = alertsOf.get(booking).values().stream()
                        .filter(a -> a.active() && a.alertCode().equals(request.alertCode())).findFirst();
                if (same.isPresent()) {
                    return new NomisAlertCreated(same.get().id(), true);
                }
            }
            created = insert(booking, request, OffenderEvent.DPS_SYNCHRONISATION, null);
        }
        publish("INSERTED", created, OffenderEvent.DPS_SYNCHRONISATION);
        return new NomisAlertCreated(created.id(), false);
    }

    @Override
    public boolean updateAlert(NomisAlertId id, NomisAlertRequest request) {
        return update(id, request, OffenderEvent.DPS_SYNCHRONISATION);
    }

    @Override
    public boolean deleteAlert(NomisAlertId id) {
        return delete(id, OffenderEvent.DPS_SYNCHRONISATION);
    }

    @Override
    public synchronized Optional<NomisAlert> findAlert(NomisAlertId id) {
        TreeMap<Long, NomisAlert> alerts = alertsOf.get(id.bookingId());
        return alerts == null ? Optional.empty()
                : Optional.ofNullable(alerts.get(id.alertSequence())).map(this::withSequence);
    }

    @Override
    public synchronized List<NomisAlert> currentBookingAlerts(String offenderNo) {
        List<Long> bookings = bookingsOf.get(offenderNo);
        if (bookings == null || bookings.isEmpty()) {
            return List.of();
        }
        return alertsOf.get(bookings.get(0)).values().stream().map(this::withSequence).toList();
    }

    @Override
    public List<NomisAlertId> resynchronise(String offenderNo, List<NomisAlertRequest> alerts) {
        List<NomisAlert> removed;
        List<NomisAlert> created = new ArrayList<>();
        synchronized (this) {
            long booking = requireCurrentBooking(offenderNo);
            removed = new ArrayList<>(alertsOf.get(booking).values());
            alertsOf.get(booking).clear();
            for (NomisAlertRequest request : alerts) {
                created.add(insert(booking, request, OffenderEvent.DPS_SYNCHRONISATION, null));
            }
        }
        removed.forEach(a -> publish("DELETED", a, OffenderEvent.DPS_SYNCHRONISATION));
        created.forEach(a -> publish("INSERTED", a, OffenderEvent.DPS_SYNCHRONISATION));
        return created.stream().map(NomisAlert::id).toList();
    }

    // ---- what NOMIS users do ----

    public NomisAlertId createByNomisUser(String offenderNo, NomisAlertRequest request) {
        NomisAlert created;
        synchronized (this) {
            created = insert(requireCurrentBooking(offenderNo), request, NOMIS_SCREEN, null);
        }
        publish("INSERTED", created, NOMIS_SCREEN);
        return created.id();
    }

    public boolean updateByNomisUser(NomisAlertId id, NomisAlertRequest request) {
        return update(id, request, NOMIS_SCREEN);
    }

    public boolean deleteByNomisUser(NomisAlertId id) {
        return delete(id, NOMIS_SCREEN);
    }

    // ---- prisoner-level changes ----

    /** A new booking becomes the prisoner's current one; NOMIS copies the previous booking's active alerts to it. */
    public long newBooking(String offenderNo, boolean copyActiveAlerts) {
        List<NomisAlert> copied = new ArrayList<>();
        long booking;
        synchronized (this) {
            List<Long> bookings = bookingsOf.computeIfAbsent(offenderNo, o -> new ArrayList<>());
            Long previous = bookings.isEmpty() ? null : bookings.get(0);
            booking = nextBookingId++;
            bookings.add(0, booking);
            ownerOf.put(booking, offenderNo);
            alertsOf.put(booking, new TreeMap<>());
            if (copyActiveAlerts && previous != null) {
                copied.addAll(copyActive(previous, booking));
            }
        }
        copied.forEach(a -> publish("INSERTED", a, ADMISSION_MODULE));
        return booking;
    }

    /** An earlier booking of the prisoner becomes current again (ADR004 scenario 3): NOMIS copies nothing. */
    public synchronized void switchToBooking(String offenderNo, long bookingId) {
        List<Long> bookings = bookingsOf.get(offenderNo);
        if (bookings == null || !bookings.remove(Long.valueOf(bookingId))) {
            throw new IllegalArgumentException(offenderNo + " has no booking " + bookingId);
        }
        bookings.add(0, bookingId);
    }

    /**
     * Merges {@code removed} into {@code retained}: the removed prisoner's bookings become the retained prisoner's
     * (after its current one), and the active alerts of the removed prisoner's current booking whose codes are not
     * active on the retained current booking are copied onto it. The removed prisoner has no bookings afterwards.
     */
    public void merge(String retained, String removed) {
        List<NomisAlert> copied = new ArrayList<>();
        synchronized (this) {
            List<Long> from = bookingsOf.getOrDefault(removed, new ArrayList<>());
            List<Long> to = bookingsOf.computeIfAbsent(retained, o -> new ArrayList<>());
            if (!from.isEmpty() && !to.isEmpty()) {
                copied.addAll(copyActive(from.get(0), to.get(0)));
            }
            to.addAll(from);
            from.forEach(b -> ownerOf.put(b, retained));
            bookingsOf.remove(removed);
        }
        copied.forEach(a -> publish("INSERTED", a, ADMISSION_MODULE));
    }

    /** Moves a booking to another prisoner, where it becomes current if it is newer than that prisoner's current. */
    public synchronized void moveBooking(long bookingId, String toOffenderNo) {
        String from = ownerOf.get(bookingId);
        if (from == null) {
            throw new IllegalArgumentException("no booking " + bookingId);
        }
        bookingsOf.get(from).remove(Long.valueOf(bookingId));
        List<Long> to = bookingsOf.computeIfAbsent(toOffenderNo, o -> new ArrayList<>());
        to.add(to.isEmpty() || bookingId > to.get(0) ? 0 : 1, bookingId);
        ownerOf.put(bookingId, toOffenderNo);
    }

    /** Adds an alert to the current booking as it already stands (reconciliation data); publishes nothing. */
    public synchronized NomisAlertId seed(String offenderNo, NomisAlertRequest request) {
        if (!bookingsOf.containsKey(offenderNo) || bookingsOf.get(offenderNo).isEmpty()) {
            long booking = nextBookingId++;
            bookingsOf.computeIfAbsent(offenderNo, o -> new ArrayList<>()).add(0, booking);
            ownerOf.put(booking, offenderNo);
            alertsOf.put(booking, new TreeMap<>());
        }
        return insert(bookingsOf.get(offenderNo).get(0), request, NOMIS_SCREEN, null).id();
    }

    public synchronized Optional<Long> currentBooking(String offenderNo) {
        List<Long> bookings = bookingsOf.get(offenderNo);
        return bookings == null || bookings.isEmpty() ? Optional.empty() : Optional.of(bookings.get(0));
    }

    public synchronized List<Long> bookings(String offenderNo) {
        return List.copyOf(bookingsOf.getOrDefault(offenderNo, List.of()));
    }

    public synchronized List<NomisAlert> alertsOfBooking(long bookingId) {
        return alertsOf.getOrDefault(bookingId, new TreeMap<>()).values().stream().map(this::withSequence).toList();
    }

    // ---- internals ----

    private boolean update(NomisAlertId id, NomisAlertRequest request, String module) {
        NomisAlert updated;
        synchronized (this) {
            TreeMap<Long, NomisAlert> alerts = alertsOf.get(id.bookingId());
            NomisAlert old = alerts == null ? null : alerts.get(id.alertSequence());
            if (old == null) {
                return false;
            }
            updated = new NomisAlert(id, 0, old.alertCode(), request.date(), request.expiryDate(),
                    activeOf(request), request.comment(), request.authorisedBy(), old.createdAt(),
                    old.createUsername(), request.username(), module, null, LocalDateTime.now(clock),
                    old.createDisplayName(), null);
            alerts.put(id.alertSequence(), updated);
        }
        publish("UPDATED", updated, module);
        return true;
    }

    private boolean delete(NomisAlertId id, String module) {
        NomisAlert removed;
        synchronized (this) {
            TreeMap<Long, NomisAlert> alerts = alertsOf.get(id.bookingId());
            removed = alerts == null ? null : alerts.remove(id.alertSequence());
        }
        if (removed != null) {
            publish("DELETED", removed, module);
        }
        return removed != null;
    }

    private NomisAlert insert(long booking, NomisAlertRequest request, String module, String additionalInfo) {
        long sequence = lastSequence.merge(booking, 1L, Long::sum);
        NomisAlert alert = new NomisAlert(new NomisAlertId(booking, sequence), 0, request.alertCode(),
                request.date(), request.expiryDate(), activeOf(request), request.comment(), request.authorisedBy(),
                LocalDateTime.now(clock), request.username(), null, module, additionalInfo);
        alertsOf.get(booking).put(sequence, alert);
        return alert;
    }

    private List<NomisAlert> copyActive(long fromBooking, long toBooking) {
        List<String> present = alertsOf.get(toBooking).values().stream().filter(NomisAlert::active)
                .map(NomisAlert::alertCode).toList();
        List<NomisAlert> copied = new ArrayList<>();
        for (NomisAlert a : new ArrayList<>(alertsOf.get(fromBooking).values())) {
            if (a.active() && !present.contains(a.alertCode())) {
                copied.add(insert(toBooking, new NomisAlertRequest(a.alertCode(), a.date(), a.expiryDate(), true,
                        a.comment(), a.authorisedBy(), a.createUsername()), ADMISSION_MODULE,
                        NomisAlert.COPY_BOOKING_DATA));
            }
        }
        return copied;
    }

    private boolean activeOf(NomisAlertRequest request) {
        LocalDate today = LocalDate.now(clock);
        return request.active() && (request.expiryDate() == null || request.expiryDate().isAfter(today));
    }

    private long requireCurrentBooking(String offenderNo) {
        List<Long> bookings = bookingsOf.get(offenderNo);
        if (bookings == null || bookings.isEmpty()) {
            throw new UpstreamRejected(404, "Prisoner " + offenderNo + " does not exist or has no bookings");
        }
        return bookings.get(0);
    }

    private NomisAlert withSequence(NomisAlert alert) {
        String owner = ownerOf.get(alert.id().bookingId());
        List<Long> bookings = owner == null ? List.of() : bookingsOf.getOrDefault(owner, List.of());
        return alert.withBookingSequence(bookings.indexOf(alert.id().bookingId()) + 1);
    }

    private void publish(String kind, NomisAlert alert, String module) {
        NomisAlert view;
        String owner;
        synchronized (this) {
            view = withSequence(alert);
            owner = ownerOf.get(alert.id().bookingId());
        }
        Change change = new Change(kind, owner, view, module);
        listeners.forEach(l -> l.accept(change));
    }

    /** Counts per booking, for debugging output. */
    @Override
    public synchronized String toString() {
        Map<String, List<Long>> view = new LinkedHashMap<>(bookingsOf);
        return "InMemoryAlertsNomisApi" + view;
    }
}
