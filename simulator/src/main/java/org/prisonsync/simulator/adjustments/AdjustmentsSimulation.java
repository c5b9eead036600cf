package org.prisonsync.simulator.adjustments;

import io.javalin.config.RoutesConfig;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.prisonsync.core.adjustments.LegacyAdjustment;
import org.prisonsync.core.adjustments.NomisAdjustment;
import org.prisonsync.core.adjustments.NomisAdjustmentId;
import org.prisonsync.core.adjustments.NomisAdjustmentRequest;
import org.prisonsync.core.adjustments.inmemory.InMemoryAdjustmentsDpsApi;
import org.prisonsync.core.adjustments.inmemory.InMemoryAdjustmentsNomisApi;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.SimulatedDomain;
import org.prisonsync.simulator.SimulationContext;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;
import org.prisonsync.simulator.store.RouteTable;

/**
 * Sentencing adjustments: the adjustments API's legacy endpoints and NOMIS's adjustment endpoints over core's
 * in-memory twins, publishing both systems' events. What a DPS user does ({@link #dpsCreate} …) publishes with source
 * {@code DPS}; what the sync writes through the legacy endpoints with source {@code NOMIS}. What a NOMIS user does
 * ({@link #nomisCreate} …) publishes with audit module {@code OIDSENAD}; what the sync writes through the prisoner API
 * with {@code DPS_SYNCHRONISATION}. {@link #plantNomisCopy} and {@link #plantDpsCopy} leave a duplicate without an
 * event, as a lost answer or a race leaves one; the control API does the same over HTTP
 * ({@link AdjustmentControlRoutes}).
 */
public final class AdjustmentsSimulation implements SimulatedDomain {
    /** The queue id (prison-sync's) that receives the adjustments API's events. */
    public static final String TO_NOMIS_QUEUE = "tonomisadjustments";
    /** The queue id (prison-sync's) that receives NOMIS's adjustment events. */
    public static final String FROM_NOMIS_QUEUE = "fromnomisadjustments";

    public static final Plugin PLUGIN = Plugin.of(AdjustmentsSimulation.class, AdjustmentsSimulation::new);

    private final InMemoryAdjustmentsDpsApi dps = new InMemoryAdjustmentsDpsApi();
    private final InMemoryAdjustmentsNomisApi nomis;
    private final AdjustmentEvents events;
    private final RouteTable upstream;
    private final AdjustmentControlRoutes control;
    private final PrisonersSimulation prisoners;

    private AdjustmentsSimulation(SimulationContext context) {
        prisoners = context.domain(PrisonersSimulation.class);
        nomis = new InMemoryAdjustmentsNomisApi(context.settings().idBase());
        events = new AdjustmentEvents(context.events(), context.clock());
        AdjustmentRoutes routes = new AdjustmentRoutes(this, context.mapper());
        upstream = RouteTable.of(routes.dpsTable(), routes.nomisTable());
        control = new AdjustmentControlRoutes(this, context.mapper());
    }

    @Override
    public String name() {
        return "adjustments";
    }

    @Override
    public List<String> faultableRoutes() {
        return upstream.faultableRoutes();
    }

    @Override
    public void register(RoutesConfig routes, Guard guard) {
        upstream.register(routes, guard);
        control.register(routes);
    }

