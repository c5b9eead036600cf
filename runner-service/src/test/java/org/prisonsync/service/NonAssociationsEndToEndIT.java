package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.nonassociations.DpsNonAssociation;
import org.prisonsync.core.nonassociations.NomisNonAssociation;
import org.prisonsync.core.nonassociations.NonAssociationsDomain;
import org.prisonsync.core.nonassociations.NonAssociationsSync;
import org.prisonsync.simulator.Simulator;
import org.prisonsync.simulator.nonassociations.NonAssociationsSimulation;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;

/**
 * Issue 13's non-associations on the running service over SQS and HTTP: every event type delivered three times, two
 * copies at once, leaves one NOMIS record and the right mapping; the merge where both prisoners held a
 * non-association with one third party is settled by the sync; the reconciliation of simulated pairs reports exactly
 * the planted differences; its repair after a dry run leaves the next run clean; the repairs and bad input over HTTP;
 * a bad message is dead-lettered with its reason.
 */
class NonAssociationsEndToEndIT {
    @TempDir
    static Path data;
    static PrisonSyncService service;
    static Simulator simulator;
    static NonAssociationsSimulation nonAssociations;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration WAIT = Duration.ofSeconds(30);
    /**
     * A delivery that meets another's create claim comes back after the claim's lease (30 s) plus a second, so the
     * queues are quiet only after that: waiting 30 s for them failed whenever two deliveries raced.
     */
    static final Duration QUIET = Duration.ofSeconds(90);

