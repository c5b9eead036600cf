package org.prisonsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.prisonsync.simulator.adjudications.AdjudicationsSimulation;
import org.prisonsync.simulator.courtsentencing.CourtSentencingSimulation;
import org.prisonsync.simulator.adjustments.AdjustmentsSimulation;
import org.prisonsync.simulator.appointments.AppointmentsSimulation;
import org.prisonsync.simulator.casenotes.CaseNotesSimulation;
import org.prisonsync.simulator.contacts.ContactsSimulation;
import org.prisonsync.simulator.finance.FinanceSimulation;
import org.prisonsync.simulator.incentives.IncentivesSimulation;
import org.prisonsync.simulator.nonassociations.NonAssociationsSimulation;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;

/** Every listed domain is started, in order, and reachable by its type. */
class SimulatedDomainsIT {

    @Test
    void everyListedDomainIsStartedInOrderAndFoundByItsType() {
        try (RunningSimulator sim = new RunningSimulator()) {
            assertThat(sim.get("/simulator/stats").json().get("domains")).asList()
                    .containsExactly("prisoners", "locations", "visits", "alerts", "movements", "incentives",
                            "activities", "appointments", "non-associations", "adjustments", "adjudications",
                            "courtsentencing", "finance", "casenotes", "contacts");
            assertThat(SimulatedDomains.all()).extracting(SimulatedDomain.Plugin::type)
                    .startsWith(PrisonersSimulation.class).endsWith(AdjustmentsSimulation.class, AdjudicationsSimulation.class,
                            CourtSentencingSimulation.class, FinanceSimulation.class, CaseNotesSimulation.class,
                            ContactsSimulation.class)
                    .contains(AppointmentsSimulation.class, NonAssociationsSimulation.class);
            PrisonersSimulation prisoners = sim.simulator.domain(PrisonersSimulation.class);
            prisoners.admit("A1234BC");
            assertThat(sim.simulator.activePrisoners().page(0, 10).prisonerNumbers()).containsExactly("A1234BC");
            assertThat(sim.simulator.domain(IncentivesSimulation.class).dps().levels(false)).isNotEmpty();
            assertThat(sim.simulator.domain(NonAssociationsSimulation.class).dps().list()).isEmpty();
            assertThat(sim.simulator.domain(AdjudicationsSimulation.class).dps().count()).isZero();
            assertThat(sim.simulator.domain(CourtSentencingSimulation.class).nomis().caseCount()).isZero();
        }
    }
}
