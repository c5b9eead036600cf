package org.prisonsync.simulator.courtsentencing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.adjustments.NomisAdjustmentId;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtCase;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi;
import org.prisonsync.core.courtsentencing.NomisCourtCase;
import org.prisonsync.core.courtsentencing.SentenceId;
import org.prisonsync.simulator.RunningSimulator;
import org.prisonsync.simulator.adjustments.AdjustmentsSimulation;

/**
 * The remand and sentencing legacy writes a clone's completion makes, at their real paths: upstream's request schemas
 * read strictly (an unknown or missing field is a 400 naming it), each write recorded; the booking create answers
 * upstream's response with a uuid for everything it made, as a DUPLICATE the reconciliation view shows. And NOMIS's
 * clone copies a sentence's adjustments within NOMIS's adjustment tables, served at the adjustment endpoints.
 */
class CourtSentencingLegacyWritesIT {
    private final RunningSimulator sim = new RunningSimulator();
    private final CourtSentencingSimulation sentencing = sim.simulator.domain(CourtSentencingSimulation.class);

    @AfterEach
    void stop() {
        sim.close();
    }

    private static final String BOOKING_BODY = """
            {"prisonerId":"A5101AA","courtCases":[{"caseId":101,"active":true,"merged":false,
             "courtCaseLegacyData":{"caseReferences":[{"offenderCaseReference":"T1","updatedDate":"2026-03-02T10:00:00"}],
              "bookingId":5001},
             "appearances":[{"eventId":201,"courtCode":"LEEDCC","appearanceDate":"2025-06-01",
              "legacyData":{"nomisOutcomeCode":"4531","appearanceTime":"10:00","nomisAppearanceTypeCode":"CRT"},
              "charges":[{"chargeNOMISId":301,"offenceCode":"TH68010","offenceStartDate":"2025-05-01",
               "legacyData":{"nomisOutcomeCode":"1002"},
               "sentence":{"sentenceId":{"offenderBookingId":5001,"sequence":1},"active":true,
                "legacyData":{"sentenceCalcType":"ADIMP","sentenceCategory":"2020","postedDate":"2025-06-01",
                 "bookingId":5001},
                "periodLengths":[{"periodLengthId":{"offenderBookingId":5001,"sentenceSequence":1,"termSequence":1},
                 "periodYears":2,"legacyData":{"lifeSentence":false,"sentenceTermCode":"IMP"}}]}}]}]}]}
            """;

    @Test
    void theBookingCreateAnswersEveryIdAndKeepsADuplicateTheReconciliationViewShows() {
        var created = sim.post("/legacy/court-case/booking", BOOKING_BODY);

        assertThat(created.code()).as(created.body()).isEqualTo(201);
        Map<String, Object> answer = created.json();
        @SuppressWarnings("unchecked")
        Map<String, Object> courtCase = ((List<Map<String, Object>>) answer.get("courtCases")).get(0);
        assertThat(courtCase).containsEntry("caseId", 101);
        String uuid = (String) courtCase.get("courtCaseUuid");
        assertThat(answer.get("appearances").toString()).contains("eventId=201");
        assertThat(answer.get("charges").toString()).contains("chargeNOMISId=301");
        assertThat(answer.get("sentences").toString()).contains("offenderBookingId=5001", "sequence=1");
        assertThat(answer.get("sentenceTerms").toString()).contains("termSequence=1");

        var view = sim.get("/legacy/court-case/" + uuid + "/reconciliation");
        assertThat(view.code()).isEqualTo(200);
        assertThat(view.json()).containsEntry("status", CourtSentencingDpsApi.DUPLICATE)
                .containsEntry("prisonerId", "A5101AA");
        assertThat(view.body()).contains("\"bookingId\":5001", "TH68010", "\"periodYears\":2");
        assertThat(sentencing.dps().writes()).singleElement().satisfies(w ->
                assertThat(w.call()).isEqualTo("POST /legacy/court-case/booking"));

        assertThat(sim.delete("/legacy/court-case/" + uuid).code()).isEqualTo(204);
        assertThat(sim.get("/legacy/court-case/" + uuid + "/reconciliation").code()).isEqualTo(404);
        assertThat(sim.delete("/legacy/court-case/" + uuid).code()).isEqualTo(404);
    }

