package org.prisonsync.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pooled connections against a server that closes idle connections without warning (as Jetty does after 30 s). */
class IdleConnectionsTest {

    private final AtomicInteger attempts = new AtomicInteger();
    private IdleClosingServer server;
    private OkHttpClient client;
    private JsonHttp http;

    private void start(Duration serverIdle, IdleClosingServer.Close close, Duration clientIdle) {
        server = new IdleClosingServer(serverIdle, close);
        HttpSettings settings = HttpSettings.defaults(server.url(), server.url()).withIdleConnectionTimeout(clientIdle);
        // Same pool and settings as the adapters' client; the interceptor counts requests put on a connection.
        client = HttpAdapters.client(settings).newBuilder().addNetworkInterceptor(chain -> {
            attempts.incrementAndGet();
            return chain.proceed(chain.request());
        }).build();
        http = new JsonHttp(client, server.url(), JsonHttp.newMapper(), null);
    }

    @AfterEach
    void stop() throws Exception {
        client.connectionPool().evictAll();
        client.dispatcher().executorService().shutdown();
        server.close();
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
