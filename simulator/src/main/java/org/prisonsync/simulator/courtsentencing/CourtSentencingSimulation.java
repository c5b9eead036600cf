package org.prisonsync.simulator.courtsentencing;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.adjustments.inmemory.InMemoryAdjustmentsNomisApi;
import org.prisonsync.core.courtsentencing.inmemory.DpsRecords;
import org.prisonsync.core.courtsentencing.inmemory.InMemoryCourtSentencingDpsApi;
import org.prisonsync.core.courtsentencing.inmemory.InMemoryCourtSentencingNomisApi;
import org.prisonsync.simulator.DomainEvents;
import org.prisonsync.simulator.EventPublisher;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.SimulatedDomain;
import org.prisonsync.simulator.SimulationContext;
import org.prisonsync.simulator.adjustments.AdjustmentsSimulation;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;
import org.prisonsync.simulator.store.RouteTable;

/**
 * Court sentencing: DPS remand and sentencing's legacy endpoints and NOMIS's court sentencing endpoints over core's
 * in-memory twins, NOMIS cloning a case of an earlier booking onto the latest when an appearance or a recall touches
 * it (seed 000), its sentence adjustments kept in (and copied within) the adjustments simulation's NOMIS tables, so
 * the clone's adjustments are read at NOMIS's adjustment endpoints and created at DPS adjustments' legacy ones. What a DPS user does ({@link #dpsChange}) stores the records and publishes upstream's event (with
 * {@code personReference} and {@code source: DPS}) on {@value #TO_NOMIS_QUEUE}; every route is faultable through the
 * control API like any other domain's. {@link #nomis()} and {@link #dps()} plant state without events.
 */
public final class CourtSentencingSimulation implements SimulatedDomain {
    /** The queue id (prison-sync's) that receives remand and sentencing's events. */
    public static final String TO_NOMIS_QUEUE = "tonomiscourtsentencing";

    public static final Plugin PLUGIN = Plugin.of(CourtSentencingSimulation.class, CourtSentencingSimulation::new);
    /** Where a booking NOMIS's adjustment tables learn of from a court case is held. */
    private static final String PRISON = "MDI";

    private final InMemoryCourtSentencingDpsApi dps = new InMemoryCourtSentencingDpsApi();
    private final InMemoryCourtSentencingNomisApi nomis;
    private final EventPublisher publisher;
    private final Clock clock;
    private final PrisonersSimulation prisoners;
    private final RouteTable upstream;

    private CourtSentencingSimulation(SimulationContext context) {
        prisoners = context.domain(PrisonersSimulation.class);
        nomis = new InMemoryCourtSentencingNomisApi(context.settings().idBase() + 600_000);
        // NOMIS keeps a sentence's adjustments in its adjustments tables: a clone's copies are read there
        InMemoryAdjustmentsNomisApi tables = context.domain(AdjustmentsSimulation.class).nomis();
        nomis.keepAdjustmentsIn(new InMemoryCourtSentencingNomisApi.AdjustmentTables() {
            @Override
            public long plant(String offenderNo, long bookingId, long sentenceSequence, LocalDate from, int days) {
                return tables.plantRemand(offenderNo, bookingId, sentenceSequence, from, days, PRISON);
            }

            @Override
            public long copy(long adjustmentId, String offenderNo, long bookingId, long sentenceSequence) {
                return tables.copySentenceAdjustment(adjustmentId, offenderNo, bookingId, sentenceSequence, PRISON);
            }
        });
        publisher = context.events();
        clock = context.clock();
        CourtSentencingRoutes routes = new CourtSentencingRoutes(this, context.mapper());
        upstream = RouteTable.of(routes.dpsTable(), routes.nomisTable());
    }

    @Override
    public String name() {
        return "courtsentencing";
    }

    @Override
    public List<String> faultableRoutes() {
        return upstream.faultableRoutes();
    }

    @Override
    public void register(RoutesConfig routes, Guard guard) {
        upstream.register(routes, guard);
    }

    @Override
    public Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("nomisCourtCases", nomis.caseCount());
        return stats;
    }

    public InMemoryCourtSentencingDpsApi dps() {
        return dps;
    }

    public InMemoryCourtSentencingNomisApi nomis() {
        return nomis;
    }

    /** A prisoner admitted on a new booking, which becomes the latest NOMIS files cases on: the booking id. */
    public long admit(String offenderNo) {
        long booking = prisoners.admit(offenderNo);
        nomis.admit(offenderNo, booking);
        return booking;
    }

    /**
     * A DPS user changes court sentencing: the records are stored (none for a deletion, whose records are removed
     * by {@code removed}) and {@code eventType} is published with {@code ids} (upstream's {@code courtCaseId},
     * {@code courtAppearanceId} …) as its {@code additionalInformation}.
     */
    public void dpsChange(String eventType, String offenderNo, Map<String, Object> ids, List<Object> records,
                          List<String> removed) {
        records.forEach(r -> DpsRecords.put(dps, r));
        removed.forEach(dps::remove);
        Map<String, Object> info = new LinkedHashMap<>(ids);
        info.put("source", "DPS");
        publisher.publish(TO_NOMIS_QUEUE, eventType, DomainEvents.aboutPrisoner(DomainEvents.domainEvent(eventType,
                "1", "A court sentencing record changed", clock, info), offenderNo));
    }
}
