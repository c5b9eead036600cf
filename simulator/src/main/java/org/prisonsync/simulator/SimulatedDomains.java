package org.prisonsync.simulator;

import java.util.List;
import org.prisonsync.simulator.adjudications.AdjudicationsSimulation;
import org.prisonsync.simulator.courtsentencing.CourtSentencingSimulation;
import org.prisonsync.simulator.adjustments.AdjustmentsSimulation;
import org.prisonsync.simulator.finance.FinanceSimulation;
import org.prisonsync.simulator.activities.ActivitiesSimulation;
import org.prisonsync.simulator.appointments.AppointmentsSimulation;
import org.prisonsync.simulator.casenotes.CaseNotesSimulation;
import org.prisonsync.simulator.contacts.ContactsSimulation;
import org.prisonsync.simulator.alerts.AlertsSimulation;
import org.prisonsync.simulator.incentives.IncentivesSimulation;
import org.prisonsync.simulator.locations.LocationsSimulation;
import org.prisonsync.simulator.movements.MovementsSimulation;
import org.prisonsync.simulator.nonassociations.NonAssociationsSimulation;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;
import org.prisonsync.simulator.visits.VisitsSimulation;

/** Every domain the simulator serves, in start order: a domain comes after those it builds on. */
public final class SimulatedDomains {
    private SimulatedDomains() {
    }

    public static List<SimulatedDomain.Plugin> all() {
        return List.of(
                PrisonersSimulation.PLUGIN,
                LocationsSimulation.PLUGIN,
                VisitsSimulation.PLUGIN,
                AlertsSimulation.PLUGIN,
                MovementsSimulation.PLUGIN,
                IncentivesSimulation.PLUGIN,
                ActivitiesSimulation.PLUGIN,
                AppointmentsSimulation.PLUGIN,
                NonAssociationsSimulation.PLUGIN,
                AdjustmentsSimulation.PLUGIN,
                AdjudicationsSimulation.PLUGIN,
                CourtSentencingSimulation.PLUGIN,
                FinanceSimulation.PLUGIN,
                CaseNotesSimulation.PLUGIN,
                ContactsSimulation.PLUGIN);
    }
}
