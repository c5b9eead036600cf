package org.prisonsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.visits.NomisVisit;
import org.prisonsync.simulator.visits.VisitGenerator;

class MigrationRoutesIT {
    private final RunningSimulator sim = new RunningSimulator();

    @AfterEach
    void stop() {
        sim.close();
    }

    private Map<String, Object> generate(int count, String prisons) {
        RunningSimulator.Answer answer = sim.post("/simulator/nomis/visits/generate",
                "{\"count\":" + count + ",\"seed\":7,\"prisonIds\":" + prisons + "}");
        assertThat(answer.code()).isEqualTo(201);
        return answer.json();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("content")).stream()
                .map(m -> ((Number) m.get("visitId")).longValue()).toList();
    }

    @Test
    void generatedVisitsArePagedAsASpringPageWithEveryIdExactlyOnce() {
        assertThat(generate(55, "[\"MDI\",\"LEI\"]")).containsEntry("generated", 55).containsEntry("totalVisits", 55);

        Set<Long> seen = new HashSet<>();
        for (int page = 0; page < 6; page++) {
            Map<String, Object> body = sim.get("/visits/ids?page=" + page + "&size=10").json();
            assertThat(body).containsEntry("totalElements", 55).containsEntry("totalPages", 6)
                    .containsEntry("number", page).containsEntry("size", 10)
                    .containsEntry("first", page == 0).containsEntry("last", page == 5)
                    .containsEntry("numberOfElements", page == 5 ? 5 : 10).containsEntry("empty", false);
            seen.addAll(ids(body));
        }
        assertThat(seen).hasSize(55);
        Map<String, Object> past = sim.get("/visits/ids?page=6&size=10").json();
        assertThat(past).containsEntry("empty", true).containsEntry("numberOfElements", 0);
    }

    @Test
    void theIdsFilterByPrisonTypeAndCreationTime_asRepeatedOrCommaSeparatedParameters() {
        generate(300, "[\"MDI\",\"LEI\"]");
        List<NomisVisit> all = sim.simulator.nomisVisits().all();
        long mdiOfficial = all.stream().filter(v -> v.prisonId().equals("MDI") && v.visitType().equals("OFFI"))
                .count();
        var cutOff = all.get(150).whenCreated();
        long createdSince = all.stream().filter(v -> !v.whenCreated().isBefore(cutOff)).count();

        assertThat(sim.get("/visits/ids?prisonIds=MDI&visitTypes=OFFI&size=1").json())
                .containsEntry("totalElements", (int) mdiOfficial);
        assertThat(sim.get("/visits/ids?prisonIds=MDI,LEI&visitTypes=SCON&visitTypes=OFFI&size=1").json())
                .containsEntry("totalElements", 300);
        assertThat(sim.get("/visits/ids?fromDateTime=" + cutOff + "&size=1").json())
                .containsEntry("totalElements", (int) createdSince);
        assertThat(sim.get("/visits/ids?fromDateTime=yesterday").code()).isEqualTo(400);
    }

    @Test
    void roomUsageCountsTheFutureVisitsPerPrisonAndRoom() {
        generate(400, "[\"BXI\"]");
        LocalDate today = LocalDate.now(Simulator.NOMIS_ZONE);
        long future = sim.simulator.nomisVisits().all().stream()
                .filter(v -> !v.startDateTime().toLocalDate().isBefore(today)).count();

        List<Map<String, Object>> rooms = sim.get("/visits/rooms/usage-count?prisonIds=BXI").jsonList();

        assertThat(rooms).isNotEmpty().allSatisfy(r -> assertThat(r).containsEntry("prisonId", "BXI"));
        assertThat(rooms).extracting(r -> r.get("agencyInternalLocationDescription"))
                .isSubsetOf(VisitGenerator.rooms("BXI").toArray());
        assertThat(rooms.stream().mapToLong(r -> ((Number) r.get("count")).longValue()).sum()).isEqualTo(future);
    }

    private static final String MIGRATE_BODY = """
            {"actionedBy":"SMITH","prisonerId":"A1234BC","prisonId":"MDI","startTimestamp":"2026-03-02T14:00:00",
             "endTimestamp":"2026-03-02T15:00:00","visitType":"%s","visitStatus":"BOOKED","visitRoom":"Main Hall",
             "visitors":[{"nomisPersonId":111}],"legacyData":{"leadVisitorId":111},
             "visitContact":{"name":"Ann Smith","telephone":"0114"},
             "visitNotes":[{"type":"VISIT_COMMENT","text":"bring ID"}],"visitRestriction":"OPEN",
             "createDateTime":"2026-02-01T10:00:00"}""";

    @Test
    void migrateVisitsStoresTheVisitAndAnswersItsReferenceAsAJsonString() throws Exception {
        RunningSimulator.Answer answer = sim.post("/migrate-visits", MIGRATE_BODY.formatted("SOCIAL"));

        assertThat(answer.code()).isEqualTo(200);
        String reference = sim.mapper.readValue(answer.body(), String.class);
        assertThat(reference).matches("[a-z]{2}-[a-z]{2}-[a-z]{2}-[a-z]{2}");
        assertThat(sim.get("/visits/" + reference).json()).containsEntry("prisonerId", "A1234BC")
                .containsEntry("visitRoom", "Main Hall").containsEntry("visitRestriction", "OPEN")
                .containsEntry("visitNotes", List.of(Map.of("type", "VISIT_COMMENT", "text", "bring ID")));
        assertThat(sim.simulator.dpsVisits().migrationRequest(reference)).get()
                .satisfies(r -> assertThat(r.visitContact().name()).isEqualTo("Ann Smith"));
        assertThat(sim.queues.messages(RunningSimulator.TO_NOMIS)).isEmpty(); // a migration raises no booking event
    }

    @Test
    void anInvalidMigrateVisitsBodyIsRefusedWith422() {
        assertThat(sim.post("/migrate-visits", MIGRATE_BODY.formatted("FAMILY")).code()).isEqualTo(422);
        assertThat(sim.post("/migrate-visits", "{\"prisonId\":\"MDI\"}").code()).isEqualTo(422);
        assertThat(sim.simulator.dpsVisits().migratedCount()).isZero();
    }

    @Test
    void theMigrationRoutesCanBeFaulted() {
        assertThat(sim.put("/simulator/faults", "{\"route\":\"POST /migrate-visits\",\"rule\":{\"errorRate\":1.0}}")
                .code()).isEqualTo(200);

        assertThat(sim.post("/migrate-visits", MIGRATE_BODY.formatted("SOCIAL")).code()).isEqualTo(500);
        assertThat(sim.simulator.dpsVisits().migratedCount()).isZero();
    }
}
