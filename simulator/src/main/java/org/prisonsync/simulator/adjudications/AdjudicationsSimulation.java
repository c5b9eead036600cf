package org.prisonsync.simulator.adjudications;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.prisonsync.core.adjudications.DpsCharge;
import org.prisonsync.core.adjudications.inmemory.InMemoryAdjudicationsDpsApi;
import org.prisonsync.core.adjudications.inmemory.InMemoryAdjudicationsNomisApi;
import org.prisonsync.simulator.DomainEvents;
import org.prisonsync.simulator.EventPublisher;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.SimulatedDomain;
import org.prisonsync.simulator.SimulationContext;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;
import org.prisonsync.simulator.store.RouteTable;

/**
 * Adjudications: the DPS adjudications API ({@code /reported-adjudications/…}) and NOMIS's adjudication endpoints
 * over core's in-memory twins. What a DPS user does ({@link #dpsReport}, {@link #dpsChange}) publishes upstream's
 * {@code adjudication.*} event on {@value #TO_NOMIS_QUEUE}; NOMIS deletes a hearing with every charge's result and
 * awards on it (seed 000's cascade, the twin's). {@link #nomis()} and {@link #dps()} plant state without events.
 */
public final class AdjudicationsSimulation implements SimulatedDomain {
    /** The queue id (prison-sync's) that receives the adjudications API's events. */
    public static final String TO_NOMIS_QUEUE = "tonomisadjudications";

    public static final Plugin PLUGIN = Plugin.of(AdjudicationsSimulation.class, AdjudicationsSimulation::new);

    private final InMemoryAdjudicationsDpsApi dps = new InMemoryAdjudicationsDpsApi();
    private final InMemoryAdjudicationsNomisApi nomis;
    private final EventPublisher publisher;
    private final java.time.Clock clock;
    private final PrisonersSimulation prisoners;
    private final RouteTable upstream;

    private AdjudicationsSimulation(SimulationContext context) {
        prisoners = context.domain(PrisonersSimulation.class);
        nomis = new InMemoryAdjudicationsNomisApi(context.clock(), context.settings().idBase());
        publisher = context.events();
        clock = context.clock();
        AdjudicationRoutes routes = new AdjudicationRoutes(this, context.mapper());
        upstream = RouteTable.of(routes.dpsTable(), routes.nomisTable());
    }

    @Override
    public String name() {
        return "adjudications";
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
        stats.put("dpsAdjudications", dps.count());
        stats.put("nomisAdjudications", nomis.count());
        stats.put("nomisAwards", nomis.awardCount());
        return stats;
    }

    public InMemoryAdjudicationsDpsApi dps() {
        return dps;
    }

    public InMemoryAdjudicationsNomisApi nomis() {
        return nomis;
    }

    /** A prisoner admitted (active) whose new booking NOMIS files adjudications on: the booking id. */
    public long admitActive(String offenderNo) {
        long booking = prisoners.admit(offenderNo);
        nomis.admit(offenderNo, booking);
        return booking;
    }

    /** A DPS user reports an adjudication: stored and {@code adjudication.report.created} published. */
    public void dpsReport(DpsCharge charge, long bookingId) {
        dps.put(charge, bookingId);
        publish("adjudication.report.created", charge, null);
    }

    /** A DPS user changes an adjudication: stored and {@code eventType} published (with the hearing it names). */
    public void dpsChange(String chargeNumber, String eventType, Long hearingId, UnaryOperator<DpsCharge> change) {
        if (!dps.update(chargeNumber, change)) {
            throw new IllegalArgumentException("DPS has no adjudication " + chargeNumber);
        }
        publish(eventType, dps.charge(chargeNumber).orElseThrow(), hearingId);
    }

    private void publish(String eventType, DpsCharge charge, Long hearingId) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("chargeNumber", charge.chargeNumber());
        info.put("prisonId", charge.originatingAgencyId());
        info.put("prisonerNumber", charge.prisonerNumber());
        if (hearingId != null) {
            info.put("hearingId", hearingId);
        }
        publisher.publish(TO_NOMIS_QUEUE, eventType, DomainEvents.domainEvent(eventType, "1",
                "An adjudication changed", clock, info));
    }
}
