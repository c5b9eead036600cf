package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.alerts.DpsAlert;
import org.prisonsync.core.alerts.DpsAlertRequest;
import org.prisonsync.core.alerts.NomisAlert;
import org.prisonsync.core.alerts.NomisAlertRequest;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsDpsApi;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsNomisApi;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.simulator.Simulator;

/**
 * Issue 5 on the running service: alerts created on either side arrive on the other over SQS and HTTP with a
 * mapping and are not echoed back; a merge in NOMIS resynchronises both prisoners' DPS alerts (ADR004); the repair
 * endpoint plans before it writes.
 */
class AlertsEndToEndIT {
    @TempDir
    static Path data;
    static PrisonSyncService service;
    static Simulator simulator;
    static RecordingTelemetry telemetry = new RecordingTelemetry();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        service = PrisonSyncService.start(ServiceConfig.from(ServiceFixture.embeddedEnv(data)), telemetry);
        simulator = service.simulator().orElseThrow();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void alertsCrossBothWaysWithMappingsAndNoEcho() {
        InMemoryAlertsNomisApi nomis = simulator.nomisAlerts();
        InMemoryAlertsDpsApi dps = simulator.dpsAlerts();
        nomis.newBooking("A1111AA", false);

        DpsAlert fromDps = dps.createByDpsUser("A1111AA", new DpsAlertRequest("HPI", "high public interest", "OFFICER",
                LocalDate.now(), null), "DPS_USER");
        ServiceFixture.await("the DPS alert in NOMIS, mapped", Duration.ofSeconds(30), () ->
                service.core().mappings().findByDpsId("ALERT", fromDps.alertUuid()).isPresent());
        assertThat(codes(nomis.currentBookingAlerts("A1111AA"))).containsExactly("HPI");

        nomis.createByNomisUser("A1111AA", new NomisAlertRequest("XA", LocalDate.now(), null, true, "arsonist",
                "OFFICER", "NOMIS_USER"));
        ServiceFixture.await("the NOMIS alert in DPS", Duration.ofSeconds(30), () ->
                dps.alertsOf("A1111AA").stream().anyMatch(a -> a.alertCode().equals("XA")));

        // let any echo arrive: none may create anything more on either side
        ServiceFixture.await("quiet queues", Duration.ofSeconds(30), () -> quiet());
        assertThat(codes(nomis.currentBookingAlerts("A1111AA"))).containsExactlyInAnyOrder("HPI", "XA");
        assertThat(dps.alertsOf("A1111AA")).extracting(DpsAlert::alertCode).containsExactlyInAnyOrder("HPI", "XA");
        assertThat(service.core().mappings().findByPrisoner("ALERT", "A1111AA")).hasSize(2);
    }

    @Test
    void aMergeInNomisLeavesDpsWithNomisCurrentBookingAlertsForBothPrisoners() throws Exception {
        InMemoryAlertsNomisApi nomis = simulator.nomisAlerts();
        nomis.newBooking("B2222BB", false);
        nomis.newBooking("C3333CC", false);
        nomis.createByNomisUser("B2222BB", new NomisAlertRequest("HA", LocalDate.now(), null, true, "c", "O", "U"));
        nomis.createByNomisUser("C3333CC", new NomisAlertRequest("XEL", LocalDate.now(), null, true, "c", "O", "U"));
        ServiceFixture.await("both alerts in DPS", Duration.ofSeconds(30), () ->
                simulator.dpsAlerts().alertsOf("B2222BB").size() == 1
                        && simulator.dpsAlerts().alertsOf("C3333CC").size() == 1);

        HttpResponse<String> merged = post(simulator.baseUrl() + "/simulator/nomis/prisoners/B2222BB/merge",
                "{\"removedOffenderNo\":\"C3333CC\"}");
        assertThat(merged.statusCode()).as(merged.body()).isBetween(200, 204);

        Set<String> expected = codes(nomis.currentBookingAlerts("B2222BB"));
        ServiceFixture.await("DPS holds NOMIS's current-booking alerts for both", Duration.ofSeconds(30), () ->
                activeCodes("B2222BB").equals(expected) && activeCodes("C3333CC").isEmpty()
                        && service.core().mappings().findByPrisoner("ALERT", "B2222BB").size() == expected.size());
        assertThat(service.core().mappings().findByPrisoner("ALERT", "B2222BB")).hasSize(expected.size());
        assertThat(service.core().mappings().findByPrisoner("ALERT", "C3333CC")).isEmpty();

        HttpResponse<String> plan = post("http://127.0.0.1:" + service.port()
                + "/prisoners/B2222BB/alerts/resynchronise?dryRun=true", "");
        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(plan.body()).get("status").asText()).isIn("PLANNED", "NOTHING_TO_DO");
    }

    private static boolean quiet() {
        return service.core().queueAdmin().status().stream()
                .allMatch(q -> q.messagesOnQueue() == 0 && q.messagesInFlight() == 0);
    }

    private static Set<String> codes(List<NomisAlert> alerts) {
        return alerts.stream().filter(NomisAlert::active).map(NomisAlert::alertCode).collect(Collectors.toSet());
    }

    private static Set<String> activeCodes(String prisoner) {
        return simulator.dpsAlerts().alertsOf(prisoner).stream().filter(DpsAlert::active).map(DpsAlert::alertCode)
                .collect(Collectors.toSet());
    }

    private static HttpResponse<String> post(String url, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
