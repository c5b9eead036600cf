package org.prisonsync.simulator.prisoners;

import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Optional;
import org.prisonsync.core.prisoners.inmemory.InMemoryActivePrisoners;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsNomisApi;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.SimulatedDomain;
import org.prisonsync.simulator.SimulationContext;
import org.prisonsync.simulator.SimulatorSettings;

/**
 * NOMIS prisoners: their bookings, who is active ({@code GET /prisoners/ids/active}), the prisoner-level changes
 * (new booking, switch, move, merge) with their domain events, and the demo prisoners. Started first: the domains
 * that hang data on a booking build on it. Core keeps NOMIS bookings in the same in-memory store as their alerts
 * ({@link InMemoryAlertsNomisApi}), so that store lives here and the alerts domain works on it.
 */
public final class PrisonersSimulation implements SimulatedDomain {
    /** The faultable route of the active-prisoners page reconciliations read. */
    public static final String ACTIVE_ROUTE = ActivePrisonersRoutes.ACTIVE;

    public static final Plugin PLUGIN = new Plugin() {
        @Override
        public Class<PrisonersSimulation> type() {
            return PrisonersSimulation.class;
        }

        @Override
        public List<String> settingNames() {
            return List.of(DemoPrisoners.SETTING);
        }

        @Override
        public void checkSettings(SimulatorSettings settings) {
            DemoPrisoners.wanted(settings);
        }

        @Override
        public SimulatedDomain start(SimulationContext context) {
            return new PrisonersSimulation(context);
        }
    };

    private final InMemoryAlertsNomisApi nomis;
    private final InMemoryActivePrisoners active = new InMemoryActivePrisoners();
    private final PrisonerEvents events;
    private final boolean demo;
    private final ActivePrisonersRoutes activeRoutes;
    private final PrisonerControlRoutes control;

    private PrisonersSimulation(SimulationContext context) {
        nomis = new InMemoryAlertsNomisApi(context.clock());
        if (context.settings().idBase() > 0) {
            nomis.numberBookingsFrom(context.settings().idBase() + 1);
        }
        events = new PrisonerEvents(context.events(), context.clock());
        demo = DemoPrisoners.wanted(context.settings());
        if (demo) {
            DemoPrisoners.NUMBERS.forEach(this::admit);
        }
        activeRoutes = new ActivePrisonersRoutes(active, nomis);
        control = new PrisonerControlRoutes(nomis, active, events, context.mapper());
    }

    @Override
    public String name() {
        return "prisoners";
    }

    @Override
    public List<String> faultableRoutes() {
        return List.of(ACTIVE_ROUTE);
    }

    @Override
    public void register(RoutesConfig routes, Guard guard) {
        activeRoutes.register(routes, guard);
        control.register(routes);
    }

    /** NOMIS bookings (current first per prisoner), with the alerts on them. */
    public InMemoryAlertsNomisApi nomis() {
        return nomis;
    }

    public InMemoryActivePrisoners active() {
        return active;
    }

    /** The prisoner-level domain events; a domain that consumes them subscribes its queue. */
    public PrisonerEvents events() {
        return events;
    }

    /** Whether the demo prisoners were admitted at start. */
    public boolean demo() {
        return demo;
    }

    /** Admits the prisoner quietly (no event, nothing copied): a new current booking, and active. */
    public long admit(String prisonerNumber) {
        long booking = nomis.newBooking(prisonerNumber, false);
        active.add(prisonerNumber, booking);
        return booking;
    }

    /** The prisoner's current (latest) booking, if it has one. */
    public Optional<Long> currentBooking(String prisonerNumber) {
        return nomis.currentBooking(prisonerNumber);
    }

    /** The prisoner's current booking, as an upstream write on it needs one: 404 when the prisoner has none. */
    public long requireCurrentBooking(String prisonerNumber) {
        return currentBooking(prisonerNumber)
                .orElseThrow(() -> ApiError.notFound("Prisoner " + prisonerNumber + " has no booking"));
    }
}
