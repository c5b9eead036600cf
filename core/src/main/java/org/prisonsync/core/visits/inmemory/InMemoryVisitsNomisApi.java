package org.prisonsync.core.visits.inmemory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.prisonsync.core.message.OffenderEvent;
import org.prisonsync.core.visits.CancelResult;
import org.prisonsync.core.visits.NomisVisit;
import org.prisonsync.core.visits.NomisVisitCreated;
import org.prisonsync.core.visits.NomisVisitRequest;
import org.prisonsync.core.visits.VisitRoomUsage;
import org.prisonsync.core.visits.VisitsMigrationFilter;
import org.prisonsync.core.visits.VisitsMigrationPage;
import org.prisonsync.core.visits.VisitsMigrationSource;
import org.prisonsync.core.visits.VisitsNomisApi;

/**
 * NOMIS visits in memory. Writes through the port are made "by DPS synchronisation" (audit module
 * {@code DPS_SYNCHRONISATION}, user {@code PRISONER_MANAGER_API}), as the NOMIS prisoner API records them; the
 * {@code …ByNomisUser} methods are what a prison officer does in NOMIS itself. Every change is reported to the
 * listeners, which is how the simulator publishes offender events.
 *
 * <p>Duplicate rule (NOMIS's 409): a create for an offender who already has a visit, not cancelled, with the same
 * start time and the same comment returns that visit's id instead of creating another.
 *
 * <p>Paging ({@link #findVisitIds}) orders by creation time, then id, as NOMIS does; the selected ids of the last
 * filter are kept until the visits change, so paging a few hundred thousand visits does not re-sort them per page.
 */
public final class InMemoryVisitsNomisApi implements VisitsNomisApi {
    public static final String SYNC_USER = "PRISONER_MANAGER_API";
    public static final String NOMIS_USER_MODULE = "OIDOVIS";

    /** A change to a NOMIS visit and who made it. */
    public record Change(String kind, NomisVisit visit, String auditModuleName) {
    }

    private final Map<Long, NomisVisit> visits = new TreeMap<>();
    /** Visit ids by prisoner: the duplicate check and a prisoner's visits read these, not every visit held. */
    private final Map<String, List<Long>> idsOf = new HashMap<>();
    /** Lead visitor name and telephone per visit id, for migration reads. */
    private final Map<Long, String[]> contacts = new HashMap<>();
    private VisitsMigrationFilter selectedFor;
    private long[] selected;
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private long nextId = 1;

    public InMemoryVisitsNomisApi(Clock clock) {
        this.clock = clock;
    }

    public InMemoryVisitsNomisApi() {
        this(Clock.systemUTC());
    }

    public void onChange(Consumer<Change> listener) {
        listeners.add(listener);
    }

    /**
     * Visits created or seeded from now on are numbered from {@code firstId} (or from the next unused id, if that is
     * higher). A NOMIS started afresh beside a database that kept the mappings of an earlier run starts past that
     * run's ids, so a new visit is never taken for one already mapped.
     */
    public synchronized void numberFrom(long firstId) {
        if (firstId < 1) {
            throw new IllegalArgumentException("first id must be positive, was " + firstId);
        }
        nextId = Math.max(nextId, firstId);
    }

    @Override
    public NomisVisitCreated createVisit(String offenderNo, NomisVisitRequest request) {
        return create(offenderNo, request, SYNC_USER, OffenderEvent.DPS_SYNCHRONISATION, true);
    }

    /** A visit booked directly in NOMIS by a prison officer (no duplicate check: NOMIS users can double-book). */
    public NomisVisitCreated createByNomisUser(String offenderNo, NomisVisitRequest request, String user) {
        return create(offenderNo, request, user, NOMIS_USER_MODULE, false);
    }

