package org.prisonsync.core.adjustments.inmemory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.adjustments.AdjustmentCategory;
import org.prisonsync.core.adjustments.AdjustmentsNomisApi;
import org.prisonsync.core.adjustments.NomisAdjustment;
import org.prisonsync.core.adjustments.NomisAdjustmentId;
import org.prisonsync.core.adjustments.NomisAdjustmentRequest;

/**
 * NOMIS's sentence and key-date adjustments in memory, each category its own table and id sequence, as NOMIS keeps
 * them. A booking must be admitted first (its prisoner, its sequence, its prison); a create on an unknown booking is
 * refused as NOMIS refuses it. Also the simulator's NOMIS adjustments.
 */
public final class InMemoryAdjustmentsNomisApi implements AdjustmentsNomisApi {
    /** A booking NOMIS knows. */
    public record Booking(long bookingId, String offenderNo, int bookingSequence, String prisonId) {
    }

    private final Map<Long, Booking> bookings = new HashMap<>();
    private final Map<AdjustmentCategory, TreeMap<Long, NomisAdjustment>> tables =
            new EnumMap<>(AdjustmentCategory.class);
    private final Map<AdjustmentCategory, Long> nextIds = new EnumMap<>(AdjustmentCategory.class);

    public InMemoryAdjustmentsNomisApi() {
        this(0);
    }

    /** Ids from {@code idBase + 1} in each table (a simulator's fresh base never reuses a kept mapping's id). */
    public InMemoryAdjustmentsNomisApi(long idBase) {
        for (AdjustmentCategory category : AdjustmentCategory.values()) {
            tables.put(category, new TreeMap<>());
            nextIds.put(category, idBase);
        }
    }

    public synchronized void admit(long bookingId, String offenderNo, int bookingSequence, String prisonId) {
        bookings.put(bookingId, new Booking(bookingId, offenderNo, bookingSequence, prisonId));
    }

    public synchronized Optional<Booking> booking(long bookingId) {
        return Optional.ofNullable(bookings.get(bookingId));
    }

    @Override
    public synchronized NomisAdjustmentId createSentenceAdjustment(long bookingId, long sentenceSequence,
                                                                   NomisAdjustmentRequest request) {
        return insert(AdjustmentCategory.SENTENCE, bookingId, sentenceSequence, request);
    }

    @Override
    public synchronized NomisAdjustmentId createKeyDateAdjustment(long bookingId, NomisAdjustmentRequest request) {
        return insert(AdjustmentCategory.KEY_DATE, bookingId, null, request);
    }

    /** An adjustment written straight into NOMIS (a NOMIS user's, or a planted duplicate): its id. */
    public synchronized NomisAdjustmentId plant(long bookingId, Long sentenceSequence,
                                                NomisAdjustmentRequest request) {
        return insert(sentenceSequence == null ? AdjustmentCategory.KEY_DATE : AdjustmentCategory.SENTENCE,
                bookingId, sentenceSequence, request);
    }

    private NomisAdjustmentId insert(AdjustmentCategory category, long bookingId, Long sentenceSequence,
                                     NomisAdjustmentRequest request) {
        Booking booking = bookings.get(bookingId);
        if (booking == null) {
            throw new UpstreamRejected(404, "Booking " + bookingId + " not found");
        }
        long id = nextIds.merge(category, 1L, Long::sum);
        NomisAdjustmentId key = new NomisAdjustmentId(category, id);
        tables.get(category).put(id, record(key, booking, sentenceSequence, request,
                request.active() == null || request.active(), false));
        return key;
    }

    private static NomisAdjustment record(NomisAdjustmentId id, Booking booking, Long sentenceSequence,
                                          NomisAdjustmentRequest r, boolean active, boolean hidden) {
        return new NomisAdjustment(id, booking.bookingId(), booking.bookingSequence(), booking.offenderNo(),
                sentenceSequence, r.adjustmentTypeCode(), r.adjustmentDate(), r.adjustmentFromDate(),
                r.adjustmentDays(), r.comment(), active, false, booking.prisonId(), hidden);
    }

