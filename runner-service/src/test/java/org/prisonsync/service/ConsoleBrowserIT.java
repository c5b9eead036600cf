package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.VisitsDomain;
import org.prisonsync.core.visits.VisitsSync;
import org.prisonsync.simulator.Faults;
import org.prisonsync.simulator.Simulator;
import org.prisonsync.simulator.incentives.IncentiveGenerator;
import org.prisonsync.simulator.incentives.IncentivesSimulation;
import org.prisonsync.simulator.visits.VisitGenerator;

/**
 * Issue 17's browser tests: headless Chromium drives the console served by the embedded service as an operator
 * would — start a migration and watch it complete, open a dead-lettered message and retry it, run a reconciliation
 * with planted mismatches and repair one after its dry run, and read a prisoner's trail. Every check reads the
 * systems behind the page too (the simulator, the mappings), so a page that only looks right fails.
 */
class ConsoleBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;
    static PrisonSyncService service;
    static ServiceConfig config;
    static Simulator simulator;
    static HeadlessChromium browser;
    static String base;

    @BeforeAll
    static void start() {
        browser = HeadlessChromium.start();
        Map<String, String> env = ServiceFixture.embeddedEnv(data);
        env.put("DEMO_PRISONERS", "false");
        config = ServiceConfig.from(env);
        service = PrisonSyncService.start(config);
        simulator = service.simulator().orElseThrow();
        base = "http://127.0.0.1:" + service.port() + "/console";
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void startAVisitsMigrationFromThePage_previewFirst_andWatchItComplete() throws Exception {
        VisitGenerator.Generated generated = simulator.generateNomisVisits(120, 17, List.of("BXI"));
        for (String room : VisitGenerator.rooms("BXI")) {
            HttpResponse<String> mapped = post("/migrate/visits/rooms/mappings/BXI",
                    Map.of("nomisRoomDescription", room, "vsipId", "dps-" + room, "isOpen", !room.endsWith("-CLOSED")));
            assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(201);
        }
        browser.open(base + "#migrations");
        WebElement card = browser.awaitElement("section.migration[data-type='VISITS']");
        card.findElement(By.cssSelector("input[data-param='prisonIds']")).sendKeys("BXI");
        card.findElement(By.cssSelector("button.preview")).click();
        browser.awaitElement("section.migration[data-type='VISITS'] .preview-result");
        long estimated = JSON.readTree(post("/migrate/visits/preview", Map.of("prisonIds", List.of("BXI"))).body())
                .get("estimatedCount").asLong();
        assertThat(estimated).isPositive();
        assertThat(card.findElement(By.cssSelector(".preview-result")).getText())
                .contains("About " + estimated + " visits would be migrated");

        card.findElement(By.cssSelector("button.start")).click();
        String started = browser.awaitElement("section.migration[data-type='VISITS'] .started").getText();
        String migrationId = started.replaceAll("^Started migration (\\S+) .*$", "$1");
        browser.screenshot("migrations-running");
        WebElement row = browser.await("the run to show as completed", d -> {
            WebElement r = d.findElement(By.cssSelector("tr[data-migration-id='" + migrationId + "']"));
            return "COMPLETED".equals(r.getAttribute("data-status")) ? r : null;
        });
        long mapped = service.core().mappings().countByLabel(VisitsSync.ENTITY_TYPE, migrationId);
        assertThat(mapped).as("what the page says is what was mapped")
                .isEqualTo(Long.parseLong(row.findElement(By.cssSelector(".migrated")).getText()))
                .isGreaterThanOrEqualTo(generated.generated() / 2);
        browser.screenshot("migrations");
    }

    @Test
    void aDeadLetteredVisitIsOpenedWithItsReason_retriedFromThePage_andSyncsIntoTheTrail() throws Exception {
        QueueDefinition visits = service.core().queues().byId(VisitsDomain.TO_NOMIS.id());
        simulator.faults().set("POST /prisoners/{offenderNo}/visits", Faults.FaultRule.errors(1.0, 500));
        DpsVisit visit = simulator.dpsVisits().book(ServiceFixture.dpsVisit("console-dlq-1", 7301));
        // counted from the queue's attributes: reading the DLQ would hide the message for a second
        ServiceFixture.await("the visit dead-lettered", Duration.ofSeconds(60), () -> onDlq(visits) == 1);
        simulator.faults().clear();

        browser.open(base + "#queues");
        browser.click("tr[data-queue='" + visits.queueName() + "'] button.open-dlq");
        WebElement message = browser.awaitElement("#dlq-view .dlq-message");
        assertThat(message.findElement(By.cssSelector(".failure-reason")).getText()).contains("500");
        assertThat(message.findElement(By.cssSelector(".dlq-body")).getText()).contains("prison-visit.booked");
        browser.screenshot("queues-dlq");

        browser.click("#dlq-view button.retry-dlq");
        browser.awaitElement("#dlq-result .confirm");
        assertThat(onDlq(visits)).as("nothing moves before the confirmation").isEqualTo(1);
        browser.click("#dlq-result button.confirm-yes");
        browser.awaitText("1 message(s) moved back to " + visits.queueName());
        ServiceFixture.await("the retried visit mapped", Duration.ofSeconds(30), () -> service.core().mappings()
                .findByDpsId(VisitsSync.ENTITY_TYPE, visit.reference()).isPresent());
        browser.await("the DLQ count to drop to 0", d -> d.findElement(By.cssSelector(
                "tr[data-queue='" + visits.queueName() + "'] .dlq-count")).getText().equals("0"));

        browser.open(base + "#trail");
        browser.awaitElement("#trail-prisoner").sendKeys("a7301bc");
        browser.click("#trail-form button[type='submit']");
        browser.await("the visit's success in the trail", d -> d.findElements(
                By.cssSelector("#trail-result tr[data-event='visit-create-success']")).size() == 1);
        List<String> events = browser.driver().findElements(By.cssSelector("#trail-result tr.trail-entry")).stream()
                .map(e -> e.getAttribute("data-event")).toList();
        assertThat(events).as("the failures, then the retried sync, oldest first")
                .contains("prison-visit.booked-sent-to-dlq")
                .endsWith("received", "claimed", "dps-read", "nomis-written", "mapping-written",
                        "visit-create-success");
        assertThat(browser.driver().getCurrentUrl()).as("a trail can be linked to").endsWith("#trail/A7301BC");
        browser.screenshot("trail");
    }

    @Test
    void aReconciliationRunFromThePageShowsThePlantedMismatches_andItsRepairIsADryRunFirst() {
        IncentiveGenerator.Generated generated = simulator.domain(IncentivesSimulation.class).generate(40, 5, 4);
        Map<String, String> planted = generated.mismatches().stream().collect(Collectors.toMap(
                IncentiveGenerator.Planted::prisonerNumber, IncentiveGenerator.Planted::likelyWrong));
        String nomisWrong = planted.entrySet().stream().filter(e -> e.getValue().equals("NOMIS")).findFirst()
                .orElseThrow().getKey();

        browser.open(base + "#reconciliations");
        String card = "section.reconciliation[data-name='incentives']";
        browser.click(card + " button.run-now");
        WebElement run = browser.await("a completed run", d -> {
            WebElement r = d.findElement(By.cssSelector(card + " .runs tbody tr"));
            return "COMPLETED".equals(r.getAttribute("data-status")) ? r : null;
        });
        run.findElement(By.cssSelector("button.show-run")).click();
        browser.await("the run's mismatches", d -> d.findElements(By.cssSelector("#run-view tr.mismatch")).size()
                == planted.size());
        Map<String, String> shown = browser.driver().findElements(By.cssSelector("#run-view tr.mismatch")).stream()
                .collect(Collectors.toMap(r -> r.getAttribute("data-key"),
                        r -> r.findElements(By.tagName("td")).get(3).getText()));
        assertThat(shown).as("exactly the planted mismatches, each with the side likely wrong").isEqualTo(planted);
        browser.screenshot("reconciliations");

        browser.click("#run-view tr.mismatch[data-key='" + nomisWrong + "'] button.repair-one");
        WebElement dryRun = browser.awaitElement("#run-view .dry-run");
        assertThat(dryRun.getText()).contains(nomisWrong);
        assertThat(mismatchesNow()).as("a dry run changes nothing").contains(nomisWrong);
        browser.screenshot("reconciliation-repair-dry-run");

        browser.click("#run-view button.apply-repair");
        assertThat(browser.awaitElement("#run-view .repair-applied").getText()).contains(nomisWrong + ": REPAIRED");
        assertThat(mismatchesNow()).as("the repair put NOMIS right").doesNotContain(nomisWrong)
                .hasSize(planted.size() - 1);
    }

    @Test
    void thePageAndItsCatalogueComeFromTheServiceAlone_andTheCatalogueListsEveryDomainsParts() throws Exception {
        HttpResponse<String> page = ServiceFixture.http("GET", base);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'");
        assertThat(page.body()).doesNotContain("http://", "https://");
        JsonNode catalogue = JSON.readTree(ServiceFixture.http("GET", base + "/catalogue").body());
        assertThat(catalogue.get("authEnabled").asBoolean()).isFalse();
        assertThat(catalogue.get("queues")).hasSize(service.core().queues().all().size());
        assertThat(names(catalogue.get("reconciliations"), "name")).contains("incentives", "alerts");
        assertThat(names(catalogue.get("migrations"), "name")).contains("VISITS");
        assertThat(names(catalogue.get("operations"), "name")).contains("events", "reconciliation-repair");

        browser.open(base + "#operations");
        browser.awaitElement("details[data-operation='reconciliation-repair']");
        assertThat(browser.driver().findElements(By.cssSelector("details.op"))).hasSize(
                catalogue.get("operations").size());
        browser.screenshot("operations");
        browser.open(base + "#about");
        assertThat(browser.awaitElement("#build-version").getText()).isEqualTo(config.version());
        browser.screenshot("about");
        browser.open(base + "#duplicates");
        browser.awaitElement("#duplicates p, #duplicates table");
        browser.screenshot("duplicates");
        browser.open(base + "#queues");
        browser.awaitElement("table#queues");
        browser.screenshot("queues");
    }

    private static long onDlq(QueueDefinition queue) {
        return service.core().queueAdmin().status().stream().filter(q -> q.queueName().equals(queue.queueName()))
                .findFirst().orElseThrow().messagesOnDlq();
    }

    private static List<String> names(JsonNode list, String field) {
        return java.util.stream.StreamSupport.stream(list.spliterator(), false).map(n -> n.get(field).asText())
                .toList();
    }

    private static List<String> mismatchesNow() {
        var run = service.core().reconciliations().run("incentives",
                org.prisonsync.core.reconciliation.ReconciliationParameters.none());
        return service.core().reconciliations().mismatches(run.id()).stream()
                .map(org.prisonsync.core.reconciliation.Mismatch::key).toList();
    }

    private static HttpResponse<String> post(String path, Object body) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + service.port() + path))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
