package org.prisonsync.http.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.visits.VisitRoomUsage;
import org.prisonsync.core.visits.VisitsDpsApi;
import org.prisonsync.core.visits.VisitsMigrationFilter;
import org.prisonsync.core.visits.VisitsMigrationPage;
import org.prisonsync.core.visits.VisitsMigrationRequest;
import org.prisonsync.core.visits.VisitsMigrationSource;
import org.prisonsync.core.visits.VisitsNomisApi;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.Wire;

/** The calls the visits migration makes: NOMIS paging, room usage and reads; DPS {@code POST /migrate-visits}. */
class OkHttpVisitsMigrationCallsTest {
    @StartStop
    public final MockWebServer nomis = new MockWebServer();
    @StartStop
    public final MockWebServer dps = new MockWebServer();

    private static final VisitsMigrationFilter FILTER = new VisitsMigrationFilter(List.of("MDI", "LEI"),
            List.of("SCON", "OFFI"), LocalDateTime.of(2025, 1, 1, 0, 0), LocalDateTime.of(2025, 12, 31, 23, 59, 59),
            true);

    private HttpSettings settings() {
        return HttpSettings.defaults(Map.of("nomis", nomis.url("/nomis-api").toString(),
                "visits", dps.url("/dps").toString()));
    }

    private VisitsNomisApi nomisApi() {
        return VisitsHttp.visitsNomisApi(HttpAdapters.client(settings()), settings());
    }

    private VisitsDpsApi dpsApi() {
        return VisitsHttp.visitsDpsApi(HttpAdapters.client(settings()), settings());
    }

    private static RecordedRequest taken(MockWebServer server) throws InterruptedException {
        return server.takeRequest(1, TimeUnit.SECONDS);
    }

