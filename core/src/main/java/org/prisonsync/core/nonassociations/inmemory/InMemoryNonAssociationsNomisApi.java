package org.prisonsync.core.nonassociations.inmemory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.nonassociations.NomisNonAssociation;
import org.prisonsync.core.nonassociations.NomisNonAssociationId;
import org.prisonsync.core.nonassociations.NomisNonAssociationRequest;
import org.prisonsync.core.nonassociations.NonAssociationPair;
import org.prisonsync.core.nonassociations.NonAssociationsNomisApi;

/**
 * NOMIS's non-associations in memory, as the NOMIS prisoner API behaves: a pair's records numbered by type sequence
 * from 1, the same seen from either prisoner, each on the two prisoners' bookings of the day it was made; a merge
 * moves the removed prisoner's records to the retained one, numbering any that meet an existing pair after its
 * highest sequence (so the retained prisoner can hold two records with one third party). Also the simulator's state.
 */
public final class InMemoryNonAssociationsNomisApi implements NonAssociationsNomisApi {
    private final Clock clock;
    private final Map<NonAssociationPair, TreeMap<Integer, Stored>> pairs = new TreeMap<>(
            Comparator.comparing(NonAssociationPair::key));
    private final Map<String, Long> currentBookings = new HashMap<>();
    private final AtomicLong bookingIds = new AtomicLong(3_000_000);

    public InMemoryNonAssociationsNomisApi(Clock clock) {
        this.clock = clock;
    }

    public InMemoryNonAssociationsNomisApi() {
        this(Clock.systemUTC());
    }

    /** Gives the prisoner a new current booking and returns its id. */
    public synchronized long admit(String offenderNo) {
        long booking = bookingIds.incrementAndGet();
        currentBookings.put(offenderNo, booking);
        return booking;
    }

    /** Makes {@code bookingId} the prisoner's current booking (the simulator's prisoners decide the ids). */
    public synchronized void admit(String offenderNo, long bookingId) {
        currentBookings.put(offenderNo, bookingId);
    }

    public synchronized boolean knows(String offenderNo) {
        return currentBookings.containsKey(offenderNo);
    }

    @Override
    public synchronized int create(NomisNonAssociationRequest request) {
        Long booking = currentBookings.get(request.offenderNo());
        Long nsBooking = currentBookings.get(request.nsOffenderNo());
        if (booking == null || nsBooking == null) {
            throw new UpstreamRejected(404, "POST /non-associations: no prisoner "
                    + (booking == null ? request.offenderNo() : request.nsOffenderNo()));
        }
        if (request.offenderNo().equals(request.nsOffenderNo())) {
            throw new UpstreamRejected(400, "POST /non-associations: a prisoner cannot be non-associated with "
                    + "themself");
        }
        NonAssociationPair pair = NonAssociationPair.of(request.offenderNo(), request.nsOffenderNo());
        TreeMap<Integer, Stored> records = pairs.computeIfAbsent(pair, p -> new TreeMap<>());
        int sequence = records.isEmpty() ? 1 : records.lastKey() + 1;
        boolean firstIsOffender = pair.first().equals(request.offenderNo());
        records.put(sequence, new Stored(
                firstIsOffender ? request.reason() : request.recipReason(),
                firstIsOffender ? request.recipReason() : request.reason(),
                request.type(), request.authorisedBy(), "PRISONER_MANAGER_API", request.effectiveDate(), null,
                request.comment(), firstIsOffender ? booking : nsBooking, firstIsOffender ? nsBooking : booking));
        return sequence;
    }

    @Override
    public synchronized boolean amend(NomisNonAssociationId id, NomisNonAssociationRequest request) {
        Stored old = stored(id);
        if (old == null) {
            return false;
        }
        boolean firstIsOffender = id.firstOffenderNo().equals(request.offenderNo());
        pairs.get(id.pair()).put(id.typeSequence(), new Stored(
                firstIsOffender ? request.reason() : request.recipReason(),
                firstIsOffender ? request.recipReason() : request.reason(), request.type(), request.authorisedBy(),
                "PRISONER_MANAGER_API", request.effectiveDate(), request.expiryDate(), request.comment(),
                old.firstBooking(), old.secondBooking()));
        return true;
    }

    @Override
    public synchronized boolean close(NomisNonAssociationId id) {
        Stored old = stored(id);
        if (old == null) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        if (old.expiryDate() == null || old.expiryDate().isAfter(today)) {
            pairs.get(id.pair()).put(id.typeSequence(), old.expiring(today));
        }
        return true;
    }

    @Override
    public synchronized boolean delete(NomisNonAssociationId id) {
        TreeMap<Integer, Stored> records = pairs.get(id.pair());
        if (records == null || records.remove(id.typeSequence()) == null) {
            return false;
        }
        if (records.isEmpty()) {
            pairs.remove(id.pair());
        }
        return true;
    }

    @Override
    public synchronized Optional<NomisNonAssociation> find(NomisNonAssociationId id) {
        Stored stored = stored(id);
        return stored == null ? Optional.empty()
                : Optional.of(stored.seenFrom(id.firstOffenderNo(), id.pair(), id.typeSequence()));
    }

