package org.prisonsync.wiring;

import dagger.Module;
import org.prisonsync.wiring.activities.ActivitiesWiring;
import org.prisonsync.wiring.appointments.AppointmentsWiring;
import org.prisonsync.wiring.adjudications.AdjudicationsWiring;
import org.prisonsync.wiring.courtsentencing.CourtSentencingWiring;
import org.prisonsync.wiring.adjustments.AdjustmentsWiring;
import org.prisonsync.wiring.alerts.AlertsWiring;
import org.prisonsync.wiring.casenotes.CaseNotesWiring;
import org.prisonsync.wiring.contacts.ContactsWiring;
import org.prisonsync.wiring.finance.FinanceWiring;
import org.prisonsync.wiring.incentives.IncentivesWiring;
import org.prisonsync.wiring.movements.MovementsWiring;
import org.prisonsync.wiring.nonassociations.NonAssociationsWiring;
import org.prisonsync.wiring.visits.VisitsWiring;

/** Every installed domain: adding a domain is adding its wiring module here, one line. */
@Module(includes = {
    VisitsWiring.class,
    AlertsWiring.class,
    MovementsWiring.class,
    IncentivesWiring.class,
    ActivitiesWiring.class,
    AppointmentsWiring.class,
    NonAssociationsWiring.class,
    AdjustmentsWiring.class,
    AdjudicationsWiring.class,
    CourtSentencingWiring.class,
    FinanceWiring.class,
    CaseNotesWiring.class,
    ContactsWiring.class,
})
public final class Domains {
    private Domains() {
    }
}
