package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.adjudications.AdjudicationCodes;
import org.prisonsync.core.adjudications.AdjudicationsDomain;
import org.prisonsync.core.adjudications.AdjudicationsSync;
import org.prisonsync.core.adjudications.DpsCharge;
import org.prisonsync.core.adjudications.NomisAdjudication;
import org.prisonsync.core.adjudications.NomisAdjudicationRequest;
import org.prisonsync.core.adjudications.NomisAwardId;
import org.prisonsync.core.adjudications.NomisChargeId;
import org.prisonsync.core.adjudications.NomisHearingKey;
import org.prisonsync.core.adjudications.NomisHearingRequest;
import org.prisonsync.core.adjudications.NomisResultRequest;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.simulator.adjudications.AdjudicationsSimulation;

/**
 * Adjudications on the running service over SQS and HTTP against the simulator: a report, its hearing, outcome and
 * punishments, each event delivered three times, leave one NOMIS record per entity and the right mappings; seed
 * 000's cascade (a NOMIS hearing shared by two charges deleted through one DPS adjudication) is reproduced by the
 * simulator and repaired by the one endpoint, whose dry run changes nothing; bad input is refused at the edge.
 */
class AdjudicationsEndToEndIT {
    @TempDir
    static Path data;
    static PrisonSyncService service;
    static AdjudicationsSimulation adjudications;
    static QueueDefinition toNomis;
    static String base;
    static final RecordingTelemetry TELEMETRY = new RecordingTelemetry();
    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDateTime HEARD = LocalDateTime.of(2026, 3, 4, 10, 30);

