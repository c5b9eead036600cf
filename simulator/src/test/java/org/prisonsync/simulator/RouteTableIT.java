package org.prisonsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.simulator.store.EntityStore;
import org.prisonsync.simulator.store.IdSequence;
import org.prisonsync.simulator.store.RouteTable;
import org.prisonsync.simulator.store.RouteTable.Method;

/**
 * A route table over an entity store, served by the simulator's own routes and guard: a made-up upstream of widgets
 * owned by prisoners, so the table is tested apart from any real domain.
 */
class RouteTableIT {
    private static final String QUEUE_ID = "widgets";
    private static final String QUEUE = "widget-events";

    record Widget(long id, String owner, String colour) {
    }

    /** The widgets domain: its store, its table and the event its upstream publishes on a create and an update. */
    static final class Widgets implements SimulatedDomain {
        final EntityStore<Long, Widget> store = EntityStore.keyedBy(Widget::id);
        final EntityStore.Index<String, Widget> byOwner =
                store.index(Widget::owner, Comparator.comparingLong(Widget::id));
        final IdSequence ids;
        final EventPublisher events;
        final ObjectMapper mapper;
        final RouteTable table;

        Widgets(IdSequence ids, EventPublisher events, ObjectMapper mapper) {
            this.ids = ids;
            this.events = events;
            this.mapper = mapper;
            table = RouteTable.builder()
                    .find("/widgets/{id}", ctx -> Params.positiveLong(ctx, "id"), store::find, Widgets::wire,
                            id -> "No widget " + id)
                    .list("/owners/{owner}/widgets", ctx -> Params.prisonerNumber(ctx, "owner"), byOwner::all,
                            all -> all.stream().map(Widgets::wire).toList())
                    .create("/owners/{owner}/widgets", ctx -> store.put(new Widget(ids.next(),
                            Params.prisonerNumber(ctx, "owner"), colour(ctx))), Widgets::wire,
                            w -> publish("widget.created", w))
                    .update(Method.PUT, "/widgets/{id}", ctx -> {
                        long id = Params.positiveLong(ctx, "id");
                        String colour = colour(ctx);
                        return store.update(id, w -> new Widget(id, w.owner(), colour))
                                .orElseThrow(() -> ApiError.notFound("No widget " + id));
                    }, Widgets::wire, w -> publish("widget.changed", w))
                    .build();
        }

        private String colour(Context ctx) {
            return JsonBody.parse(ctx.body(), mapper).allowOnly("colour").requiredNonBlank("colour");
        }

        private void publish(String type, Widget widget) {
            events.publish(QUEUE_ID, type, Map.of("eventType", type, "additionalInformation",
                    Map.of("id", widget.id())));
        }

        static Map<String, Object> wire(Widget w) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", w.id());
            body.put("owner", w.owner());
            body.put("colour", w.colour());
            return body;
        }

        @Override
        public String name() {
            return "widgets";
        }

        @Override
        public List<String> faultableRoutes() {
            return table.faultableRoutes();
        }

