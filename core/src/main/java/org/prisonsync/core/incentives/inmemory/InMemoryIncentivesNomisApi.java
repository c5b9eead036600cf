package org.prisonsync.core.incentives.inmemory;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.incentives.IncentiveComparison;
import org.prisonsync.core.incentives.IncentivesNomisApi;
import org.prisonsync.core.incentives.NomisIncentive;
import org.prisonsync.core.incentives.NomisIncentiveId;
import org.prisonsync.core.incentives.NomisIncentiveLevel;
import org.prisonsync.core.incentives.NomisIncentiveRequest;
import org.prisonsync.core.incentives.NomisPrisonIncentiveLevel;

/**
 * NOMIS bookings, IEPs and IEP reference data in memory. A prisoner's latest booking ({@link #admit}) is the current
 * one; IEPs are numbered per booking from 1. The current IEP of a booking is its last written (highest sequence),
 * whatever its date: that is why an IEP synchronised out of order leaves NOMIS on the wrong level (seed 000) and
 * why writing the right one again repairs it. IEPs written through the port are audited {@value IncentiveComparison#API_MODULE}, as the NOMIS
 * API's are; {@link #addIep} writes one as another NOMIS module would (a review on {@code OIDOIEPS}, a transfer on
 * {@code OIDITRAN}). NOMIS keeps IEP times to the second. Thread-safe.
 */
public final class InMemoryIncentivesNomisApi implements IncentivesNomisApi {
    private final Map<String, Long> currentBooking = new HashMap<>();
    private final Map<Long, String> ownerOf = new HashMap<>();
    private final Map<Long, TreeMap<Long, NomisIncentive>> ieps = new HashMap<>();
    private final Map<String, NomisIncentiveLevel> levels = new LinkedHashMap<>();
    private final Map<String, NomisPrisonIncentiveLevel> prisonLevels = new LinkedHashMap<>();
    private final Clock clock;
    private long nextBookingId = 1_000_000;
    private int creates;

    public InMemoryIncentivesNomisApi(Clock clock) {
        this.clock = clock;
    }

    public InMemoryIncentivesNomisApi() {
        this(Clock.systemUTC());
    }

    /** Gives the prisoner a new current booking and returns its id. */
    public synchronized long admit(String offenderNo) {
        long booking = nextBookingId++;
        currentBooking.put(offenderNo, booking);
        ownerOf.put(booking, offenderNo);
        ieps.put(booking, new TreeMap<>());
        return booking;
    }

    /** An IEP written on the prisoner's current booking by a NOMIS module other than the API. */
    public synchronized NomisIncentiveId addIep(String offenderNo, String levelCode, LocalDateTime at,
                                                String prisonId, String auditModule) {
        return insert(offenderNo, new NomisIncentiveRequest(levelCode, null, at, prisonId, "NOMIS_USER"), auditModule);
    }

    /** How many IEPs were created through the port. */
    public synchronized int creates() {
        return creates;
    }

    /** Every IEP of the booking, in sequence order. */
    public synchronized List<NomisIncentive> iepsOf(long bookingId) {
        TreeMap<Long, NomisIncentive> booking = ieps.get(bookingId);
        return booking == null ? List.of() : booking.values().stream().map(i -> withCurrent(i, bookingId)).toList();
    }

    /** The reference codes in NOMIS's order. */
    public synchronized List<NomisIncentiveLevel> levelsInOrder() {
        return new ArrayList<>(levels.values());
    }

    @Override
    public synchronized NomisIncentiveId createIncentive(String prisonNumber, NomisIncentiveRequest request) {
        NomisIncentiveId id = insert(prisonNumber, request, IncentiveComparison.API_MODULE);
        creates++;
        return id;
    }

    @Override
    public synchronized Optional<NomisIncentive> findIncentive(NomisIncentiveId id) {
        TreeMap<Long, NomisIncentive> booking = ieps.get(id.bookingId());
        return booking == null ? Optional.empty()
                : Optional.ofNullable(booking.get(id.sequence())).map(i -> withCurrent(i, id.bookingId()));
    }

    @Override
    public synchronized Optional<NomisIncentive> currentIncentive(long bookingId) {
        return current(bookingId).map(i -> withCurrent(i, bookingId));
    }

    @Override
    public synchronized Optional<NomisIncentiveLevel> findLevel(String code) {
        return Optional.ofNullable(levels.get(code));
    }

    @Override
    public synchronized void createLevel(NomisIncentiveLevel level) {
        if (levels.putIfAbsent(level.code(), level) != null) {
            throw new UpstreamRejected(409, "IEP level " + level.code() + " already exists");
        }
    }

    @Override
    public synchronized boolean updateLevel(NomisIncentiveLevel level) {
        return levels.replace(level.code(), level) != null;
    }

    @Override
    public synchronized void reorderLevels(List<String> codes) {
        Map<String, NomisIncentiveLevel> reordered = new LinkedHashMap<>();
        codes.stream().filter(levels::containsKey).forEach(code -> reordered.put(code, levels.get(code)));
        levels.forEach(reordered::putIfAbsent);
        levels.clear();
        levels.putAll(reordered);
    }

    @Override
    public synchronized Optional<NomisPrisonIncentiveLevel> findPrisonLevel(String prisonId, String levelCode) {
        return Optional.ofNullable(prisonLevels.get(prisonId + "/" + levelCode));
    }

    @Override
    public synchronized void createPrisonLevel(NomisPrisonIncentiveLevel level) {
        if (prisonLevels.putIfAbsent(level.prisonId() + "/" + level.levelCode(), level) != null) {
            throw new UpstreamRejected(409, "IEP level " + level.levelCode() + " of prison " + level.prisonId()
                    + " already exists");
        }
    }

    @Override
    public synchronized boolean updatePrisonLevel(NomisPrisonIncentiveLevel level) {
        return prisonLevels.replace(level.prisonId() + "/" + level.levelCode(), level) != null;
    }

    private NomisIncentiveId insert(String offenderNo, NomisIncentiveRequest request, String auditModule) {
        Long booking = currentBooking.get(offenderNo);
        if (booking == null) {
            throw new UpstreamRejected(404, "prisoner " + offenderNo + " has no booking");
        }
        TreeMap<Long, NomisIncentive> bookingIeps = ieps.get(booking);
        long sequence = bookingIeps.isEmpty() ? 1 : bookingIeps.lastKey() + 1;
        NomisIncentiveId id = new NomisIncentiveId(booking, sequence);
        bookingIeps.put(sequence, new NomisIncentive(id, offenderNo, request.iepLevel(), request.iepLevel(),
                request.iepDateTime().truncatedTo(ChronoUnit.SECONDS), request.prisonId(), request.comments(),
                request.userId(), false, auditModule, LocalDateTime.now(clock)));
        return id;
    }

    private Optional<NomisIncentive> current(long bookingId) {
        TreeMap<Long, NomisIncentive> booking = ieps.get(bookingId);
        return booking == null || booking.isEmpty() ? Optional.empty()
                : Optional.of(booking.lastEntry().getValue());
    }

    private NomisIncentive withCurrent(NomisIncentive iep, long bookingId) {
        boolean isCurrent = current(bookingId).map(c -> c.id().equals(iep.id())).orElse(false);
        return new NomisIncentive(iep.id(), iep.offenderNo(), iep.levelCode(), iep.levelDescription(),
                iep.iepDateTime(), iep.prisonId(), iep.commentText(), iep.userId(), isCurrent, iep.auditModule(),
                iep.whenCreated());
    }
}