    @BeforeAll
    static void start() {
        service = ServiceFixture.startEmbedded(data, TELEMETRY);
        adjudications = service.simulator().orElseThrow().domain(AdjudicationsSimulation.class);
        toNomis = service.core().queues().byId(AdjudicationsDomain.TO_NOMIS.id());
        base = "http://127.0.0.1:" + service.port();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static DpsCharge reported(String chargeNumber, String prisoner) {
        return new DpsCharge(chargeNumber, prisoner, "MDI", LocalDateTime.of(2026, 2, 20, 9, 15),
                LocalDateTime.of(2026, 3, 1, 8, 0), "OFFICER_A", 7001L, "51:1", "a fight", "UNSCHEDULED",
                List.of(new DpsCharge.Damage("CLEANING", "blood", "OFFICER_A")),
                List.of(new DpsCharge.Evidence("PHOTO", "a photo", "OFFICER_A")), List.of(), List.of(), List.of());
    }

    private static DpsCharge with(DpsCharge c, List<DpsCharge.Hearing> hearings, List<DpsCharge.Outcome> outcomes,
                                  List<DpsCharge.Punishment> punishments, String status) {
        return new DpsCharge(c.chargeNumber(), c.prisonerNumber(), c.originatingAgencyId(), c.dateTimeOfIncident(),
                c.createdDateTime(), c.createdByUserId(), c.incidentLocationId(), c.incidentLocationUuid(),
                c.offenceCode(),
                c.incidentStatement(), status, c.damages(), c.evidence(), hearings, outcomes, punishments);
    }

    private static DpsCharge.Hearing hearing(long id, boolean completed) {
        return new DpsCharge.Hearing(id, 7001L, HEARD, "GOV_ADULT", "MDI", completed
                ? new DpsCharge.HearingOutcome("COMPLETE", "JUDGE_A", "GUILTY") : null);
    }

    private static DpsCharge.Punishment ada(long id, int days) {
        return new DpsCharge.Punishment(id, "ADDITIONAL_DAYS", null, null, days, null, null, null, null, null);
    }

    @Test
    void aReportItsHearingOutcomeAndPunishmentsEachThreeTimesLeaveOneNomisRecordPerEntity() {
        String prisoner = "A9301AA";
        long booking = adjudications.admitActive(prisoner);
        String charge = "930001";
        adjudications.dpsReport(reported(charge, prisoner), booking);
        twoMore(AdjudicationsSync.REPORT_CREATED, charge, prisoner, null);
        awaitQuiet();
        adjudications.dpsChange(charge, AdjudicationsSync.HEARING_CREATED, 931L, c -> with(c,
                List.of(hearing(931, false)), List.of(), List.of(), "SCHEDULED"));
        twoMore(AdjudicationsSync.HEARING_CREATED, charge, prisoner, 931L);
        awaitQuiet();
        adjudications.dpsChange(charge, "adjudication.hearingCompleted.created", 931L, c -> with(c,
                List.of(hearing(931, true)), List.of(new DpsCharge.Outcome(931L, "CHARGE_PROVED")), List.of(),
                "CHARGE_PROVED"));
        twoMore("adjudication.hearingCompleted.created", charge, prisoner, 931L);
        awaitQuiet();
        adjudications.dpsChange(charge, AdjudicationsSync.PUNISHMENTS_CREATED, null, c -> with(c, c.hearings(),
                c.outcomes(), List.of(ada(9311, 12), ada(9312, 3)), c.status()));
        twoMore(AdjudicationsSync.PUNISHMENTS_CREATED, charge, prisoner, null);
        awaitQuiet();

        Mapping adjudication = mapping(AdjudicationsSync.ADJUDICATION, charge);
        NomisChargeId id = NomisChargeId.parseKey(adjudication.nomisId()).orElseThrow();
        NomisAdjudication inNomis = adjudications.nomis().adjudication(id.adjudicationNumber()).orElseThrow();
        assertThat(adjudications.nomis().chargeIds(null, "MDI").stream()
                .filter(r -> r.offenderNo().equals(prisoner))).hasSize(1);
        assertThat(inNomis.hearings()).singleElement().satisfies(h -> {
            assertThat(mapping(AdjudicationsSync.HEARING, "931").nomisId()).isEqualTo(h.hearingId() + ":1");
            assertThat(h.resultFor(1)).hasValueSatisfying(r -> assertThat(r.findingCode()).isEqualTo("PROVED"));
        });
        List<NomisAdjudication.Award> awards = inNomis.awardsOf(1);
        assertThat(awards).extracting(a -> a.award().sanctionDays()).containsExactly(12, 3);
        assertThat(mapping(AdjudicationsSync.PUNISHMENT, "9311").nomisId()).isEqualTo(awards.get(0).id().key());
        assertThat(mapping(AdjudicationsSync.PUNISHMENT, "9312").nomisId()).isEqualTo(awards.get(1).id().key());
        assertThat(TELEMETRY.named("adjudication-create-success").stream()
                .filter(e -> charge.equals(e.properties().get("chargeNumber")))).hasSize(1);
        assertThat(dlqReasons()).isEmpty();
    }

    @Test
    void theSharedHearingCascadeIsRepairedByTheOneEndpointAfterADryRunThatChangesNothing() throws Exception {
        String prisoner = "A9302AA";
        long booking = adjudications.admitActive(prisoner);
        NomisChargeId first = adjudications.nomis().createAdjudication(prisoner, new NomisAdjudicationRequest(
                "OFFICER_A", LocalDate.of(2023, 5, 1), LocalTime.of(9, 0), LocalDate.of(2023, 5, 1),
                LocalTime.of(10, 0), 7001, "a historic fight", "MDI", List.of(), List.of("51:1", "51:2"), List.of()));
        long number = first.adjudicationNumber();
        long shared = adjudications.nomis().createHearing(number, new NomisHearingRequest("GOV_ADULT",
                HEARD.toLocalDate(), HEARD.toLocalTime(), "MDI", 7001));
        for (int seq = 1; seq <= 2; seq++) {
            NomisChargeId charge = new NomisChargeId(number, seq);
            String chargeNumber = number + "-" + seq;
            long dpsHearing = 9400 + seq;
            long punishment = 9500 + seq;
            DpsCharge dps = with(reported(chargeNumber, prisoner), List.of(hearing(dpsHearing, true)),
                    List.of(new DpsCharge.Outcome(dpsHearing, "CHARGE_PROVED")), List.of(ada(punishment, 5)),
                    "CHARGE_PROVED");
            adjudications.dps().put(dps, booking);
            adjudications.nomis().upsertHearingResult(charge, shared, new NomisResultRequest("JUDGE_A", "GUILTY",
                    "PROVED"));
            NomisAwardId award = adjudications.nomis().createAwards(charge,
                    List.of(AdjudicationCodes.award(dps, dps.punishments().get(0)))).get(0);
            service.core().mappings().save(Mapping.of(AdjudicationsSync.ADJUDICATION, charge.key(), chargeNumber,
                    prisoner, "MIGRATED"));
            service.core().mappings().save(Mapping.of(AdjudicationsSync.HEARING,
                    new NomisHearingKey(shared, seq).key(), Long.toString(dpsHearing), prisoner, "MIGRATED"));
            service.core().mappings().save(Mapping.of(AdjudicationsSync.PUNISHMENT, award.key(),
                    Long.toString(punishment), prisoner, "MIGRATED"));
        }
        String second = number + "-2";

        // DPS deletes the first charge's hearing; the sync deletes the shared NOMIS hearing, and NOMIS the second
        // charge's result and award with it
        adjudications.dpsChange(number + "-1", AdjudicationsSync.HEARING_DELETED, 9401L, c -> with(c, List.of(),
                List.of(), List.of(), "UNSCHEDULED"));
        awaitQuiet();
        assertThat(adjudications.nomis().adjudication(number).orElseThrow().hearings()).isEmpty();
        assertThat(adjudications.nomis().adjudication(number).orElseThrow().awardsOf(2)).isEmpty();

        String path = "/prisons/MDI/prisoners/" + prisoner + "/adjudication/dps-charge-number/" + second
                + "/punishments/repair";
        HttpResponse<String> planned = ServiceFixture.http("POST", base + path + "?dryRun=true");
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
        JsonNode plan = JSON.readTree(planned.body());
        assertThat(plan.get("status").asText()).isEqualTo("PLANNED");
        List<String> steps = new ArrayList<>();
        plan.get("actions").forEach(a -> steps.add(a.asText()));
        assertThat(steps).hasSize(5);
        assertThat(steps.get(0)).startsWith("delete the mapping of hearing 9402");
        assertThat(steps.get(1)).startsWith("delete the mapping of punishment 9502");
        assertThat(steps.get(2)).startsWith("create a NOMIS hearing for DPS hearing 9402");
        assertThat(steps.get(3)).startsWith("upsert the result PROVED");
        assertThat(steps.get(4)).startsWith("create a NOMIS award for punishment 9502");
        assertThat(adjudications.nomis().adjudication(number).orElseThrow().hearings()).isEmpty();
        assertThat(mapping(AdjudicationsSync.HEARING, "9402").nomisId()).isEqualTo(shared + ":2");

        HttpResponse<String> done = ServiceFixture.http("POST", base + path + "?dryRun=false");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(JSON.readTree(done.body()).get("status").asText()).isEqualTo("DONE");
        NomisAdjudication repaired = adjudications.nomis().adjudication(number).orElseThrow();
        assertThat(repaired.hearings()).singleElement().satisfies(h -> {
            assertThat(h.resultFor(2)).hasValueSatisfying(r -> assertThat(r.findingCode()).isEqualTo("PROVED"));
            assertThat(mapping(AdjudicationsSync.HEARING, "9402").nomisId()).isEqualTo(h.hearingId() + ":2");
        });
        assertThat(repaired.awardsOf(2)).singleElement().satisfies(a ->
                assertThat(mapping(AdjudicationsSync.PUNISHMENT, "9502").nomisId()).isEqualTo(a.id().key()));
        assertThat(JSON.readTree(ServiceFixture.http("POST", base + path + "?dryRun=true").body())
                .get("status").asText()).isEqualTo("NOTHING_TO_DO");
    }

    @Test
    void anIncidentAndAHearingNamedByDpsLocationReachNomisAtTheMappedLocationsAnUnmappedOneWaitingForItsMapping() {
        String prisoner = "A9304AA";
        String wing = "2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901";
        String room = "3c4d5e6f-7081-4293-a4b5-c6d7e8f90a12";
        String sim = service.simulator().orElseThrow().baseUrl();
        long booking = adjudications.admitActive(prisoner);
        String charge = "930004";
        adjudications.dpsReport(reported(charge, prisoner).withIncidentLocationUuid(wing), booking);
        ServiceFixture.await("the unmapped incident location named", Duration.ofSeconds(30), () ->
                TELEMETRY.named("adjudication-location-unmapped").stream()
                        .anyMatch(e -> charge.equals(e.properties().get("chargeNumber"))
                                && wing.equals(e.properties().get("dpsLocationId"))));

        // As the locations sync would: the mapping service learns both locations.
        assertThat(ServiceFixture.http("PUT", sim + "/simulator/mapping/locations/dps/" + wing,
                "{\"nomisLocationId\":6101}").statusCode()).isEqualTo(204);
        assertThat(ServiceFixture.http("PUT", sim + "/simulator/mapping/locations/dps/" + room,
                "{\"nomisLocationId\":6102}").statusCode()).isEqualTo(204);
        ServiceFixture.await("the report created", Duration.ofSeconds(30), () -> service.core().mappings()
                .findByDpsId(AdjudicationsSync.ADJUDICATION, charge).isPresent());
        adjudications.dpsChange(charge, AdjudicationsSync.HEARING_CREATED, 934L, c -> with(c,
                List.of(hearing(934, false).withLocationUuid(room)), List.of(), List.of(), "SCHEDULED"));
        ServiceFixture.await("the hearing created", Duration.ofSeconds(30), () -> service.core().mappings()
                .findByDpsId(AdjudicationsSync.HEARING, "934").isPresent());

        NomisChargeId id = NomisChargeId.parseKey(mapping(AdjudicationsSync.ADJUDICATION, charge).nomisId())
                .orElseThrow();
        assertThat(adjudications.nomis().createdAs(id.adjudicationNumber()).orElseThrow().internalLocationId())
                .isEqualTo(6101L);
        assertThat(adjudications.nomis().adjudication(id.adjudicationNumber()).orElseThrow().hearings())
                .singleElement().satisfies(h -> assertThat(h.internalLocationId()).isEqualTo(6102L));
        assertThat(dlqReasons()).noneMatch(r -> r.contains(charge));
    }

    @Test
    void aPunishmentConsecutiveToAnotherChargeIsAwardedConsecutiveToItsNomisCharge() {
        String prisoner = "A9305AA";
        long booking = adjudications.admitActive(prisoner);
        for (String charge : List.of("930051", "930052")) {
            long hearingId = Long.parseLong(charge.substring(4)) + 9000;
            adjudications.dpsReport(reported(charge, prisoner), booking);
            ServiceFixture.await("report " + charge + " created", Duration.ofSeconds(30), () -> service.core()
                    .mappings().findByDpsId(AdjudicationsSync.ADJUDICATION, charge).isPresent());
            adjudications.dpsChange(charge, AdjudicationsSync.HEARING_CREATED, hearingId, c -> with(c,
                    List.of(hearing(hearingId, false)), List.of(), List.of(), "SCHEDULED"));
            awaitQuiet();
            adjudications.dpsChange(charge, "adjudication.hearingCompleted.created", hearingId, c -> with(c,
                    List.of(hearing(hearingId, true)), List.of(new DpsCharge.Outcome(hearingId, "CHARGE_PROVED")),
                    List.of(), "CHARGE_PROVED"));
            awaitQuiet();
        }
        adjudications.dpsChange("930052", AdjudicationsSync.PUNISHMENTS_CREATED, null, c -> with(c, c.hearings(),
                c.outcomes(), List.of(new DpsCharge.Punishment(93052, "ADDITIONAL_DAYS", null, null, 5, null, null,
                        null, null, "930051")), c.status()));
        twoMore(AdjudicationsSync.PUNISHMENTS_CREATED, "930052", prisoner, null);
        awaitQuiet();

        NomisChargeId first = NomisChargeId.parseKey(mapping(AdjudicationsSync.ADJUDICATION, "930051").nomisId())
                .orElseThrow();
        NomisChargeId second = NomisChargeId.parseKey(mapping(AdjudicationsSync.ADJUDICATION, "930052").nomisId())
                .orElseThrow();
        assertThat(adjudications.nomis().adjudication(second.adjudicationNumber()).orElseThrow()
                .awardsOf(second.chargeSequence())).singleElement()
                .satisfies(a -> assertThat(a.award().consecutiveCharge()).isEqualTo(first));
        assertThat(dlqReasons()).noneMatch(r -> r.contains("93005"));
    }

    @Test
    void badInputIsRefusedAtTheEdge() {
        String good = "/prisons/MDI/prisoners/A9303AA/adjudication/dps-charge-number/12345/punishments/repair";
        assertRefused(ServiceFixture.http("POST", base + good + "?dryRun=maybe"), "dryRun");
        assertRefused(ServiceFixture.http("POST", base + good.replace("12345", "%D9%A1%D9%A2")
                + "?dryRun=true"), "chargeNumber");
        assertRefused(ServiceFixture.http("POST", base + good.replace("12345", "1".repeat(21))
                + "?dryRun=true"), "chargeNumber");
        assertRefused(ServiceFixture.http("POST", base + good.replace("/MDI/", "/mdi/") + "?dryRun=true"),
                "prisonId");
        assertRefused(ServiceFixture.http("POST", base + good.replace("A9303AA", "NOBODY") + "?dryRun=true"),
                "offenderNo");
        assertRefused(ServiceFixture.http("POST", base + good + "?dryRun=true&force=true"), "force");

        Map<String, Object> info = new LinkedHashMap<>();
        info.put("chargeNumber", "12345");
        info.put("prisonId", "MDI");
        info.put("prisonerNumber", "A9303AA");
        info.put("hearingId", "１２");
        send(AdjudicationsSync.HEARING_CREATED, info);
        ServiceFixture.await("the bad event dead-lettered", Duration.ofSeconds(60), () -> !dlqReasons().isEmpty());
        assertThat(dlqReasons()).singleElement().satisfies(r -> assertThat(r).contains("hearingId"));
    }

    private static void assertRefused(HttpResponse<String> response, String naming) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(naming).doesNotContain("Exception").doesNotContain("org.prisonsync");
    }

    private static Mapping mapping(String type, String dpsId) {
        return service.core().mappings().findByDpsId(type, dpsId).orElseThrow(() ->
                new AssertionError("no " + type + " mapping for " + dpsId));
    }

    private static void twoMore(String eventType, String charge, String prisoner, Long hearingId) {
        for (int i = 0; i < 2; i++) {
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("chargeNumber", charge);
            info.put("prisonId", "MDI");
            info.put("prisonerNumber", prisoner);
            if (hearingId != null) {
                info.put("hearingId", hearingId);
            }
            send(eventType, info);
        }
    }

    private static void send(String eventType, Map<String, Object> info) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("version", "1");
        message.put("occurredAt", "2026-03-02T10:00:00Z");
        message.put("additionalInformation", info);
        service.messageQueue().send(toNomis.queueName(), new Notification(UUID.randomUUID().toString(), eventType,
                message));
    }

    private static void awaitQuiet() {
        ServiceFixture.awaitQuiet(service);
    }

    private static List<String> dlqReasons() {
        return ServiceFixture.dlqReasons(service, toNomis);
    }
}
