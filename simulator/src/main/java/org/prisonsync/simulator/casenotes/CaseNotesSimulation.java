package org.prisonsync.simulator.casenotes;

import io.javalin.config.RoutesConfig;
import java.util.List;
import org.prisonsync.core.casenotes.inmemory.InMemoryCaseNotesDpsApi;
import org.prisonsync.core.casenotes.inmemory.InMemoryCaseNotesNomisApi;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.SimulatedDomain;
import org.prisonsync.simulator.SimulationContext;
import org.prisonsync.simulator.store.RouteTable;

/**
 * Case notes: NOMIS's case note endpoints and the case notes API's sync endpoints over the in-memory twins, publishing
 * {@code person.case-note.*} to {@value #TO_NOMIS_QUEUE} and {@code OFFENDER_CASE_NOTES-*} to
 * {@value #FROM_NOMIS_QUEUE}. The upstream routes are faultable like every domain's; users' changes on either side
 * are made through {@link #nomis()} and {@link #dps()}; the control routes book prisoners and plant differences
 * without events for the reconciliation, and merge prisoners or move bookings as NOMIS does, raising the
 * prisoner-level event ({@link CaseNoteControlRoutes}).
 */
public final class CaseNotesSimulation implements SimulatedDomain {
    public static final String TO_NOMIS_QUEUE = "casenotestonomis";
    public static final String FROM_NOMIS_QUEUE = "casenotesfromnomis";

    public static final Plugin PLUGIN = Plugin.of(CaseNotesSimulation.class, CaseNotesSimulation::new);

    private final InMemoryCaseNotesNomisApi nomis = new InMemoryCaseNotesNomisApi();
    private final InMemoryCaseNotesDpsApi dps = new InMemoryCaseNotesDpsApi();
    private final RouteTable upstream;
    private final CaseNoteControlRoutes control;

    private CaseNotesSimulation(SimulationContext context) {
        CaseNoteEventPublisher events = new CaseNoteEventPublisher(context.events(), context.clock());
        nomis.onChange(events::onNomisChange);
        dps.onChange(events::onDpsChange);
        upstream = CaseNoteRoutes.table(nomis, dps, context.mapper());
        control = new CaseNoteControlRoutes(nomis, dps, events, context.mapper());
    }

    @Override
    public String name() {
        return "casenotes";
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

    public InMemoryCaseNotesNomisApi nomis() {
        return nomis;
    }

    public InMemoryCaseNotesDpsApi dps() {
        return dps;
    }
}