    @Test
    void aCaseIsRebookedAndBadBodiesAreA400NamingTheField() {
        String uuid = UUID.randomUUID().toString();
        sentencing.dps().put(new LegacyCourtCase(uuid, "A5102AA", true, LocalDate.of(2025, 1, 1), "LEEDCC", "T2"));
        String good = "{\"prisonerId\":\"A5102AA\",\"active\":true,\"bookingId\":5002,\"legacyData\":"
                + "{\"caseReferences\":[],\"bookingId\":5002}}";

        assertThat(sim.put("/legacy/court-case/" + uuid, good).code()).isEqualTo(204);
        assertThat(sentencing.dps().booking(uuid)).contains(5002L);
        assertThat(sim.put("/legacy/court-case/" + UUID.randomUUID(), good).code()).isEqualTo(404);

        assertThat(sim.put("/legacy/court-case/" + uuid, good.replace("\"active\":true,", "")).body())
                .contains("active");
        assertThat(sim.put("/legacy/court-case/" + uuid, good.replace("\"active\"", "\"status\"")).code())
                .isEqualTo(400);
        assertThat(sim.post("/legacy/court-case/booking", BOOKING_BODY.replace("\"chargeNOMISId\":301,", ""))
                .body()).contains("chargeNOMISId");
        assertThat(sim.post("/legacy/court-case/booking", BOOKING_BODY.replace("\"merged\":false",
                "\"merged\":false,\"status\":\"DUPLICATE\"")).code()).isEqualTo(400);
        assertThat(sim.put("/legacy/court-case/not-a-uuid", good).code()).isEqualTo(400);
    }

    @Test
    void aCloneCopiesTheSentencesAdjustmentsInNomissAdjustmentTables() {
        var nomis = sentencing.nomis();
        nomis.admit("A5103AA", 5101);
        long caseId = nomis.createCourtCase("A5103AA", new CourtSentencingNomisApi.CourtCaseRequest(
                LocalDate.of(2025, 1, 1), "A", "LEEDCC", "A", "T3"));
        long charge = nomis.createCharge("A5103AA", caseId, new CourtSentencingNomisApi.ChargeRequest("TH68010",
                LocalDate.of(2024, 12, 1), null, "1002"));
        long event = nomis.createAppearance("A5103AA", caseId, new CourtSentencingNomisApi.AppearanceRequest(
                LocalDate.of(2025, 1, 1).atTime(10, 0), "CRT", "LEEDCC", "4531", null, List.of(
                new CourtSentencingNomisApi.EventCharge(charge, "1002")), null, null)).id();
        SentenceId sentence = nomis.createSentence("A5103AA", caseId, new CourtSentencingNomisApi.SentenceRequest(
                LocalDate.of(2025, 1, 1), "A", "2020", "ADIMP", "IND", null, List.of(charge), null, event));
        long planted = nomis.plantAdjustment(sentence);
        nomis.admit("A5103AA", 5102);

        var clones = nomis.cloneCase("A5103AA", caseId);

        SentenceId cloned = clones.courtCases().get(0).courtCase().sentences().stream().map(NomisCourtCase.Sentence::id)
                .findFirst().orElseThrow();
        long copy = clones.sentenceAdjustments().get(0).adjustmentIds().get(0);
        var adjustments = sim.simulator.domain(AdjustmentsSimulation.class).nomis();
        assertThat(adjustments.find(NomisAdjustmentId.sentence(planted))).isPresent();
        assertThat(adjustments.find(NomisAdjustmentId.sentence(copy))).hasValueSatisfying(a -> {
            assertThat(a.bookingId()).isEqualTo(5102);
            assertThat(a.sentenceSequence()).isEqualTo(cloned.sentenceSequence());
            assertThat(a.offenderNo()).isEqualTo("A5103AA");
        });
        var served = sim.get("/sentence-adjustments/" + copy);
        assertThat(served.code()).as(served.body()).isEqualTo(200);
    }
}
