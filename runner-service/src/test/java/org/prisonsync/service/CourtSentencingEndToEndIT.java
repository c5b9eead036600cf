package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.courtsentencing.CourtSentencingDomain;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCharge;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtAppearance;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtCase;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyPeriodLength;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacySentence;
import org.prisonsync.core.courtsentencing.CourtSentencingSync;
import org.prisonsync.core.courtsentencing.NomisCourtCase;
import org.prisonsync.core.courtsentencing.TermId;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.simulator.courtsentencing.CourtSentencingSimulation;

/**
 * Court sentencing on the running service over SQS and HTTP against the simulator: a whole case (case, appearance,
 * charge, sentence, term), each event delivered three times at once, leaves one NOMIS record per entity and the right
 * mappings; an appearance on a case of an earlier booking makes the simulated NOMIS clone it, and the service moves
 * every mapping to the clone and sends the resync messages; the clone repair's dry run and run then find nothing to
 * do; bad input is refused at the edge.
 */
class CourtSentencingEndToEndIT {
    @TempDir
    static Path data;
    static PrisonSyncService service;
    static CourtSentencingSimulation sentencing;
    static QueueDefinition toNomis;
    static QueueDefinition fromNomis;
    static String base;
    static final RecordingTelemetry TELEMETRY = new RecordingTelemetry();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        Map<String, String> env = ServiceFixture.embeddedEnv(data);
        env.put("DEMO_PRISONERS", "false");
        service = PrisonSyncService.start(ServiceConfig.from(env), TELEMETRY);
        sentencing = service.simulator().orElseThrow().domain(CourtSentencingSimulation.class);
        toNomis = service.core().queues().byId(CourtSentencingDomain.TO_NOMIS.id());
        fromNomis = service.core().queues().byId(CourtSentencingDomain.FROM_NOMIS.id());
        base = "http://127.0.0.1:" + service.port();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    /** A DPS user's change, published by the simulator, and the same event sent again, all at once. */
    private static void deliver(int copies, String eventType, String prisoner, Map<String, Object> ids,
                                Object... records) {
        sentencing.dpsChange(eventType, prisoner, ids, List.of(records), List.of());
        for (int i = 1; i < copies; i++) {
            send(eventType, prisoner, ids);
        }
        awaitQuiet();
    }

