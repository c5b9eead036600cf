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
import org.prisonsync.core.adjustments.NomisAdjustmentId;
import org.prisonsync.core.courtsentencing.CourtSentencingDomain;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi;
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
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.simulator.Faults;
import org.prisonsync.simulator.adjustments.AdjustmentsSimulation;
import org.prisonsync.simulator.courtsentencing.CourtSentencingSimulation;

/**
 * Court sentencing on the running service over SQS and HTTP against the simulator: a whole case (case, appearance,
 * charge, sentence, term), each event delivered three times at once, leaves one NOMIS record per entity and the right
 * mappings; an appearance on a case of an earlier booking makes the simulated NOMIS clone it, and the clone completes
 * end to end through the real queues: the service moves every mapping to the clone, sends the resync messages and
 * consumes them (the DPS case rebooked on the new booking, the orphaned source copied into DPS once as a
 * {@code DUPLICATE} and mapped, the cloned adjustment created in DPS adjustments once), however often they are
 * delivered and resent; a clone whose case booking message was lost is completed by the resend repair; the clone
 * repair's dry run and run then find nothing to do; bad input is refused at the edge.
 */
class CourtSentencingEndToEndIT {
    @TempDir
    static Path data;
    static PrisonSyncService service;
    static CourtSentencingSimulation sentencing;
    static AdjustmentsSimulation adjustments;
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
        adjustments = service.simulator().orElseThrow().domain(AdjustmentsSimulation.class);
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

    /** A sentenced case on the prisoner's first booking, with a remand adjustment in NOMIS, then a new booking. */
    private record Cloneable(Case dps, NomisCourtCase source, long oldBooking, long newBooking) {
    }

    private static Cloneable sentencedCaseThenANewBooking(String prisoner) {
        long oldBooking = sentencing.admit(prisoner);
        Case c = wholeCase(prisoner, LocalDate.of(2025, 6, 1), 1);
        NomisCourtCase source = nomisCase(prisoner, c);
        sentencing.nomis().plantAdjustment(source.sentences().get(0).id());
        long newBooking = sentencing.admit(prisoner);
        return new Cloneable(c, source, oldBooking, newBooking);
    }

    /** A DPS user adds an appearance to the case, each event three times: NOMIS clones the case. */
    private static LegacyCourtAppearance addAppearance(String prisoner, Case c) {
        LegacyCourtAppearance second = new LegacyCourtAppearance(uuid(), c.courtCase().courtCaseUuid(), prisoner,
                "4531", "LEEDCC", LocalDate.of(2026, 3, 1), LocalTime.of(10, 0), List.of(c.charge()), null, "CRT",
                null);
        deliver(3, CourtSentencingSync.APPEARANCE_INSERTED, prisoner, ids("courtCaseId",
                c.courtCase().courtCaseUuid(), "courtAppearanceId", second.lifetimeUuid()), second);
        return second;
    }

    /** The orphan's DUPLICATE copy, once it is mapped (the copy's completion), else empty. */
    private static java.util.Optional<Mapping> orphanMapping(NomisCourtCase source) {
        return service.core().mappings().findByNomisId(CourtSentencingSync.COURT_CASE, Long.toString(source.id()));
    }

    private static void awaitCompleted(String prisoner, Cloneable clone) {
        ServiceFixture.await("the clone completed from NOMIS's side", Duration.ofSeconds(90), () ->
                orphanMapping(clone.source()).isPresent() && adjustments.dps().of(prisoner).size() == 1);
        awaitQuiet();
    }