    @Test
    void findVisitIdsSendsTheFilterAsRepeatedQueryParametersAndReadsTheSpringPage() throws Exception {
        nomis.enqueue(Wire.json(200, "{\"content\":[{\"visitId\":11},{\"visitId\":12}],\"totalElements\":86,"
                + "\"totalPages\":9,\"number\":3,\"size\":10,\"numberOfElements\":2,\"first\":false,\"last\":false,"
                + "\"empty\":false,\"pageable\":{\"pageNumber\":3}}"));

        VisitsMigrationPage page = nomisApi().findVisitIds(FILTER, 3, 10);

        assertThat(page).isEqualTo(new VisitsMigrationPage(List.of(11L, 12L), 86));
        RecordedRequest request = taken(nomis);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/nomis-api/visits/ids?prisonIds=MDI&prisonIds=LEI"
                + "&visitTypes=SCON&visitTypes=OFFI&fromDateTime=2025-01-01T00%3A00&toDateTime=2025-12-31T23%3A59%3A59"
                + "&ignoreMissingRoom=true&page=3&size=10"); // ':' percent-encoded by OkHttp, decoded by Spring
    }

    @Test
    void anEmptyFilterSendsOnlyTheDefaultVisitTypeAndPaging() throws Exception {
        nomis.enqueue(Wire.json(200, "{\"content\":[],\"totalElements\":0}"));

        assertThat(nomisApi().findVisitIds(new VisitsMigrationFilter(null, null, null, null, false), 0, 1))
                .isEqualTo(new VisitsMigrationPage(List.of(), 0));
        assertThat(taken(nomis).getTarget())
                .isEqualTo("/nomis-api/visits/ids?visitTypes=SCON&ignoreMissingRoom=false&page=0&size=1");
    }

    @Test
    void aPageWithoutItsTotalIsAGarbledAnswer_aServerErrorIsRetryable() {
        nomis.enqueue(Wire.json(200, "{\"content\":[]}"));
        nomis.enqueue(Wire.status(503));

        assertThatThrownBy(() -> nomisApi().findVisitIds(FILTER, 0, 10)).isInstanceOf(UpstreamUnavailable.class);
        assertThatThrownBy(() -> nomisApi().findVisitIds(FILTER, 0, 10)).isInstanceOf(UpstreamUnavailable.class);
    }

    @Test
    void roomUsageAsksForFutureVisitsOnlyAndReadsTheCounts() throws Exception {
        nomis.enqueue(Wire.json(200, "[{\"agencyInternalLocationDescription\":\"MDI-VISITS-SOC_VIS\",\"count\":95,"
                + "\"prisonId\":\"MDI\"},{\"agencyInternalLocationDescription\":\"LEI-VISITS-OFF_VIS\",\"count\":4,"
                + "\"prisonId\":\"LEI\"}]"));

        List<VisitRoomUsage> usage = nomisApi().roomUsage(FILTER);

        assertThat(usage).containsExactly(new VisitRoomUsage("MDI", "MDI-VISITS-SOC_VIS", 95, null),
                new VisitRoomUsage("LEI", "LEI-VISITS-OFF_VIS", 4, null));
        assertThat(taken(nomis).getTarget()).startsWith("/nomis-api/visits/rooms/usage-count?prisonIds=MDI")
                .endsWith("&futureVisitsOnly=true");
    }

    @Test
    void findVisitForMigrationReadsTheLeadVisitorsNameAndLatestTelephone() throws Exception {
        nomis.enqueue(Wire.json(200, "{\"visitId\":10309617,\"offenderNo\":\"A1234BC\","
                + "\"startDateTime\":\"2026-03-02T14:00:00\",\"endDateTime\":\"2026-03-02T15:00:00\","
                + "\"prisonId\":\"MDI\",\"visitors\":[{\"personId\":4729510,\"leadVisitor\":true}],"
                + "\"leadVisitor\":{\"personId\":4729510,\"fullName\":\"Ann Smith\","
                + "\"telephones\":[\"0114 555 0101\",\"0114 555 0000\"]},"
                + "\"visitType\":{\"code\":\"SCON\",\"description\":\"Social Contact\"},"
                + "\"visitStatus\":{\"code\":\"SCH\",\"description\":\"Scheduled\"},"
                + "\"agencyInternalLocation\":{\"code\":\"VSIP_SOC\",\"description\":\"MDI-VISITS-SOC_VIS\"},"
                + "\"whenCreated\":\"2026-02-01T10:00:00\",\"createUserId\":\"SMITH\"}"));
        nomis.enqueue(Wire.status(404));

        VisitsMigrationSource source = nomisApi().findVisitForMigration(10309617L).orElseThrow();

        assertThat(source.leadVisitorName()).isEqualTo("Ann Smith");
        assertThat(source.leadVisitorTelephone()).isEqualTo("0114 555 0101");
        assertThat(source.visit().room()).isEqualTo("MDI-VISITS-SOC_VIS");
        assertThat(source.visit().visitorPersonIds()).containsExactly(4729510L);
        assertThat(taken(nomis).getTarget()).isEqualTo("/nomis-api/visits/10309617");
        assertThat(nomisApi().findVisitForMigration(1L)).isEmpty();
    }

    /** A read whose connection drops before any answer (a pooled one the server closed) is tried once more. */
    @Test
    void aReadOnADroppedConnectionIsTriedOnceMore_aWriteNever() throws Exception {
        nomis.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
        nomis.enqueue(Wire.json(200, "{\"content\":[],\"totalElements\":0}"));

        assertThat(nomisApi().findVisitIds(FILTER, 0, 10).totalElements()).isZero();
        assertThat(nomis.getRequestCount()).isEqualTo(2);

        dps.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
        dps.enqueue(Wire.json(200, "\"ab-cd-ef-gh\""));

        assertThatThrownBy(() -> dpsApi().migrateVisit(request())).isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("POST /dps/migrate-visits failed (no status)");
        assertThat(dps.getRequestCount()).isEqualTo(1);
    }

    private static VisitsMigrationRequest request() {
        return new VisitsMigrationRequest("SMITH", "A1234BC", "MDI", LocalDateTime.of(2026, 3, 2, 14, 0),
                LocalDateTime.of(2026, 3, 2, 15, 0, 0, 999), "SOCIAL", "BOOKED", null, "Main Hall",
                List.of(4729510L, 4729511L), 4729510L, new VisitsMigrationRequest.Contact("Ann Smith", "0114"),
                List.of(new VisitsMigrationRequest.Note("VISIT_COMMENT", "bring ID")), "OPEN",
                LocalDateTime.of(2026, 2, 1, 10, 0), null);
    }

    @Test
    void migrateVisitPostsCreateVsipVisitAndReturnsTheReference() throws Exception {
        dps.enqueue(Wire.json(200, "\"ab-cd-ef-gh\""));

        assertThat(dpsApi().migrateVisit(request())).isEqualTo("ab-cd-ef-gh");

        RecordedRequest sent = taken(dps);
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getTarget()).isEqualTo("/dps/migrate-visits");
        JsonNode body = Wire.body(sent);
        assertThat(body.get("actionedBy").asText()).isEqualTo("SMITH");
        assertThat(body.get("prisonerId").asText()).isEqualTo("A1234BC");
        assertThat(body.get("startTimestamp").asText()).isEqualTo("2026-03-02T14:00:00");
        assertThat(body.get("endTimestamp").asText()).isEqualTo("2026-03-02T15:00:00");
        assertThat(body.get("visitType").asText()).isEqualTo("SOCIAL");
        assertThat(body.get("visitStatus").asText()).isEqualTo("BOOKED");
        assertThat(body.has("outcomeStatus")).isFalse();
        assertThat(body.get("visitRoom").asText()).isEqualTo("Main Hall");
        assertThat(body.get("visitors").toString()).isEqualTo("[{\"nomisPersonId\":4729510},"
                + "{\"nomisPersonId\":4729511}]");
        assertThat(body.get("legacyData").toString()).isEqualTo("{\"leadVisitorId\":4729510}");
        assertThat(body.get("visitContact").toString()).isEqualTo("{\"name\":\"Ann Smith\",\"telephone\":\"0114\"}");
        assertThat(body.get("visitNotes").toString()).isEqualTo("[{\"type\":\"VISIT_COMMENT\",\"text\":\"bring ID\"}]");
        assertThat(body.get("visitRestriction").asText()).isEqualTo("OPEN");
        assertThat(body.get("createDateTime").asText()).isEqualTo("2026-02-01T10:00:00");
        assertThat(body.has("modifyDateTime")).isFalse();
    }

    @Test
    void aPlainTextReferenceIsAcceptedToo() {
        dps.enqueue(new mockwebserver3.MockResponse.Builder().code(201).body("ab-cd-ef-gh\n").build());

        assertThat(dpsApi().migrateVisit(request())).isEqualTo("ab-cd-ef-gh");
    }

    @Test
    void a422IsARejectionWithItsStatus_aServerErrorIsRetryable() {
        dps.enqueue(Wire.json(422, "{\"status\":422,\"userMessage\":\"Invalid visit\"}"));
        dps.enqueue(Wire.status(500));

        assertThatThrownBy(() -> dpsApi().migrateVisit(request())).isInstanceOfSatisfying(UpstreamRejected.class,
                e -> assertThat(e.status()).isEqualTo(422));
        assertThatThrownBy(() -> dpsApi().migrateVisit(request())).isInstanceOf(UpstreamUnavailable.class);
    }
}