    @Override
    public synchronized List<NomisNonAssociation> all(String offenderNo, String nsOffenderNo) {
        if (offenderNo.equals(nsOffenderNo)) {
            return List.of();
        }
        NonAssociationPair pair = NonAssociationPair.of(offenderNo, nsOffenderNo);
        TreeMap<Integer, Stored> records = pairs.get(pair);
        if (records == null) {
            return List.of();
        }
        List<NomisNonAssociation> all = new ArrayList<>();
        records.forEach((sequence, stored) -> all.add(stored.seenFrom(offenderNo, pair, sequence)));
        return all;
    }

    @Override
    public synchronized List<NonAssociationPair> onBooking(long bookingId) {
        List<NonAssociationPair> found = new ArrayList<>();
        pairs.forEach((pair, records) -> {
            if (records.values().stream().anyMatch(r -> r.firstBooking() == bookingId
                    || r.secondBooking() == bookingId)) {
                found.add(pair);
            }
        });
        return found;
    }

    @Override
    public synchronized PairPage pairs(int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page from 0 and size from 1");
        }
        List<NonAssociationPair> all = new ArrayList<>(pairs.keySet());
        int from = (int) Math.min((long) page * size, all.size());
        return new PairPage(all.subList(from, Math.min(all.size(), from + size)), all.size());
    }

    /** How many records NOMIS holds, every pair's sequences counted. */
    public synchronized int count() {
        return pairs.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * NOMIS's merge of {@code removed} into {@code retained}: the removed prisoner's records become the retained
     * one's, numbered after the retained prisoner's own with the same third party; a record between the two goes.
     */
    public synchronized void merge(String retained, String removed) {
        rekey(removed, retained, stored -> true);
        Long booking = currentBookings.remove(removed);
        if (booking != null && !currentBookings.containsKey(retained)) {
            currentBookings.put(retained, booking);
        }
    }

    /** NOMIS's booking move: the records on {@code bookingId} pass from {@code from} to {@code to}. */
    public synchronized void moveBooking(long bookingId, String from, String to) {
        rekey(from, to, stored -> stored.firstBooking() == bookingId || stored.secondBooking() == bookingId);
    }

    private void rekey(String from, String to, java.util.function.Predicate<Stored> which) {
        List<NonAssociationPair> affected = pairs.keySet().stream().filter(p -> p.involves(from)).toList();
        for (NonAssociationPair pair : affected) {
            String third = pair.other(from);
            TreeMap<Integer, Stored> records = pairs.get(pair);
            List<Map.Entry<Integer, Stored>> moving = records.entrySet().stream()
                    .filter(e -> which.test(e.getValue())).map(e -> Map.entry(e.getKey(), e.getValue())).toList();
            moving.forEach(e -> records.remove(e.getKey()));
            if (records.isEmpty()) {
                pairs.remove(pair);
            }
            if (third.equals(to)) {
                continue; // a non-association between the two merged records means nothing any more
            }
            NonAssociationPair target = NonAssociationPair.of(to, third);
            TreeMap<Integer, Stored> into = pairs.computeIfAbsent(target, p -> new TreeMap<>());
            for (Map.Entry<Integer, Stored> entry : moving) {
                Stored stored = entry.getValue();
                boolean fromWasFirst = pair.first().equals(from);
                String fromReason = fromWasFirst ? stored.firstReason() : stored.secondReason();
                String thirdReason = fromWasFirst ? stored.secondReason() : stored.firstReason();
                long fromBooking = fromWasFirst ? stored.firstBooking() : stored.secondBooking();
                long thirdBooking = fromWasFirst ? stored.secondBooking() : stored.firstBooking();
                boolean toIsFirst = target.first().equals(to);
                Stored moved = new Stored(toIsFirst ? fromReason : thirdReason, toIsFirst ? thirdReason : fromReason,
                        stored.type(), stored.authorisedBy(), stored.updatedBy(), stored.effectiveDate(),
                        stored.expiryDate(), stored.comment(), toIsFirst ? fromBooking : thirdBooking,
                        toIsFirst ? thirdBooking : fromBooking);
                int sequence = into.containsKey(entry.getKey()) ? into.lastKey() + 1 : entry.getKey();
                into.put(sequence, moved);
            }
        }
    }

    private Stored stored(NomisNonAssociationId id) {
        TreeMap<Integer, Stored> records = pairs.get(id.pair());
        return records == null ? null : records.get(id.typeSequence());
    }

    private record Stored(String firstReason, String secondReason, String type, String authorisedBy,
                          String updatedBy, LocalDate effectiveDate, LocalDate expiryDate, String comment,
                          long firstBooking, long secondBooking) {
        Stored expiring(LocalDate on) {
            return new Stored(firstReason, secondReason, type, authorisedBy, updatedBy, effectiveDate, on, comment,
                    firstBooking, secondBooking);
        }

        NomisNonAssociation seenFrom(String offenderNo, NonAssociationPair pair, int sequence) {
            boolean first = pair.first().equals(offenderNo);
            return new NomisNonAssociation(offenderNo, pair.other(offenderNo), sequence,
                    first ? firstReason : secondReason, first ? secondReason : firstReason, type, authorisedBy,
                    updatedBy, effectiveDate, expiryDate, comment);
        }
    }
}