    /**
     * Everything a completed clone leaves: DPS's case rebooked on the new booking, the orphan copied once as a
     * DUPLICATE on the old booking with every id of it mapped, the cloned adjustment in DPS once and mapped.
     */
    private static void assertCompleted(String prisoner, Cloneable clone) {
        NomisCourtCase cloned = nomisCase(prisoner, clone.dps());
        String caseUuid = clone.dps().courtCase().courtCaseUuid();
        assertThat(sentencing.dps().booking(caseUuid)).contains(clone.newBooking());
        assertThat(sentencing.dps().duplicates(prisoner)).singleElement().isEqualTo(orphanMapping(clone.source())
                .orElseThrow().dpsId());
        String copy = sentencing.dps().duplicates(prisoner).get(0);
        assertThat(sentencing.dps().caseState(copy)).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo(CourtSentencingDpsApi.DUPLICATE);
            assertThat(s.bookingId()).isEqualTo(clone.oldBooking());
        });
        NomisCourtCase source = clone.source();
        Mapping appearanceCopy = nomisMapping(CourtSentencingSync.APPEARANCE, Long.toString(source.courtEvents()
                .get(0).id()));
        assertThat(sentencing.dps().appearance(appearanceCopy.dpsId())).hasValueSatisfying(a ->
                assertThat(a.courtCaseUuid()).isEqualTo(copy));
        nomisMapping(CourtSentencingSync.CHARGE, Long.toString(source.offenderCharges().get(0).id()));
        Mapping sentenceCopy = nomisMapping(CourtSentencingSync.SENTENCE, source.sentences().get(0).id().key());
        assertThat(sentencing.dps().sentence(sentenceCopy.dpsId())).isPresent();
        nomisMapping(CourtSentencingSync.TERM, new TermId(source.sentences().get(0).id(), 1).key());
        // the live DPS records stay on the clone
        assertThat(mapping(CourtSentencingSync.COURT_CASE, caseUuid).nomisId()).isEqualTo(Long.toString(cloned.id()));

        long clonedAdjustment = sentencing.nomis().adjustments(cloned.sentences().get(0).id()).get(0);
        Mapping adjustment = service.core().mappings().findByNomisId("SENTENCING_ADJUSTMENT",
                NomisAdjustmentId.sentence(clonedAdjustment).key()).orElseThrow();
        assertThat(adjustments.dps().of(prisoner)).containsOnlyKeys(adjustment.dpsId());
        assertThat(adjustments.dps().of(prisoner).get(adjustment.dpsId()).bookingId()).isEqualTo(clone.newBooking());
        assertThat(dlqReasons(fromNomis)).isEmpty();
        assertThat(dlqReasons(toNomis)).isEmpty();
    }

    private static Mapping nomisMapping(String type, String nomisId) {
        Mapping found = service.core().mappings().findByNomisId(type, nomisId).orElseThrow(() ->
                new AssertionError("no " + type + " mapping of NOMIS " + nomisId));
        assertThat(found.mappingType()).isEqualTo("NOMIS_CREATED");
        return found;
    }

    @Test
    void anAppearanceOnAnEarlierBookingsCaseIsClonedAndTheCloneCompletesEndToEnd() throws Exception {
        String prisoner = "A9402AA";
        Cloneable clone = sentencedCaseThenANewBooking(prisoner);
        Case c = clone.dps();
        NomisCourtCase source = clone.source();

        LegacyCourtAppearance second = addAppearance(prisoner, c);

        NomisCourtCase cloned = nomisCase(prisoner, c);
        assertThat(cloned.id()).isNotEqualTo(source.id());
        assertThat(cloned.bookingId()).isEqualTo(clone.newBooking()).isNotEqualTo(clone.oldBooking());
        assertThat(cloned.courtEvents()).hasSize(2);
        assertThat(mapping(CourtSentencingSync.APPEARANCE, c.appearance().lifetimeUuid()).nomisId())
                .isEqualTo(Long.toString(cloned.courtEvents().get(0).id()));
        assertThat(mapping(CourtSentencingSync.APPEARANCE, second.lifetimeUuid()).nomisId())
                .isEqualTo(Long.toString(cloned.courtEvents().get(1).id()));
        assertThat(mapping(CourtSentencingSync.CHARGE, c.charge().lifetimeUuid()).nomisId())
                .isEqualTo(Long.toString(cloned.offenderCharges().get(0).id()));
        assertThat(mapping(CourtSentencingSync.SENTENCE, c.sentence().lifetimeUuid()).nomisId())
                .isEqualTo(cloned.sentences().get(0).id().key());
        assertThat(TELEMETRY.named("court-case-clone-success").stream()
                .filter(e -> prisoner.equals(e.properties().get("offenderNo")))).hasSize(1);

        awaitCompleted(prisoner, clone);
        assertCompleted(prisoner, clone);
        assertThat(TELEMETRY.named("court-case-booking-resynchronisation-success").stream()
                .filter(e -> prisoner.equals(e.properties().get("offenderNo")))).hasSize(1);

        // each resync message delivered three more times, to the service's consumers at once: nothing more
        long clonedAdjustment = sentencing.nomis().adjustments(cloned.sentences().get(0).id()).get(0);
        for (int i = 0; i < 3; i++) {
            service.messageQueue().send(fromNomis.queueName(), new InternalMessage(
                    CourtSentencingSync.RESYNC_CASE_BOOKING, Map.of("offenderNo", prisoner, "caseIds",
                    List.of(cloned.id()), "fromBookingId", clone.oldBooking(), "toBookingId", clone.newBooking(),
                    "casesMoved", List.of(Map.of("caseId", source.id(), "clonedCaseId", cloned.id())))));
            service.messageQueue().send(fromNomis.queueName(), new InternalMessage(
                    CourtSentencingSync.RESYNC_SENTENCE_ADJUSTMENTS, Map.of("offenderNo", prisoner,
                    "adjustmentId", clonedAdjustment, "sentenceId", Map.of("offenderBookingId",
                    clone.newBooking(), "sentenceSequence", cloned.sentences().get(0).id().sentenceSequence()))));
        }
        ServiceFixture.await("the redeliveries handled", Duration.ofSeconds(90), () -> TELEMETRY.named(
                "court-case-booking-resynchronisation-success").stream()
                .filter(e -> prisoner.equals(e.properties().get("offenderNo"))).count() == 4);
        awaitQuiet();
        assertCompleted(prisoner, clone);

        String path = "/prisoners/" + prisoner + "/court-sentencing/court-case/" + c.courtCase().courtCaseUuid()
                + "/clone-repair";
        JsonNode plan = JSON.readTree(ServiceFixture.http("POST", base + path + "?dryRun=true").body());
        assertThat(plan.get("status").asText()).isEqualTo("NOTHING_TO_DO");
        HttpResponse<String> resend = ServiceFixture.http("POST", base + "/prisoners/" + prisoner
                + "/court-sentencing/clone-messages/resend?dryRun=true");
        assertThat(resend.statusCode()).as(resend.body()).isEqualTo(200);
        assertThat(JSON.readTree(resend.body()).get("actions").get(0).asText())
                .startsWith("send " + CourtSentencingSync.RESYNC_CASE_BOOKING);
        // the resend of a completed clone is safe: its consumer converges on the same state
        HttpResponse<String> resent = ServiceFixture.http("POST", base + "/prisoners/" + prisoner
                + "/court-sentencing/clone-messages/resend?dryRun=false");
        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
        ServiceFixture.await("the resent message handled", Duration.ofSeconds(90), () -> TELEMETRY.named(
                "court-case-booking-resynchronisation-success").stream()
                .filter(e -> prisoner.equals(e.properties().get("offenderNo"))).count() == 5);
        awaitQuiet();
        assertCompleted(prisoner, clone);
    }

    @Test
    void aCloneWhoseCaseBookingMessageWasLostIsCompletedByTheResendRepair() throws Exception {
        String prisoner = "A9404AA";
        Cloneable clone = sentencedCaseThenANewBooking(prisoner);
        Faults faults = service.simulator().orElseThrow().faults();
        // DPS refuses the orphan's copy until the message gives up on the DLQ, where it is then lost
        faults.set("POST /legacy/court-case/booking", Faults.FaultRule.errors(1.0, 500));
        try {
            addAppearance(prisoner, clone.dps());
            ServiceFixture.await("the case booking message dead-lettered", Duration.ofSeconds(120), () ->
                    !dlqReasons(fromNomis).isEmpty());
        } finally {
            faults.set("POST /legacy/court-case/booking", Faults.FaultRule.errors(0.0, 500));
        }
        service.core().queueAdmin().purge(fromNomis.dlqName());
        awaitQuiet();
        assertThat(orphanMapping(clone.source())).isEmpty();
        assertThat(sentencing.dps().duplicates(prisoner)).isEmpty();

        HttpResponse<String> resend = ServiceFixture.http("POST", base + "/prisoners/" + prisoner
                + "/court-sentencing/clone-messages/resend?dryRun=false&dpsCourtCaseId="
                + clone.dps().courtCase().courtCaseUuid());
        assertThat(resend.statusCode()).as(resend.body()).isEqualTo(200);
        assertThat(JSON.readTree(resend.body()).get("status").asText()).isEqualTo("DONE");

        awaitCompleted(prisoner, clone);
        assertCompleted(prisoner, clone);
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
                .stream().filter(q -> q.queueName().equals(toNomis.queueName())
                        || q.queueName().equals(fromNomis.queueName()))
                .allMatch(q -> q.messagesOnQueue() == 0 && q.messagesInFlight() == 0));
    }

    private static List<String> dlqReasons(QueueDefinition queue) {
        return ServiceFixture.dlqReasons(service, queue);
    }
}
