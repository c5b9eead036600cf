package org.prisonsync.simulator.incentives;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.simulator.store.EntityStore;

/**
 * NOMIS's incentive data: the IEPs on each booking (O(1) by booking and sequence, and per booking current first, through
 * {@link EntityStore}), the global levels as reference codes (domain
 * {@code IEP_LEVEL}, ordered by sequence) and the levels per prison. The current IEP of a booking is its latest by
 * date and time, then by sequence, as NOMIS takes it. Thread-safe: writes are serialised, reads see immutable
 * snapshots.
 */
public final class NomisIncentives {
    /** The audit module of what prison-sync writes through the NOMIS prisoner API. */
    public static final String SYNCHRONISATION = "DPS_SYNCHRONISATION";
    /** A manual review on the NOMIS incentive screen. */
    public static final String MANUAL_SCREEN = "OIDOIEPS";
    /** A manual change by SQL (a client outside the NOMIS screens). */
    public static final String MANUAL_SQL = "JDBC Thin Client";
    /** A system-generated IEP on a transfer in (which a double transfer writes after DPS's own review). */
    public static final String TRANSFER_IN = "OIDITRAN";
    static final Comparator<NomisIep> CURRENT_FIRST = Comparator.comparing(NomisIep::iepDateTime)
            .thenComparingLong(NomisIep::sequence).reversed();

    private final Clock clock;
    private final EntityStore<NomisIep.Key, NomisIep> ieps = EntityStore.keyedBy(NomisIep::key);
    private final EntityStore.Index<Long, NomisIep> iepsOf = ieps.index(NomisIep::bookingId, CURRENT_FIRST);
    private final Map<String, NomisLevelCode> codes = new LinkedHashMap<>();
    private final EntityStore<PrisonLevel.Key, PrisonLevel> prisonLevels = EntityStore.keyedBy(PrisonLevel::key);

    NomisIncentives(Clock clock) {
        this.clock = clock;
    }

    // ---- IEPs ----

    /** Adds an IEP to the booking with the next sequence, created now. */
    public NomisIep create(long bookingId, String offenderNo, String levelCode, LocalDateTime iepDateTime,
                           String prisonId, String comments, String userId, String auditModule) {
        // NOMIS numbers a booking's IEPs 1, 2, ...: the next sequence is computed and stored in one step.
        return ieps.putComputed(() -> new NomisIep(bookingId,
                iepsOf.all(bookingId).stream().mapToLong(NomisIep::sequence).max().orElse(0) + 1, offenderNo,
                levelCode, comments, iepDateTime, prisonId, userId, auditModule,
                LocalDateTime.now(clock).withNano(0)));
    }

    /** The booking's IEPs, current first. */
    public List<NomisIep> ieps(long bookingId) {
        return iepsOf.all(bookingId);
    }

    public Optional<NomisIep> current(long bookingId) {
        return iepsOf.first(bookingId);
    }

    public Optional<NomisIep> iep(long bookingId, long sequence) {
        return ieps.find(new NomisIep.Key(bookingId, sequence));
    }

    public int bookingsWithIeps() {
        return iepsOf.groups();
    }

    // ---- reference data ----

    public synchronized Optional<NomisLevelCode> code(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    public synchronized List<NomisLevelCode> codes() {
        return codes.values().stream().sorted(Comparator.comparingInt(NomisLevelCode::sequence)).toList();
    }

    /** Creates a level code, last in order; false when the code exists. */
    public synchronized boolean createCode(String code, String description, boolean active) {
        if (codes.containsKey(code)) {
            return false;
        }
        int last = codes.values().stream().mapToInt(NomisLevelCode::sequence).max().orElse(0);
        codes.put(code, new NomisLevelCode(code, description, active, last + 1,
                active ? null : LocalDate.now(clock)));
        return true;
    }

    /** Changes a level code's description and activity (deactivating sets the expiry date); empty when unknown. */
    public synchronized Optional<NomisLevelCode> updateCode(String code, String description, boolean active) {
        NomisLevelCode current = codes.get(code);
        if (current == null) {
            return Optional.empty();
        }
        LocalDate expired = active ? null : current.expiredDate() != null ? current.expiredDate() : LocalDate.now(clock);
        NomisLevelCode changed = new NomisLevelCode(code, description, active, current.sequence(), expired);
        codes.put(code, changed);
        return Optional.of(changed);
    }

    /** Numbers the codes 1, 2, ... in {@code order}; codes it leaves out follow in their old order. */
    public synchronized void reorder(List<String> order) {
        for (String code : order) {
            if (!codes.containsKey(code)) {
                throw new IllegalArgumentException("unknown incentive level code " + code);
            }
        }
        List<String> sequence = new ArrayList<>(order);
        codes().stream().map(NomisLevelCode::code).filter(c -> !order.contains(c)).forEach(sequence::add);
        Map<String, NomisLevelCode> renumbered = new LinkedHashMap<>();
        for (int i = 0; i < sequence.size(); i++) {
            NomisLevelCode c = codes.get(sequence.get(i));
            renumbered.put(c.code(), new NomisLevelCode(c.code(), c.description(), c.active(), i + 1,
                    c.expiredDate()));
        }
        codes.clear();
        codes.putAll(renumbered);
    }

    public Optional<PrisonLevel> prisonLevel(String prisonId, String levelCode) {
        return prisonLevels.find(new PrisonLevel.Key(prisonId, levelCode));
    }

    public void putPrisonLevel(PrisonLevel level) {
        prisonLevels.put(level);
    }
}
