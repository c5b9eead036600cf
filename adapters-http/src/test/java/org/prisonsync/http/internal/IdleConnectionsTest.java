package org.prisonsync.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.http.HttpAdapters;
import org.prisonsync.http.HttpSettings;

/**
 * Pooled connections against a server that closes idle connections without warning (as Jetty does after 30 s): what
 * the client sends again after finding one dead, what it never sends again, and that it closes idle connections
 * itself before the server does.
 */
class IdleConnectionsTest {
    /** Connections in the pool when the server closes them; more than one, as after any burst of calls. */
    private static final int POOLED = 3;
    /** Long enough that a fresh connection's first request always arrives in time on a busy machine. */
    private static final Duration SERVER_IDLE = Duration.ofMillis(500);
    private static final Map<String, Object> BODY = Map.of("prisonerId", "A1234BC");

    private final AtomicInteger attempts = new AtomicInteger();
    private IdleClosingServer server;
    private OkHttpClient client;
    private JsonHttp http;

    private void start(Duration serverIdle, IdleClosingServer.Close close, Duration clientIdle) {
        server = new IdleClosingServer(serverIdle, close);
        HttpSettings settings = HttpSettings.defaults(server.url()).withIdleConnectionTimeout(clientIdle);
        // Same pool and settings as the adapters' client; the interceptor counts requests put on a connection.
        client = HttpAdapters.client(settings).newBuilder().addNetworkInterceptor(chain -> {
            attempts.incrementAndGet();
            return chain.proceed(chain.request());
        }).build();
        http = new JsonHttp(client, server.url(), JsonHttp.newMapper(), null);
    }

    private void start(IdleClosingServer.Close close) {
        start(SERVER_IDLE, close, HttpSettings.DEFAULT_IDLE_CONNECTION_TIMEOUT);
    }

    @AfterEach
    void stop() throws Exception {
        client.connectionPool().evictAll();
        client.dispatcher().executorService().shutdown();
        server.close();
    }

    /** Opens {@link #POOLED} connections at once, then waits until the server has closed them all while idle. */
    private void poolConnectionsTheServerThenCloses() throws Exception {
        server.holdUntil(POOLED);
        ExecutorService callers = Executors.newFixedThreadPool(POOLED);
        try {
            List<Future<HttpReply>> replies = new ArrayList<>();
            for (int i = 0; i < POOLED; i++) {
                replies.add(callers.submit(() -> http.get("hold")));
            }
            for (Future<HttpReply> reply : replies) {
                assertThat(reply.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
        } finally {
            callers.shutdownNow();
        }
        server.awaitClosedIdle(POOLED);
        assertThat(client.connectionPool().idleConnectionCount()).as("dead connections the client still holds")
                .isEqualTo(POOLED);
        attempts.set(0);
    }

    @Test
    void givenTheServerClosedEveryPooledConnection_whenARead_thenItIsAnsweredOnAFreshConnection() throws Exception {
        start(IdleClosingServer.Close.FIN);
        server.answer("/visits/1", "{\"visitId\":1}");
        poolConnectionsTheServerThenCloses();

        HttpReply reply = http.get("visits", "1");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"visitId\":1}");
        assertThat(attempts).as("the dead connection, then a fresh one").hasValue(2);
        assertThat(server.requests()).containsExactly("GET /visits/1");
    }

    @Test
    void givenTheServerClosedEveryPooledConnection_whenAMissingResourceIsRead_thenItIsNotFound() throws Exception {
        start(IdleClosingServer.Close.FIN);
        poolConnectionsTheServerThenCloses();

        assertThat(http.find(JsonNode.class, node -> node, "alerts", "0196c2a4-1f3e-7d2b-9a61-5f0e3c8b7d14"))
                .isEmpty();
        assertThat(server.requests()).containsExactly("GET /alerts/0196c2a4-1f3e-7d2b-9a61-5f0e3c8b7d14");
    }

    @Test
    void givenTheServerResetEveryPooledConnection_whenAWriteCannotBeWrittenWhole_thenItIsSentOnFreshConnection()
            throws Exception {
        start(IdleClosingServer.Close.RESET);
        server.answer("/migrate-visits", "\"ab-cd-ef-gh\"");
        poolConnectionsTheServerThenCloses();

        HttpReply reply = http.post(BODY, "migrate-visits");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(attempts).as("the reset connection, then a fresh one").hasValue(2);
        assertThat(server.requests()).containsExactly("POST /migrate-visits");
    }

    /**
     * The write left whole on a connection the server had closed: the client cannot tell that from a server that
     * acted and then died, so it is not repeated. The caller's own retry later finds a fresh connection, not the
     * next dead one.
     */
    @Test
    void givenDeadPooledConnections_whenAWrittenWriteGoesUnanswered_thenItIsNotRepeated_andTheNextGetsAFreshOne()
            throws Exception {
        start(IdleClosingServer.Close.FIN);
        server.answer("/migrate-visits", "\"ab-cd-ef-gh\"");
        poolConnectionsTheServerThenCloses();

        assertThatThrownBy(() -> http.post(BODY, "migrate-visits")).isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("POST /migrate-visits failed (no status)");
        assertThat(attempts).hasValue(1);
        assertThat(server.requests()).isEmpty();

        assertThat(http.post(BODY, "migrate-visits").status()).isEqualTo(200);
        assertThat(server.requests()).containsExactly("POST /migrate-visits");
    }

    @Test
    void aWriteTheServerReceivedWholeAndNeverAnsweredIsNotRepeated() {
        start(IdleClosingServer.Close.FIN);

        assertThatThrownBy(() -> http.post(BODY, "vanish")).isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("POST /vanish failed (no status)");
        assertThat(attempts).hasValue(1);
        assertThat(server.requests()).containsExactly("POST /vanish");
    }

    @Test
    void aReadTheServerReceivedAndNeverAnsweredIsAskedOnceMore() {
        start(IdleClosingServer.Close.FIN);

        assertThatThrownBy(() -> http.get("vanish")).isInstanceOf(UpstreamUnavailable.class)
                .hasMessageContaining("GET /vanish failed (no status)");
        assertThat(attempts).hasValue(2);
        assertThat(server.requests()).containsExactly("GET /vanish", "GET /vanish");
    }

    @Test
    void theClientClosesAConnectionIdleLongerThanItsIdleTimeoutBeforeTheServerDoes() throws Exception {
        start(Duration.ofSeconds(60), IdleClosingServer.Close.FIN, Duration.ofMillis(100));
        server.answer("/visits/1", "{}");

        assertThat(http.get("visits", "1").status()).isEqualTo(200);

        server.awaitClosedByClient(1);
        assertThat(server.closedIdle()).isZero();
        assertThat(client.connectionPool().connectionCount()).isZero();
    }
}
