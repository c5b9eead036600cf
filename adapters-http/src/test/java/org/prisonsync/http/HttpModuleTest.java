package org.prisonsync.http;

import static org.assertj.core.api.Assertions.assertThat;

import dagger.BindsInstance;
import dagger.Component;
import java.util.Map;
import javax.inject.Singleton;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.core.alerts.AlertsDpsApi;
import org.prisonsync.core.alerts.AlertsNomisApi;
import org.prisonsync.core.visits.VisitsDpsApi;
import org.prisonsync.core.visits.VisitsNomisApi;
import org.prisonsync.http.alerts.AlertsHttp;
import org.prisonsync.http.prisoners.PrisonersHttp;
import org.prisonsync.http.visits.VisitsHttp;

class HttpModuleTest {
    @StartStop
    public final MockWebServer upstream = new MockWebServer();

    /** The smallest component a runner would build: settings in, the domains' modules, ports out. */
    @Singleton
    @Component(modules = {VisitsHttp.class, AlertsHttp.class, PrisonersHttp.class})
    interface TestComponent {
        VisitsNomisApi nomis();

        VisitsDpsApi dps();

        AlertsNomisApi nomisAlerts();

        AlertsDpsApi dpsAlerts();

        ActivePrisoners activePrisoners();

        @Component.Factory
        interface Factory {
            TestComponent create(@BindsInstance HttpSettings settings);
        }
    }

    @Test
    void theModuleWiresSingletonPortsThatReachTheConfiguredUpstreams() throws Exception {
        upstream.enqueue(Wire.json(404, "{}"));
        upstream.enqueue(Wire.json(404, "{}"));
        TestComponent component = DaggerHttpModuleTest_TestComponent.factory().create(HttpSettings.defaults(Map.of(
                "nomis", upstream.url("/nomis").toString(), "visits", upstream.url("/visits").toString())));

        assertThat(component.nomis()).isSameAs(component.nomis());
        assertThat(component.nomis().findVisit(7L)).isEmpty();
        assertThat(component.dps().findVisit("ab-cd-ef-gh")).isEmpty();

        assertThat(upstream.takeRequest().getTarget()).isEqualTo("/nomis/visits/7");
        assertThat(upstream.takeRequest().getTarget()).isEqualTo("/visits/visits/ab-cd-ef-gh");
    }

    @Test
    void theAlertPortsAreWiredToNomisAndToTheAlertsApiUrl() throws Exception {
        upstream.enqueue(Wire.json(404, "{}"));
        upstream.enqueue(Wire.json(404, "{}"));
        upstream.enqueue(Wire.json(200, "{\"content\": [], \"totalElements\": 0}"));
        TestComponent component = DaggerHttpModuleTest_TestComponent.factory().create(HttpSettings.defaults(Map.of(
                "nomis", upstream.url("/nomis").toString(), "visits", upstream.url("/visits").toString()))
                .withApiUrl("alerts", upstream.url("/alerts").toString()));

        assertThat(component.dpsAlerts()).isSameAs(component.dpsAlerts());
        assertThat(component.nomisAlerts().currentBookingAlerts("A1234BC")).isEmpty();
        assertThat(component.dpsAlerts().findAlert("u-1")).isEmpty();
        assertThat(component.activePrisoners().page(0, 5).total()).isZero();

        assertThat(upstream.takeRequest().getTarget()).isEqualTo("/nomis/prisoners/A1234BC/alerts/to-migrate");
        assertThat(upstream.takeRequest().getTarget()).isEqualTo("/alerts/alerts/u-1");
        assertThat(upstream.takeRequest().getTarget()).isEqualTo("/nomis/prisoners/ids/active?page=0&size=5");
    }
}