    @BeforeAll
    static void start() {
        Map<String, String> env = ServiceFixture.embeddedEnv(data);
        env.put("DEMO_PRISONERS", "false");
        service = PrisonSyncService.start(ServiceConfig.from(env));
        simulator = service.simulator().orElseThrow();
        nonAssociations = simulator.domain(NonAssociationsSimulation.class);
        base = "http://127.0.0.1:" + service.port();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void everyEventTypeThreeTimesTwoAtOnceLeavesOneNomisRecordAndTheRightMapping() {
        // made in DPS without its event, then the event three times, two of them at once
        DpsNonAssociation na = nonAssociations.dps().create("W1000NA", "VICTIM", "V1000NA", "PERPETRATOR",
                "BULLYING", "CELL", "keep apart", java.time.LocalDateTime.now().withNano(0));
        simulator.domain(org.prisonsync.simulator.prisoners.PrisonersSimulation.class).admit("W1000NA");
        simulator.domain(org.prisonsync.simulator.prisoners.PrisonersSimulation.class).admit("V1000NA");
        deliverThrice("non-associations.created", na.id());
        ServiceFixture.await("the non-association mapped", WAIT, () -> mapping(na.id()).isPresent());
        ServiceFixture.await("quiet queues", QUIET, NonAssociationsEndToEndIT::quiet);
        assertThat(nomis("V1000NA", "W1000NA")).singleElement()
                .satisfies(r -> assertThat(r.type()).isEqualTo("CELL"));
        assertThat(mapping(na.id())).hasValueSatisfying(m -> {
            assertThat(m.nomisId()).isEqualTo("V1000NA:W1000NA:1");
            assertThat(m.mappingType()).isEqualTo("NON_ASSOCIATION_CREATED");
        });

        nonAssociations.dps().amend(na.id(), old -> new DpsNonAssociation(old.id(), old.firstPrisonerNumber(),
                old.firstPrisonerRole(), old.secondPrisonerNumber(), old.secondPrisonerRole(), old.reason(), "WING",
                "moved wings", old.authorisedBy(), old.whenCreated(), old.whenUpdated(), old.updatedBy(), false,
                null));
        deliverThrice("non-associations.amended", na.id());
        ServiceFixture.await("NOMIS amended", WAIT, () -> nomis("V1000NA", "W1000NA").get(0).type().equals("WING"));
        ServiceFixture.await("quiet queues", QUIET, NonAssociationsEndToEndIT::quiet);
        assertThat(nomis("V1000NA", "W1000NA")).singleElement()
                .satisfies(r -> assertThat(r.comment()).isEqualTo("moved wings"));

        nonAssociations.dps().close(na.id());
        deliverThrice("non-associations.closed", na.id());
        ServiceFixture.await("NOMIS closed", WAIT, () -> nomis("V1000NA", "W1000NA").get(0).expiryDate() != null);
        ServiceFixture.await("quiet queues", QUIET, NonAssociationsEndToEndIT::quiet);
        assertThat(nomis("V1000NA", "W1000NA")).hasSize(1);
        assertThat(mapping(na.id())).map(Mapping::nomisId).contains("V1000NA:W1000NA:1");

        nonAssociations.dps().delete(na.id());
        deliverThrice("non-associations.deleted", na.id());
        ServiceFixture.await("NOMIS and the mapping emptied", WAIT,
                () -> nomis("V1000NA", "W1000NA").isEmpty() && mapping(na.id()).isEmpty());
        ServiceFixture.await("quiet queues", QUIET, NonAssociationsEndToEndIT::quiet);
        assertThat(dlqCount()).isZero();
    }

    @Test
    void aMergeWhereBothPrisonersHadOneWithTheSameThirdPartyIsSettledByTheSync() {
        DpsNonAssociation kept = nonAssociations.create("M1000NA", "T1000NA", "CELL", "retained's");
        DpsNonAssociation moved = nonAssociations.create("R1000NA", "T1000NA", "CELL", "removed's");
        ServiceFixture.await("both mapped", WAIT, () -> mapping(kept.id()).isPresent()
                && mapping(moved.id()).isPresent());
        assertThat(mapping(moved.id())).map(Mapping::nomisId).contains("R1000NA:T1000NA:1");

        nonAssociations.merge("M1000NA", "R1000NA");
        // the merge event again, twice at once: settled once
        Notification again = merged("M1000NA", "R1000NA");
        send(again);
        send(again);

        ServiceFixture.await("the moved one mapped to sequence 2", WAIT, () -> mapping(moved.id()).map(
                Mapping::nomisId).filter("M1000NA:T1000NA:2"::equals).isPresent());
        ServiceFixture.await("quiet queues", QUIET, NonAssociationsEndToEndIT::quiet);
        assertThat(mapping(kept.id())).map(Mapping::nomisId).contains("M1000NA:T1000NA:1");
        List<NomisNonAssociation> records = nomis("M1000NA", "T1000NA");
        assertThat(records).hasSize(2);
        assertThat(records.get(0).expiryDate()).as("the open one keeps sequence 1").isNull();
        assertThat(records.get(1).expiryDate()).as("DPS closed the moved one").isNotNull();
        // and later changes reach the right records
        nonAssociations.amend(kept.id(), "LANDING", "after the merge");
        ServiceFixture.await("sequence 1 amended", WAIT,
                () -> nomis("M1000NA", "T1000NA").get(0).type().equals("LAND"));
        ServiceFixture.await("quiet queues", QUIET, NonAssociationsEndToEndIT::quiet);

        // settled, not merely hidden: the next reconciliation finds nothing wrong with either prisoner's pairs
        JsonNode run;
        try {
            run = call("POST", "/reconciliations/non-associations/runs?wait=true", null, 200);
            JsonNode shown = call("GET", "/reconciliations/runs/" + run.get("id").asText(), null, 200);
            assertThat(run.get("status").asText()).isEqualTo("COMPLETED");
            List<String> keys = new ArrayList<>();
            shown.get("mismatches").forEach(m -> keys.add(m.get("key").asText()));
            assertThat(keys).noneMatch(k -> k.contains("M1000NA") || k.contains("R1000NA") || k.contains("T1000NA"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aBookingMoveDeliveredThreeTimesAtOnceCarriesTheMappingToTheReceivingPrisonerOnce() {
        DpsNonAssociation na = nonAssociations.create("E5100NA", "T5100NA", "CELL", "before the move");
        ServiceFixture.await("mapped", WAIT, () -> mapping(na.id()).isPresent());
        ServiceFixture.await("quiet queues", QUIET, NonAssociationsEndToEndIT::quiet);
        PrisonersSimulation prisoners = simulator.domain(PrisonersSimulation.class);
        long booking = prisoners.currentBooking("E5100NA").orElseThrow();
        prisoners.admit("F5100NA");
        // NOMIS moves the booking with its non-associations to F5100NA; DPS follows the prisoner
        nonAssociations.nomis().moveBooking(booking, "E5100NA", "F5100NA");
        nonAssociations.dps().amend(na.id(), old -> new DpsNonAssociation(old.id(), "F5100NA",
                old.firstPrisonerRole(), old.secondPrisonerNumber(), old.secondPrisonerRole(), old.reason(),
                old.restrictionType(), old.comment(), old.authorisedBy(), old.whenCreated(), old.whenUpdated(),
                old.updatedBy(), false, null));

        Map<String, Object> info = new LinkedHashMap<>();
        info.put("movedFromNomsNumber", "E5100NA");
        info.put("movedToNomsNumber", "F5100NA");
        info.put("bookingId", Long.toString(booking));
        info.put("bookingStartDateTime", "2026-01-01T10:00:00");
        deliverThrice(notification("prison-offender-events.prisoner.booking.moved", info));

        ServiceFixture.await("the mapping moved", WAIT, () -> mapping(na.id()).map(Mapping::nomisId)
                .filter("F5100NA:T5100NA:1"::equals).isPresent());
        ServiceFixture.await("quiet queues", QUIET, NonAssociationsEndToEndIT::quiet);
        assertThat(nomis("F5100NA", "T5100NA")).singleElement()
                .satisfies(r -> assertThat(r.comment()).isEqualTo("before the move"));
        assertThat(nomis("E5100NA", "T5100NA")).isEmpty();
        assertThat(service.core().mappings().findByPrisoner(NonAssociationsSync.ENTITY_TYPE, "E5100NA")).isEmpty();
        // a later change reaches the moved record
        nonAssociations.amend(na.id(), "WING", "after the move");
        ServiceFixture.await("the moved record amended", WAIT,
                () -> nomis("F5100NA", "T5100NA").get(0).type().equals("WING"));
        assertThat(dlqCount()).isZero();
    }

    @Test
    void theReconciliationReportsExactlyThePlantedPairsAndIsCleanAfterTheRepair() throws Exception {
        List<NonAssociationsSimulation.PlantedPair> planted = nonAssociations.generate(300, 7);
        ServiceFixture.await("quiet queues", QUIET, NonAssociationsEndToEndIT::quiet);
        Map<String, String> expected = new HashMap<>();
        planted.forEach(p -> expected.put(p.key(), p.kind().name()));

        JsonNode first = call("POST", "/reconciliations/non-associations/runs?wait=true", null, 200);
        assertThat(first.get("status").asText()).isEqualTo("COMPLETED");
        String runId = first.get("id").asText();
        JsonNode shown = call("GET", "/reconciliations/runs/" + runId, null, 200);
        Map<String, String> reported = new HashMap<>();
        shown.get("mismatches").forEach(m -> reported.put(m.get("key").asText(), m.get("likelySide").asText()));
        assertThat(reported.keySet()).isEqualTo(expected.keySet());
        assertThat(reported.values()).containsOnly("NOMIS");

        int records = nonAssociations.nomis().count();
        JsonNode plan = call("POST", "/reconciliations/runs/" + runId + "/repair?dryRun=true", null, 200);
        assertThat(plan).hasSize(expected.size());
        assertThat(nonAssociations.nomis().count()).isEqualTo(records);
        assertThat(call("POST", "/reconciliations/non-associations/runs?wait=true", null, 200)
                .get("mismatchCount").asLong()).isEqualTo(expected.size());

        JsonNode repaired = call("POST", "/reconciliations/runs/" + runId + "/repair?dryRun=false", null, 200);
        for (JsonNode result : repaired) {
            String key = result.get("key").asText();
            if (expected.get(key).equals("NOMIS_ONLY")) {
                // NOMIS's own record: a person decides, and excludes the pair meanwhile
                assertThat(result.get("outcome").asText()).isEqualTo("NOT_REPAIRABLE");
                call("PUT", "/reconciliations/non-associations/exclusions/" + key,
                        Map.of("reason", "made in NOMIS: raised with the prison"), 200);
            } else {
                assertThat(result.get("outcome").asText()).as(key).isEqualTo("REPAIRED");
            }
        }
        assertThat(call("POST", "/reconciliations/non-associations/runs?wait=true", null, 200)
                .get("mismatchCount").asLong()).isZero();
    }

    @Test
    void theRepairsPlanFirstThenActAndRefuseBadInput() throws Exception {
        DpsNonAssociation na = nonAssociations.create("P1000NA", "Q1000NA", "CELL", "repairs");
        ServiceFixture.await("mapped", WAIT, () -> mapping(na.id()).isPresent());
        nonAssociations.dps().close(na.id()); // no event: NOMIS never heard

        JsonNode plan = call("POST", "/non-associations/" + na.id() + "/resync?dryRun=true", null, 200);
        assertThat(plan.get("status").asText()).isEqualTo("PLANNED");
        assertThat(nomis("P1000NA", "Q1000NA").get(0).expiryDate()).isNull();
        assertThat(call("POST", "/non-associations/" + na.id() + "/resync?dryRun=false", null, 200)
                .get("status").asText()).isEqualTo("DONE");
        assertThat(nomis("P1000NA", "Q1000NA").get(0).expiryDate()).isNotNull();

        DpsNonAssociation other = nonAssociations.create("P1001NA", "Q1001NA", "CELL", "to close");
        ServiceFixture.await("mapped", WAIT, () -> mapping(other.id()).isPresent());
        String close = "/non-associations/offender/Q1001NA/ns-offender/P1001NA/sequence/1/close";
        assertThat(call("PUT", close + "?dryRun=true", null, 200).get("status").asText()).isEqualTo("PLANNED");
        assertThat(nomis("P1001NA", "Q1001NA").get(0).expiryDate()).isNull();
        assertThat(call("PUT", close + "?dryRun=false", null, 200).get("status").asText()).isEqualTo("DONE");
        assertThat(nomis("P1001NA", "Q1001NA").get(0).expiryDate()).isEqualTo(LocalDate.now(
                java.time.ZoneId.of("Europe/London")));

        assertThat(call("PUT", close + "?dryRun=1", null, 400).get("userMessage").asText()).contains("dryRun");
        assertThat(call("PUT", close + "?dryRun=true&extra=1", null, 400).get("userMessage").asText())
                .contains("extra");
        call("PUT", "/non-associations/offender/NOT-A-NO/ns-offender/P1001NA/sequence/1/close?dryRun=true", null,
                400);
        call("PUT", "/non-associations/offender/Q1001NA/ns-offender/P1001NA/sequence/0/close?dryRun=true", null,
                400);
        call("POST", "/non-associations/12x/resync?dryRun=true", null, 400);
        call("POST", "/non-associations/99999999999999999999/resync?dryRun=true", null, 400);
    }

    @Test
    void aBadMessageIsDeadLetteredAtOnceWithItsReason() throws Exception {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", "12x");
        send(notification("non-associations.created", info));

        ServiceFixture.await("on the DLQ", WAIT, () -> dlqCount() == 1);
        String dlq = service.core().queues().byId(NonAssociationsDomain.TO_NOMIS.id()).dlqName();
        JsonNode found = call("GET", "/queue-admin/get-dlq-messages/" + dlq, null, 200);
        assertThat(found.get("messages").get(0).get("failureReason").asText()).contains("additionalInformation.id");
        call("PUT", "/queue-admin/purge-queue/" + dlq, null, 200);
    }

    private static void deliverThrice(String eventType, long id) {
        deliverThrice(notification(eventType, Map.of("id", id)));
    }

    /** The same event three times at once, as SNS/SQS may hand it to several consumers. */
    private static void deliverThrice(Notification event) {
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread sender = new Thread(() -> send(event));
            sender.start();
            senders.add(sender);
        }
        for (Thread sender : senders) {
            try {
                sender.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void send(Notification event) {
        service.messageQueue().send(service.core().queues().byId(NonAssociationsDomain.TO_NOMIS.id()).queueName(),
                event);
    }

    private static Notification merged(String retained, String removed) {
        return notification("prison-offender-events.prisoner.merged", Map.of("nomsNumber", retained,
                "removedNomsNumber", removed, "bookingId", "1", "reason", "MERGE"));
    }

    private static Notification notification(String eventType, Map<String, Object> info) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("version", "1.0");
        message.put("occurredAt", java.time.OffsetDateTime.now().toString());
        message.put("additionalInformation", info);
        return new Notification(UUID.randomUUID().toString(), eventType, message);
    }

    private static Optional<Mapping> mapping(long id) {
        return service.core().mappings().findByDpsId("NON_ASSOCIATION", Long.toString(id));
    }

    private static List<NomisNonAssociation> nomis(String a, String b) {
        return nonAssociations.nomis().all(a, b);
    }

    private static boolean quiet() {
        return service.core().queueAdmin().status().stream()
                .allMatch(q -> q.messagesOnQueue() == 0 && q.messagesInFlight() == 0);
    }

    private static int dlqCount() {
        try {
            String dlq = service.core().queues().byId(NonAssociationsDomain.TO_NOMIS.id()).dlqName();
            return call("GET", "/queue-admin/get-dlq-messages/" + dlq, null, 200).get("messagesFoundCount").asInt();
        } catch (Exception e) {
            return -1;
        }
    }

    private static JsonNode call(String method, String path, Object body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