    @Override
    public synchronized boolean update(NomisAdjustmentId id, NomisAdjustmentRequest request) {
        NomisAdjustment current = tables.get(id.category()).get(id.id());
        if (current == null) {
            return false;
        }
        Long sentenceSequence = id.category() == AdjustmentCategory.SENTENCE
                ? (request.sentenceSequence() == null ? current.sentenceSequence() : request.sentenceSequence())
                : null;
        Booking booking = bookings.get(current.bookingId());
        tables.get(id.category()).put(id.id(), record(id, booking, sentenceSequence, request,
                request.active() == null ? current.active() : request.active(), current.hiddenFromUsers()));
        return true;
    }

    /** Replaces a record as it stands (planting a difference); false when there is none. */
    public synchronized boolean replace(NomisAdjustment adjustment) {
        TreeMap<Long, NomisAdjustment> table = tables.get(adjustment.id().category());
        if (!table.containsKey(adjustment.id().id())) {
            return false;
        }
        table.put(adjustment.id().id(), adjustment);
        return true;
    }

    @Override
    public synchronized void delete(NomisAdjustmentId id) {
        tables.get(id.category()).remove(id.id());
    }

    @Override
    public synchronized Optional<NomisAdjustment> find(NomisAdjustmentId id) {
        return Optional.ofNullable(tables.get(id.category()).get(id.id()));
    }

    @Override
    public synchronized List<NomisAdjustment> bookingAdjustments(long bookingId, boolean activeOnly) {
        List<NomisAdjustment> found = new ArrayList<>();
        for (TreeMap<Long, NomisAdjustment> table : tables.values()) {
            table.values().stream()
                    .filter(a -> a.bookingId() == bookingId)
                    .filter(a -> !activeOnly || a.active())
                    .forEach(found::add);
        }
        found.sort(Comparator.comparing((NomisAdjustment a) -> a.id().category()).thenComparing(a -> a.id().id()));
        return found;
    }

    public synchronized int count() {
        return tables.values().stream().mapToInt(Map::size).sum();
    }

    // --- as another part of NOMIS keeps them (a court case's sentences)

    /**
     * A remand adjustment of {@code days} from {@code from} on a sentence, its booking admitted as the latest at
     * {@code prisonId} if these tables do not know it yet: its id.
     */
    public synchronized long plantRemand(String offenderNo, long bookingId, long sentenceSequence,
                                        LocalDate from, int days, String prisonId) {
        admitIfNew(bookingId, offenderNo, prisonId);
        return plant(bookingId, sentenceSequence, new NomisAdjustmentRequest("RX", from.plusDays(days), from, days,
                "remand", true, null)).id();
    }

    /**
     * A copy of sentence adjustment {@code adjustmentId} onto another sentence, active, as NOMIS's case clone copies
     * one onto the latest booking (admitted at {@code prisonId} if new): the copy's id.
     */
    public synchronized long copySentenceAdjustment(long adjustmentId, String offenderNo, long bookingId,
                                                    long sentenceSequence, String prisonId) {
        NomisAdjustment from = find(NomisAdjustmentId.sentence(adjustmentId)).orElseThrow(() ->
                new UpstreamRejected(404, "Sentence adjustment " + adjustmentId + " not found"));
        admitIfNew(bookingId, offenderNo, prisonId);
        return plant(bookingId, sentenceSequence, new NomisAdjustmentRequest(from.adjustmentType(),
                from.adjustmentDate(), from.adjustmentFromDate(), from.adjustmentDays(), from.comment(), true, null))
                .id();
    }

    private void admitIfNew(long bookingId, String offenderNo, String prisonId) {
        if (!bookings.containsKey(bookingId)) {
            admit(bookingId, offenderNo, 1, prisonId);
        }
    }
}
