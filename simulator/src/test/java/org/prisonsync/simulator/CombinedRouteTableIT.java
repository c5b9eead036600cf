package org.prisonsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.Ids;
import org.prisonsync.simulator.store.RouteTable;
import org.prisonsync.simulator.store.SpringPage;

/**
 * Two made-up upstream systems combined in one table, as visits and alerts combine NOMIS's and DPS's: one path both
 * use, dispatched by a condition and faulted by each route's own key; a Spring page; deletes that 404 or not.
 */
class CombinedRouteTableIT {
    private final Map<Long, String> legacy = new ConcurrentHashMap<>(Map.of(1L, "old one", 2L, "old two"));
    private final Map<String, String> modern = new ConcurrentHashMap<>(Map.of("ab-cd", "new one"));
    private final RouteTable legacyTable = RouteTable.builder()
            .find("/things/{thingId}", ctx -> Long.parseLong(ctx.pathParam("idOrReference")),
                    id -> Optional.ofNullable(legacy.get(id)), name -> Map.of("legacy", name), id -> "No thing " + id)
            .servedAt("/things/{idOrReference}", ctx -> Ids.parsePositiveLong(ctx.pathParam("idOrReference"))
                    .isPresent())
            .delete("/things/{thingId}", ctx -> Long.parseLong(ctx.pathParam("thingId")), legacy::remove)
            .build();
    private final RouteTable modernTable = RouteTable.builder()
            .find("/things/{reference}", ctx -> ctx.pathParam("idOrReference"),
                    ref -> Optional.ofNullable(modern.get(ref)), name -> Map.of("modern", name),
                    ref -> "No thing " + ref)
            .servedAt("/things/{idOrReference}", ctx -> Ids.parsePositiveLong(ctx.pathParam("idOrReference"))
                    .isEmpty())
            .page("/thing-names", ctx -> Params.intQuery(ctx, "page", 0),
                    page -> SpringPage.slice(legacy.values().stream().sorted().toList(), page, 1),
                    name -> Map.of("name", name))
            .delete("/modern-things/{reference}", ctx -> ctx.pathParam("reference"),
                    ref -> modern.remove(ref) != null, ref -> "No thing " + ref)
            .build();
    private final RouteTable both = RouteTable.of(legacyTable, modernTable);
    private final Faults faults = new Faults(1);
    private final ObjectMapper mapper = Simulator.objectMapper();
    private final OkHttpClient http = new OkHttpClient();
    private Javalin app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void theCombinedTableKeepsEachRoutesOwnKeyAndRefusesAKeyTwice() {
        assertThat(both.faultableRoutes()).containsExactly("GET /things/{thingId}", "DELETE /things/{thingId}",
                "GET /things/{reference}", "GET /thing-names", "DELETE /modern-things/{reference}");
        assertThatThrownBy(() -> RouteTable.of(legacyTable, legacyTable)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSharedPathHandsEachCallToTheRouteWhoseConditionAcceptsIt() {
        start();
        assertThat(call("GET", "/things/1").body()).isEqualTo("{\"legacy\":\"old one\"}");
        assertThat(call("GET", "/things/ab-cd").body()).isEqualTo("{\"modern\":\"new one\"}");
        assertThat(call("GET", "/things/ef-gh").code()).isEqualTo(404);
    }

    @Test
    void aFaultOnOneOfTheRoutesSharingAPathLeavesTheOtherAlone() {
        start();
        faults.set("GET /things/{reference}", Faults.FaultRule.errors(1.0, 503));

        assertThat(call("GET", "/things/ab-cd").code()).isEqualTo(503);
        assertThat(call("GET", "/things/1").code()).isEqualTo(200);
    }

    @Test
    void aPageIsSpringsPageOfTheEntriesAsWired() throws IOException {
        start();
        var page = mapper.readTree(call("GET", "/thing-names?page=1").body());

        assertThat(page.get("content").toString()).isEqualTo("[{\"name\":\"old two\"}]");
        assertThat(page.get("totalElements").asInt()).isEqualTo(2);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.get("number").asInt()).isEqualTo(1);
        assertThat(page.get("first").asBoolean()).isFalse();
        assertThat(page.get("last").asBoolean()).isTrue();
    }

    @Test
    void aDeleteIs204AndEither404sOrNotWhenThereIsNothingToRemove() {
        start();
        assertThat(call("DELETE", "/modern-things/ab-cd").code()).isEqualTo(204);
        assertThat(modern).isEmpty();
        assertThat(call("DELETE", "/modern-things/ab-cd").code()).isEqualTo(404);
        assertThat(call("DELETE", "/things/1").code()).isEqualTo(204);
        assertThat(call("DELETE", "/things/1").code()).as("as NOMIS answers").isEqualTo(204);
        assertThat(legacy).containsOnlyKeys(2L);
    }

    private void register(RoutesConfig routes, List<RouteTable> tables) {
        tables.forEach(t -> t.register(routes, new Guard(faults, tokens(), false)));
    }

    private static TokenIssuer tokens() {
        return new TokenIssuer(() -> "http://localhost/auth/issuer", Clock.systemUTC());
    }

    private void start() {
        app = Javalin.create(cfg -> {
            register(cfg.routes, List.of(both));
            cfg.routes.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(e.body()));
        }).start("127.0.0.1", 0);
    }

    private Answer call(String method, String path) {
        Request request = new Request.Builder().url("http://127.0.0.1:" + app.port() + path).method(method, null)
                .build();
        try (Response response = http.newCall(request).execute()) {
            return new Answer(response.code(), response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Answer(int code, String body) {
    }
}