    private NomisVisitCreated create(String offenderNo, NomisVisitRequest request, String user, String module,
                                     boolean checkDuplicate) {
        NomisVisit created;
        synchronized (this) {
            if (checkDuplicate) {
                Optional<NomisVisit> same = idsOf.getOrDefault(offenderNo, List.of()).stream().sorted().map(visits::get)
                        .filter(v -> v.offenderNo().equals(offenderNo) && !v.cancelled()
                                && v.startDateTime().equals(request.startDateTime())
                                && Objects.equals(v.commentText(), request.visitComment()))
                        .findFirst();
                if (same.isPresent()) {
                    return new NomisVisitCreated(same.get().visitId(), true);
                }
            }
            long id = nextId++;
            LocalDateTime now = LocalDateTime.now(clock);
            created = new NomisVisit(id, offenderNo, request.prisonId(), request.startDateTime(),
                    endOf(request), request.visitType(), "SCH", null, request.room(), request.visitComment(), null,
                    request.visitorPersonIds(), request.visitorPersonIds().isEmpty() ? null
                    : request.visitorPersonIds().get(0), user, null, now, null);
            put(created);
        }
        publish(new Change("CREATED", created, module));
        return new NomisVisitCreated(created.visitId(), false);
    }

    @Override
    public boolean updateVisit(String offenderNo, long visitId, NomisVisitRequest request) {
        NomisVisit updated;
        synchronized (this) {
            NomisVisit v = visits.get(visitId);
            if (v == null || !v.offenderNo().equals(offenderNo)) {
                return false;
            }
            updated = new NomisVisit(v.visitId(), v.offenderNo(), v.prisonId(), request.startDateTime(),
                    endOf(request), v.visitType(), v.visitStatus(), v.visitOutcome(), request.room(),
                    request.visitComment() != null ? request.visitComment() : v.commentText(),
                    v.visitorConcernText(), request.visitorPersonIds(), v.leadVisitorPersonId(), v.createUserId(),
                    SYNC_USER, v.whenCreated(), LocalDateTime.now(clock));
            put(updated);
        }
        publish(new Change("UPDATED", updated, OffenderEvent.DPS_SYNCHRONISATION));
        return true;
    }

    @Override
    public CancelResult cancelVisit(String offenderNo, long visitId, String outcome) {
        return cancel(offenderNo, visitId, outcome, SYNC_USER, OffenderEvent.DPS_SYNCHRONISATION);
    }

    /** A prison officer cancels the visit in NOMIS. */
    public CancelResult cancelByNomisUser(long visitId, String outcome, String user) {
        NomisVisit v = findVisit(visitId).orElse(null);
        return v == null ? CancelResult.NOT_FOUND : cancel(v.offenderNo(), visitId, outcome, user, NOMIS_USER_MODULE);
    }

    private CancelResult cancel(String offenderNo, long visitId, String outcome, String user, String module) {
        NomisVisit cancelled;
        synchronized (this) {
            NomisVisit v = visits.get(visitId);
            if (v == null || !v.offenderNo().equals(offenderNo)) {
                return CancelResult.NOT_FOUND;
            }
            if (v.cancelled()) {
                return CancelResult.ALREADY_CANCELLED;
            }
            cancelled = new NomisVisit(v.visitId(), v.offenderNo(), v.prisonId(), v.startDateTime(),
                    v.endDateTime(), v.visitType(), "CANC", outcome, v.room(), v.commentText(),
                    v.visitorConcernText(), v.visitorPersonIds(), v.leadVisitorPersonId(), v.createUserId(), user,
                    v.whenCreated(), LocalDateTime.now(clock));
            put(cancelled);
        }
        publish(new Change("CANCELLED", cancelled, module));
        return CancelResult.CANCELLED;
    }

    @Override
    public synchronized Optional<NomisVisit> findVisit(long visitId) {
        return Optional.ofNullable(visits.get(visitId));
    }

    /** Adds a visit as it already stands in NOMIS (seeding, migration data); publishes nothing. */
    public synchronized NomisVisit seed(NomisVisit visit) {
        long id = visit.visitId() > 0 ? visit.visitId() : nextId;
        nextId = Math.max(nextId, id + 1);
        NomisVisit stored = new NomisVisit(id, visit.offenderNo(), visit.prisonId(), visit.startDateTime(),
                visit.endDateTime(), visit.visitType(), visit.visitStatus(), visit.visitOutcome(), visit.room(),
                visit.commentText(), visit.visitorConcernText(), visit.visitorPersonIds(),
                visit.leadVisitorPersonId(), visit.createUserId(), visit.modifyUserId(), visit.whenCreated(),
                visit.whenUpdated());
        put(stored);
        return stored;
    }