        @Override
        public void register(RoutesConfig routes, Guard guard) {
            table.register(routes, guard);
        }
    }

    private final InMemoryQueues queues = new InMemoryQueues(List.of(
            QueueDefinition.withDefaults(QUEUE_ID, QUEUE, QUEUE + "-dlq")));
    private final SimulatorSettings settings = SimulatorSettings.defaults().withQueue(QUEUE_ID, QUEUE)
            .withIdBase(7_000);
    private final ObjectMapper mapper = Simulator.objectMapper();
    private final Faults faults = new Faults(1);
    private final TokenIssuer tokens = new TokenIssuer(() -> "http://localhost/auth/issuer", Clock.systemUTC());
    private final Widgets widgets = new Widgets(IdSequence.from(settings),
            new EventPublisher(queues, settings, faults, new EventLog()), mapper);
    private Javalin app;
    private final OkHttpClient http = new OkHttpClient();

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void theTablesKeysAreItsFaultableRoutesInDeclarationOrder() {
        assertThat(widgets.faultableRoutes()).containsExactly("GET /widgets/{id}", "GET /owners/{owner}/widgets",
                "POST /owners/{owner}/widgets", "PUT /widgets/{id}");
        assertThatThrownBy(() -> RouteTable.builder().hook(Method.GET, "/a", ctx -> { })
                .hook(Method.GET, "/a", ctx -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCreateAnswers201WithTheNewIdFromTheIdBaseAndPublishesItsEvent() {
        start(false);
        var created = call("POST", "/owners/A1234BC/widgets", "{\"colour\":\"red\"}");

        assertThat(created.code()).isEqualTo(201);
        assertThat(created.json()).containsEntry("id", 7_001).containsEntry("owner", "A1234BC")
                .containsEntry("colour", "red");
        List<Notification> published = queues.messages(QUEUE).stream()
                .map(e -> (Notification) e.envelope()).toList();
        assertThat(published).hasSize(1);
        assertThat(published.get(0).eventType()).isEqualTo("widget.created");
        assertThat(call("GET", "/widgets/7001", null).json()).containsEntry("colour", "red");
    }

    @Test
    void anUpdateAnswers200AndPublishesAndAMissingEntityIs404InUpstreamsErrorShape() {
        start(false);
        call("POST", "/owners/A1234BC/widgets", "{\"colour\":\"red\"}");

        var changed = call("PUT", "/widgets/7001", "{\"colour\":\"blue\"}");
        assertThat(changed.code()).isEqualTo(200);
        assertThat(changed.json()).containsEntry("colour", "blue");
        assertThat(queues.messages(QUEUE)).extracting(e -> ((Notification) e.envelope()).eventType())
                .containsExactly("widget.created", "widget.changed");

        var missing = call("GET", "/widgets/7999", null);
        assertThat(missing.code()).isEqualTo(404);
        assertThat(missing.json()).containsOnlyKeys("status", "userMessage", "developerMessage")
                .containsEntry("status", 404).containsEntry("developerMessage", "No widget 7999");
        assertThat(call("PUT", "/widgets/7999", "{\"colour\":\"blue\"}").code()).isEqualTo(404);
        assertThat(call("GET", "/widgets/7x", null).code()).as("a bad key").isEqualTo(400);
        assertThat(queues.messages(QUEUE)).as("a failed update publishes nothing").hasSize(2);
    }

    @Test
    void aListReadsTheOwnersGroupAndIsEmptyRatherThan404() {
        start(false);
        call("POST", "/owners/A1234BC/widgets", "{\"colour\":\"red\"}");
        call("POST", "/owners/B1234CD/widgets", "{\"colour\":\"green\"}");
        call("POST", "/owners/A1234BC/widgets", "{\"colour\":\"blue\"}");

        assertThat(call("GET", "/owners/A1234BC/widgets", null).jsonList()).extracting(w -> w.get("colour"))
                .containsExactly("red", "blue");
        var none = call("GET", "/owners/C1234DE/widgets", null);
        assertThat(none.code()).isEqualTo(200);
        assertThat(none.jsonList()).isEmpty();
    }

    @Test
    void aFaultOnATableRouteRefusesTheCallBeforeItWritesOrPublishes() {
        start(false);
        faults.set("POST /owners/{owner}/widgets", Faults.FaultRule.errors(1.0, 503));

        var refused = call("POST", "/owners/A1234BC/widgets", "{\"colour\":\"red\"}");

        assertThat(refused.code()).isEqualTo(503);
        assertThat(refused.json()).containsEntry("status", 503);
        assertThat(widgets.store.size()).isZero();
        assertThat(queues.messages(QUEUE)).isEmpty();
        assertThat(faults.injected()).containsEntry(Faults.ERROR, 1L);
        assertThat(call("GET", "/owners/A1234BC/widgets", null).code()).as("other routes unaffected")
                .isEqualTo(200);
    }

    @Test
    void withAuthRequiredATableRouteWantsABearerToken() {
        start(true);
        var refused = call("GET", "/owners/A1234BC/widgets", null);
        assertThat(refused.code()).isEqualTo(401);
        assertThat(refused.json()).containsEntry("status", 401);
    }

    private void start(boolean requireAuth) {
        List<SimulatedDomain> domains = List.of(widgets);
        app = new SimulatorRoutes(domains, new AuthRoutes(tokens), new Guard(faults, tokens, requireAuth),
                new ControlRoutes(faults, new EventLog(), domains, mapper), mapper).create().start("127.0.0.1", 0);
    }

    private RunningSimulator.Answer call(String method, String path, String json) {
        Request.Builder request = new Request.Builder().url("http://127.0.0.1:" + app.port() + path);
        if (json != null) {
            request.method(method, RequestBody.create(json, MediaType.get("application/json")));
        } else {
            request.method(method, null);
        }
        try (Response response = http.newCall(request.build()).execute()) {
            return new RunningSimulator.Answer(response.code(), response.body().string(), new ObjectMapper());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