    @Override
    public Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("dpsAdjustments", dps.count());
        stats.put("nomisAdjustments", nomis.count());
        return stats;
    }

    public InMemoryAdjustmentsDpsApi dps() {
        return dps;
    }

    public InMemoryAdjustmentsNomisApi nomis() {
        return nomis;
    }

    /** A booking NOMIS knows as the prisoner's latest (sequence 1), at {@code prisonId}. */
    public void admit(long bookingId, String offenderNo, String prisonId) {
        nomis.admit(bookingId, offenderNo, 1, prisonId);
    }

    /**
     * A prisoner admitted (active, as {@code GET /prisoners/ids/active} lists them, so the reconciliation checks
     * them) with a new latest booking NOMIS's adjustment endpoints know: the booking id.
     */
    public long admitActive(String offenderNo, String prisonId) {
        long booking = prisoners.admit(offenderNo);
        admit(booking, offenderNo, prisonId);
        return booking;
    }

    // --- a DPS user, through the adjustments API's own screens: source DPS

    public String dpsCreate(LegacyAdjustment adjustment) {
        String id = UUID.randomUUID().toString();
        dps.put(id, adjustment);
        events.dps("inserted", id, adjustment.offenderNo(), "DPS");
        return id;
    }

    public boolean dpsUpdate(String id, LegacyAdjustment adjustment) {
        boolean done = dps.update(id, adjustment);
        if (done) {
            events.dps("updated", id, adjustment.offenderNo(), "DPS");
        }
        return done;
    }

    public boolean dpsDelete(String id) {
        Optional<LegacyAdjustment> found = dps.find(id);
        boolean done = dps.delete(id);
        if (done) {
            events.dps("deleted", id, found.get().offenderNo(), "DPS");
        }
        return done;
    }

    // --- the sync, through the legacy endpoints: source NOMIS

    String legacyCreate(LegacyAdjustment adjustment) {
        String id = dps.create(adjustment);
        events.dps("inserted", id, adjustment.offenderNo(), "NOMIS");
        return id;
    }

    boolean legacyUpdate(String id, LegacyAdjustment adjustment) {
        boolean done = dps.update(id, adjustment);
        if (done) {
            events.dps("updated", id, adjustment.offenderNo(), "NOMIS");
        }
        return done;
    }

    boolean legacyDelete(String id) {
        Optional<LegacyAdjustment> found = dps.find(id);
        boolean done = dps.delete(id);
        if (done) {
            events.dps("deleted", id, found.get().offenderNo(), "NOMIS");
        }
        return done;
    }

    // --- a NOMIS user, through the NOMIS screens: audit module OIDSENAD

    public NomisAdjustmentId nomisCreate(long bookingId, Long sentenceSequence, NomisAdjustmentRequest request) {
        NomisAdjustmentId id = nomis.plant(bookingId, sentenceSequence, request);
        events.nomis(false, nomis.find(id).orElseThrow(), AdjustmentEvents.NOMIS_SCREEN);
        return id;
    }

    public boolean nomisUpdate(NomisAdjustmentId id, NomisAdjustmentRequest request) {
        boolean done = nomis.update(id, request);
        if (done) {
            events.nomis(false, nomis.find(id).orElseThrow(), AdjustmentEvents.NOMIS_SCREEN);
        }
        return done;
    }

    public boolean nomisDelete(NomisAdjustmentId id) {
        Optional<NomisAdjustment> found = nomis.find(id);
        found.ifPresent(a -> {
            nomis.delete(id);
            events.nomis(true, a, AdjustmentEvents.NOMIS_SCREEN);
        });
        return found.isPresent();
    }

    // --- the sync, through the prisoner API: audit module DPS_SYNCHRONISATION

    NomisAdjustmentId apiCreate(long bookingId, Long sentenceSequence, NomisAdjustmentRequest request) {
        if (nomis.booking(bookingId).isEmpty()) {
            throw ApiError.notFound("Booking " + bookingId + " not found");
        }
        NomisAdjustmentId id = sentenceSequence == null ? nomis.createKeyDateAdjustment(bookingId, request)
                : nomis.createSentenceAdjustment(bookingId, sentenceSequence, request);
        events.nomis(false, nomis.find(id).orElseThrow(), AdjustmentEvents.API_AUDIT_MODULE);
        return id;
    }

    boolean apiUpdate(NomisAdjustmentId id, NomisAdjustmentRequest request) {
        boolean done = nomis.update(id, request);
        if (done) {
            events.nomis(false, nomis.find(id).orElseThrow(), AdjustmentEvents.API_AUDIT_MODULE);
        }
        return done;
    }

    void apiDelete(NomisAdjustmentId id) {
        Optional<NomisAdjustment> found = nomis.find(id);
        found.ifPresent(a -> {
            nomis.delete(id);
            events.nomis(true, a, AdjustmentEvents.API_AUDIT_MODULE);
        });
    }

    // --- planted state, no events

    /** A NOMIS copy of {@code original} (same booking, sentence, type, dates, days), as a lost create answer leaves. */
    public NomisAdjustmentId plantNomisCopy(NomisAdjustmentId original) {
        NomisAdjustment a = nomis.find(original).orElseThrow();
        return nomis.plant(a.bookingId(), a.sentenceSequence(), new NomisAdjustmentRequest(a.adjustmentType(),
                a.adjustmentDate(), a.adjustmentFromDate(), a.adjustmentDays(), a.comment(), a.active(), null));
    }

    /** A DPS adjustment nobody published an event for (made while the event was lost): its id. */
    public String plantDps(LegacyAdjustment adjustment) {
        String id = UUID.randomUUID().toString();
        dps.put(id, adjustment);
        return id;
    }

    /** A DPS copy of {@code original}, as two threads creating one DPS adjustment leave (seed 002): its id. */
    public String plantDpsCopy(String original) {
        String id = UUID.randomUUID().toString();
        dps.put(id, dps.find(original).orElseThrow());
        return id;
    }

    /** A DPS adjustment in NOMIS's shape, for the simulator's callers. */
    public static LegacyAdjustment legacy(long bookingId, Integer sentenceSequence, String offenderNo, String type,
                                          int days) {
        return new LegacyAdjustment(bookingId, sentenceSequence, offenderNo, type, LocalDate.now(),
                LocalDate.now().minusDays(days), days, null, true, false, "MDI", true);
    }
}