    /** Seeds a visit with its lead visitor's name and telephone (what a migration reads as the visit contact). */
    public synchronized NomisVisit seed(NomisVisit visit, String leadVisitorName, String leadVisitorTelephone) {
        NomisVisit stored = seed(visit);
        if (leadVisitorName != null) {
            contacts.put(stored.visitId(), new String[] {leadVisitorName, leadVisitorTelephone});
        }
        return stored;
    }

    @Override
    public synchronized VisitsMigrationPage findVisitIds(VisitsMigrationFilter filter, int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1, were " + page + " and " + size);
        }
        long[] ids = selectedIds(filter);
        long from = (long) page * size;
        if (from >= ids.length) {
            return new VisitsMigrationPage(List.of(), ids.length);
        }
        long[] slice = Arrays.copyOfRange(ids, (int) from, (int) Math.min(ids.length, from + size));
        return new VisitsMigrationPage(Arrays.stream(slice).boxed().toList(), ids.length);
    }

    private long[] selectedIds(VisitsMigrationFilter filter) {
        if (selected == null || !filter.equals(selectedFor)) {
            selected = visits.values().stream()
                    .filter(v -> filter.matches(v.prisonId(), v.visitType(), v.whenCreated(), v.room()))
                    .sorted(Comparator.comparing(NomisVisit::whenCreated,
                            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(NomisVisit::visitId))
                    .mapToLong(NomisVisit::visitId).toArray();
            selectedFor = filter;
        }
        return selected;
    }

    /** Rooms of the selected visits from today on (NOMIS counts future usage only), by prison then room. */
    @Override
    public synchronized List<VisitRoomUsage> roomUsage(VisitsMigrationFilter filter) {
        LocalDate today = LocalDate.now(clock);
        Map<List<String>, Long> counts = new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0))
                .thenComparing(k -> k.get(1)));
        for (NomisVisit v : visits.values()) {
            if (v.room() != null && v.prisonId() != null && !v.startDateTime().toLocalDate().isBefore(today)
                    && filter.matches(v.prisonId(), v.visitType(), v.whenCreated(), v.room())) {
                counts.merge(List.of(v.prisonId(), v.room()), 1L, Long::sum);
            }
        }
        return counts.entrySet().stream()
                .map(e -> new VisitRoomUsage(e.getKey().get(0), e.getKey().get(1), e.getValue(), null)).toList();
    }

    @Override
    public synchronized Optional<VisitsMigrationSource> findVisitForMigration(long visitId) {
        NomisVisit visit = visits.get(visitId);
        if (visit == null) {
            return Optional.empty();
        }
        String[] contact = contacts.get(visitId);
        return Optional.of(new VisitsMigrationSource(visit, contact == null ? null : contact[0],
                contact == null ? null : contact[1]));
    }

    public synchronized List<NomisVisit> all() {
        return new ArrayList<>(visits.values());
    }

    public synchronized List<NomisVisit> visitsOf(String offenderNo) {
        return idsOf.getOrDefault(offenderNo, List.of()).stream().sorted().map(visits::get).toList();
    }

    /** Stores a new or changed visit (the caller holds the lock) and keeps the per-prisoner index in step. */
    private void put(NomisVisit visit) {
        NomisVisit previous = visits.put(visit.visitId(), visit);
        if (previous == null || !previous.offenderNo().equals(visit.offenderNo())) {
            if (previous != null) {
                idsOf.get(previous.offenderNo()).remove(Long.valueOf(previous.visitId()));
            }
            idsOf.computeIfAbsent(visit.offenderNo(), o -> new ArrayList<>()).add(visit.visitId());
        }
        selected = null;
    }

    public synchronized int size() {
        return visits.size();
    }

    private void publish(Change change) {
        listeners.forEach(l -> l.accept(change));
    }

    private static LocalDateTime endOf(NomisVisitRequest request) {
        return request.startDateTime().toLocalDate().atTime(LocalTime.parse(request.endTime()));
    }
}