    private static Map<String, Object> ids(Object... pairs) {
        Map<String, Object> ids = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            ids.put((String) pairs[i], pairs[i + 1]);
        }
        return ids;
    }

    record Case(LegacyCourtCase courtCase, LegacyCharge charge, LegacyCourtAppearance appearance,
                LegacySentence sentence, LegacyPeriodLength term) {
    }

    private static Case wholeCase(String prisoner, LocalDate heard, int copies) {
        LegacyCourtCase c = new LegacyCourtCase(uuid(), prisoner, true, LocalDate.of(2025, 1, 10), "LEEDCC",
                "T" + prisoner);
        LegacyCharge charge = new LegacyCharge(prisoner, c.courtCaseUuid(), uuid(), "1002", "TH68010",
                LocalDate.of(2024, 12, 1), null);
        LegacyCourtAppearance a = new LegacyCourtAppearance(uuid(), c.courtCaseUuid(), prisoner, "4531", "LEEDCC",
                heard, LocalTime.of(10, 0), List.of(charge), null, "CRT", null);
        LegacySentence s = new LegacySentence(prisoner, c.courtCaseUuid(), charge.lifetimeUuid(), uuid(),
                a.lifetimeUuid(), true, "ADIMP", "2020", null, BigDecimal.ZERO, heard);
        LegacyPeriodLength p = new LegacyPeriodLength(2, null, null, null, false, "IMP", uuid(), s.lifetimeUuid(),
                prisoner, charge.lifetimeUuid(), c.courtCaseUuid(), a.lifetimeUuid());
        String id = c.courtCaseUuid();
        deliver(copies, CourtSentencingSync.CASE_INSERTED, prisoner, ids("courtCaseId", id), c);
        deliver(copies, CourtSentencingSync.CHARGE_INSERTED, prisoner, ids("courtCaseId", id, "courtChargeId",
                charge.lifetimeUuid()), charge);
        deliver(copies, CourtSentencingSync.APPEARANCE_INSERTED, prisoner, ids("courtCaseId", id,
                "courtAppearanceId", a.lifetimeUuid()), a);
        deliver(copies, CourtSentencingSync.SENTENCE_INSERTED, prisoner, ids("courtCaseId", id, "sentenceId",
                s.lifetimeUuid()), s);
        deliver(copies, CourtSentencingSync.PERIOD_LENGTH_INSERTED, prisoner, ids("courtCaseId", id,
                "sentenceId", s.lifetimeUuid(), "periodLengthId", p.periodLengthUuid()), p);
        return new Case(c, charge, a, s, p);
    }

    private static NomisCourtCase nomisCase(String prisoner, Case c) {
        return sentencing.nomis().courtCase(prisoner, Long.parseLong(mapping(CourtSentencingSync.COURT_CASE,
                c.courtCase().courtCaseUuid()).nomisId())).orElseThrow();
    }

    @Test
    void aWholeCaseEachEventThreeTimesAtOnceLeavesOneNomisRecordPerEntity() {
        String prisoner = "A9401AA";
        sentencing.admit(prisoner);

        Case c = wholeCase(prisoner, LocalDate.of(2026, 2, 1), 3);

        assertThat(sentencing.nomis().courtCases(prisoner)).hasSize(1);
        NomisCourtCase nomis = nomisCase(prisoner, c);
        assertThat(nomis.courtEvents()).singleElement().satisfies(e -> {
            assertThat(mapping(CourtSentencingSync.APPEARANCE, c.appearance().lifetimeUuid()).nomisId())
                    .isEqualTo(Long.toString(e.id()));
            assertThat(e.charges()).singleElement().satisfies(x -> assertThat(x.offenderChargeId())
                    .hasToString(mapping(CourtSentencingSync.CHARGE, c.charge().lifetimeUuid()).nomisId()));
        });
        assertThat(nomis.offenderCharges()).hasSize(1);
        assertThat(nomis.sentences()).singleElement().satisfies(s -> {
            assertThat(mapping(CourtSentencingSync.SENTENCE, c.sentence().lifetimeUuid()).nomisId())
                    .isEqualTo(s.id().key());
            assertThat(s.terms()).singleElement().satisfies(t -> assertThat(mapping(CourtSentencingSync.TERM,
                    c.term().periodLengthUuid()).nomisId()).isEqualTo(new TermId(s.id(), t.termSequence()).key()));
        });
        assertThat(dlqReasons(toNomis)).isEmpty();
    }

    @Test
    void anAppearanceOnAnEarlierBookingsCaseIsClonedAndEveryMappingMovesToTheClone() throws Exception {
        String prisoner = "A9402AA";
        long oldBooking = sentencing.admit(prisoner);
        Case c = wholeCase(prisoner, LocalDate.of(2025, 6, 1), 1);
        NomisCourtCase source = nomisCase(prisoner, c);
        sentencing.nomis().plantAdjustment(source.sentences().get(0).id());
        long newBooking = sentencing.admit(prisoner);

        LegacyCourtAppearance second = new LegacyCourtAppearance(uuid(), c.courtCase().courtCaseUuid(), prisoner,
                "4531", "LEEDCC", LocalDate.of(2026, 3, 1), LocalTime.of(10, 0), List.of(c.charge()), null, "CRT",
                null);
        deliver(3, CourtSentencingSync.APPEARANCE_INSERTED, prisoner, ids("courtCaseId",
                c.courtCase().courtCaseUuid(), "courtAppearanceId", second.lifetimeUuid()), second);

        NomisCourtCase clone = nomisCase(prisoner, c);
        assertThat(clone.id()).isNotEqualTo(source.id());
        assertThat(clone.bookingId()).isEqualTo(newBooking).isNotEqualTo(oldBooking);
        assertThat(clone.courtEvents()).hasSize(2);
        assertThat(mapping(CourtSentencingSync.APPEARANCE, c.appearance().lifetimeUuid()).nomisId())
                .isEqualTo(Long.toString(clone.courtEvents().get(0).id()));
        assertThat(mapping(CourtSentencingSync.APPEARANCE, second.lifetimeUuid()).nomisId())
                .isEqualTo(Long.toString(clone.courtEvents().get(1).id()));
        assertThat(mapping(CourtSentencingSync.CHARGE, c.charge().lifetimeUuid()).nomisId())
                .isEqualTo(Long.toString(clone.offenderCharges().get(0).id()));
        assertThat(mapping(CourtSentencingSync.SENTENCE, c.sentence().lifetimeUuid()).nomisId())
                .isEqualTo(clone.sentences().get(0).id().key());
        assertThat(TELEMETRY.named("court-case-clone-success").stream()
                .filter(e -> prisoner.equals(e.properties().get("offenderNo")))).hasSize(1);
        assertThat(dlqReasons(toNomis)).isEmpty();

        String path = "/prisoners/" + prisoner + "/court-sentencing/court-case/" + c.courtCase().courtCaseUuid()
                + "/clone-repair";
        JsonNode plan = JSON.readTree(ServiceFixture.http("POST", base + path + "?dryRun=true").body());
        assertThat(plan.get("status").asText()).isEqualTo("NOTHING_TO_DO");
        HttpResponse<String> resend = ServiceFixture.http("POST", base + "/prisoners/" + prisoner
                + "/court-sentencing/clone-messages/resend?dryRun=true");
        assertThat(resend.statusCode()).as(resend.body()).isEqualTo(200);
        assertThat(JSON.readTree(resend.body()).get("actions").get(0).asText())
                .startsWith("send " + CourtSentencingSync.RESYNC_CASE_BOOKING);
    }

    @Test
    void badInputIsRefusedAtTheEdge() {
        String good = "/prisoners/A9403AA/court-sentencing/court-case/" + uuid() + "/repair";
        assertRefused(ServiceFixture.http("POST", base + good + "?dryRun=maybe"), "dryRun");
        assertRefused(ServiceFixture.http("POST", base + good.replaceAll("court-case/[^/]+/", "court-case/12/")
                + "?dryRun=true"), "dpsCourtCaseId");
        assertRefused(ServiceFixture.http("POST", base + good.replace("A9403AA", "NOBODY") + "?dryRun=true"),
                "offenderNo");
        assertRefused(ServiceFixture.http("POST", base + "/prisoners/A9403AA/court-sentencing/clone-messages/resend"
                + "?dryRun=true&dpsCourtCaseId=x"), "dpsCourtCaseId");

        send(CourtSentencingSync.CASE_INSERTED, "A9403AA", ids("courtCaseId", "１２"));
        ServiceFixture.await("the bad event dead-lettered", Duration.ofSeconds(60),
                () -> !dlqReasons(toNomis).isEmpty());
        assertThat(dlqReasons(toNomis)).singleElement().satisfies(r -> assertThat(r).contains("courtCaseId"));
        service.core().queueAdmin().purge(toNomis.dlqName()); // the other tests expect an empty DLQ
    }

    private static void assertRefused(HttpResponse<String> response, String naming) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(naming).doesNotContain("Exception").doesNotContain("org.prisonsync");
    }

    private static Mapping mapping(String type, String dpsId) {
        return service.core().mappings().findByDpsId(type, dpsId).orElseThrow(() ->
                new AssertionError("no " + type + " mapping for " + dpsId));
    }

    private static void send(String eventType, String prisoner, Map<String, Object> ids) {
        Map<String, Object> info = new LinkedHashMap<>(ids);
        info.put("source", "DPS");
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("version", "1");
        message.put("occurredAt", "2026-03-02T10:00:00Z");
        message.put("additionalInformation", info);
        message.put("personReference", Map.of("identifiers", List.of(Map.of("type", "NOMS", "value", prisoner))));
        service.messageQueue().send(toNomis.queueName(), new Notification(UUID.randomUUID().toString(), eventType,
                message));
    }

    private static void awaitQuiet() {
        ServiceFixture.await("quiet queues", Duration.ofSeconds(90), () -> service.core().queueAdmin().status()
                .stream().filter(q -> q.queueName().equals(toNomis.queueName()))
                .allMatch(q -> q.messagesOnQueue() == 0 && q.messagesInFlight() == 0));
    }

    private static List<String> dlqReasons(QueueDefinition queue) {
        return ServiceFixture.dlqReasons(service, queue);
    }
}
