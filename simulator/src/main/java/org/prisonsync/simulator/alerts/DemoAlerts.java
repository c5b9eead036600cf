package org.prisonsync.simulator.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.prisonsync.core.alerts.DpsAlertRequest;
import org.prisonsync.core.alerts.NomisAlertRequest;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsDpsApi;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsNomisApi;
import org.prisonsync.simulator.prisoners.DemoPrisoners;

/**
 * The demo prisoners' alerts, standing in NOMIS and DPS as if synchronised before this run (seeded without events, so
 * nothing is synchronised and no mapping is written), so {@code alerts reconcile} has something to check. Three
 * agree; one, {@link DemoPrisoners#MISMATCHED}, is planted out of step: NOMIS has an {@code XA} alert DPS lacks, as if
 * its {@code ALERT-INSERTED} event had been lost. {@code alerts resync --prisoner A1234BC} repairs it.
 */
final class DemoAlerts {
    static final String SEEDED_BY = "DEMO_SEED";

    /** One demo prisoner and the codes of its active alerts on each side. */
    record Demo(String prisonerNumber, List<String> nomisCodes, List<String> dpsCodes) {
    }

    static final List<Demo> PRISONERS = List.of(
            new Demo(DemoPrisoners.MISMATCHED, List.of("HA", "XA"), List.of("HA")),
            new Demo("B5678CD", List.of("XEL"), List.of("XEL")),
            new Demo("C9012DE", List.of("HA", "PEEP"), List.of("HA", "PEEP")),
            new Demo("D3456EF", List.of(), List.of()));

    private DemoAlerts() {
    }

    /** Seeds the alerts on the demo prisoners' current bookings (admitted by the prisoners domain). */
    static void seed(InMemoryAlertsNomisApi nomis, InMemoryAlertsDpsApi dps, Clock clock) {
        LocalDate since = LocalDate.now(clock).minusDays(30);
        for (Demo demo : PRISONERS) {
            String prisoner = demo.prisonerNumber();
            demo.nomisCodes().forEach(code -> nomis.seed(prisoner,
                    new NomisAlertRequest(code, since, null, true, "demo alert", null, SEEDED_BY)));
            demo.dpsCodes().forEach(code -> dps.seed(prisoner,
                    new DpsAlertRequest(code, "demo alert", null, since, null)));
        }
    }
}
